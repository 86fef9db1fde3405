package kz.qashyq.platform.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an XLSX (streaming, so a large file does not load a whole
 * workbook model) or a CSV into text rows.
 * <ul>
 * <li>CSV: UTF-8 with or without BOM, UTF-16 with BOM, else Windows-1251 when the bytes
 * are not valid UTF-8; delimiter {@code ;}, {@code ,} or tab, detected from the first
 * line, or named by an Excel {@code sep=} line.</li>
 * <li>XLSX: date cells become {@code yyyy-MM-dd}, time cells {@code HH:mm}; numbers
 * become plain digits (no exponent), so that a numeric IIN keeps all its digits (leading
 * zeros are restored by the validator).</li>
 * </ul>
 */
public final class SpreadsheetReader {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	/** Columns beyond this are ignored: no import has that many. */
	public static final int MAX_COLUMNS = 200;

	private SpreadsheetReader() {
	}

	/**
	 * @param maxRows reading stops after this many non-blank rows (the caller then
	 * reports the file as too long)
	 * @throws SpreadsheetException {@code FILE_MALFORMED_CSV} or {@code FILE_CORRUPT}
	 */
	public static Sheet read(byte[] content, SpreadsheetType type, int maxRows) {
		return switch (type) {
			case CSV -> readCsv(content, maxRows);
			case XLSX -> readXlsx(content, maxRows);
		};
	}

	// ---- CSV

	static Sheet readCsv(byte[] content, int maxRows) {
		String text = decode(content);
		int rowOffset = 0;
		Character delimiter = null;
		if (text.regionMatches(true, 0, "sep=", 0, 4) && text.length() > 4) {
			delimiter = text.charAt(4);
			int lineEnd = text.indexOf('\n');
			text = (lineEnd < 0) ? "" : text.substring(lineEnd + 1);
			rowOffset = 1;
		}
		if (delimiter == null) {
			delimiter = detectDelimiter(text);
		}
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.setIgnoreSurroundingSpaces(false)
			.get();
		List<Sheet.Row> rows = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			try {
				for (CSVRecord record : parser) {
					List<String> cells = new ArrayList<>(Math.min(record.size(), MAX_COLUMNS));
					for (int i = 0; i < record.size() && i < MAX_COLUMNS; i++) {
						cells.add(record.get(i));
					}
					Sheet.Row row = new Sheet.Row((int) record.getRecordNumber() + rowOffset, cells);
					if (!row.isBlank()) {
						rows.add(row);
						if (rows.size() >= maxRows) {
							break;
						}
					}
				}
			}
			catch (UncheckedIOException | IllegalStateException ex) {
				throw new SpreadsheetException("FILE_MALFORMED_CSV", ex, parser.getCurrentLineNumber() + rowOffset);
			}
		}
		catch (IOException ex) {
			throw new SpreadsheetException("FILE_MALFORMED_CSV", ex, 1);
		}
		return new Sheet(rows);
	}

	static String decode(byte[] content) {
		if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) {
			return new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
		}
		if (content.length >= 2 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE) {
			return new String(content, 2, content.length - 2, StandardCharsets.UTF_16LE);
		}
		if (content.length >= 2 && (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF) {
			return new String(content, 2, content.length - 2, StandardCharsets.UTF_16BE);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(content, WINDOWS_1251);
		}
	}

	/**
	 * The delimiter that splits the first non-blank line most often (outside quotes):
	 * Excel in a Russian or Kazakh locale writes {@code ;}, in an English one {@code ,}.
	 */
	static char detectDelimiter(String text) {
		char[] candidates = { ';', ',', '\t' };
		int[] counts = new int[candidates.length];
		boolean quoted = false;
		boolean seenContent = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r')) {
				if (seenContent) {
					break;
				}
			}
			else if (!quoted) {
				for (int k = 0; k < candidates.length; k++) {
					if (c == candidates[k]) {
						counts[k]++;
					}
				}
				seenContent |= !Character.isWhitespace(c);
			}
		}
		int best = 0;
		for (int k = 1; k < candidates.length; k++) {
			if (counts[k] > counts[best]) {
				best = k;
			}
		}
		return candidates[best];
	}

	// ---- XLSX

	static Sheet readXlsx(byte[] content, int maxRows) {
		RowCollector collector = new RowCollector(maxRows);
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
			XSSFReader reader = new XSSFReader(pkg);
			ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
			StylesTable styles = reader.getStylesTable();
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			if (!sheets.hasNext()) {
				throw new SpreadsheetException("FILE_CORRUPT");
			}
			try (InputStream sheet = sheets.next()) {
				XMLReader parser = XMLHelper.newXMLReader();
				parser.setContentHandler(
						new XSSFSheetXMLHandler(styles, null, strings, collector, new PlainFormatter(), false));
				parser.parse(new InputSource(sheet));
			}
		}
		catch (RowCollector.Enough ex) {
			// the caller reports the file as too long
		}
		catch (SpreadsheetException ex) {
			throw ex;
		}
		catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException ex) {
			throw new SpreadsheetException("FILE_CORRUPT", ex);
		}
		return new Sheet(collector.rows);
	}

	/**
	 * Formats numeric cells for import rather than for display: dates as ISO dates, whole
	 * numbers as plain digits, other numbers without an exponent.
	 */
	public static final class PlainFormatter extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				if (value >= 0 && value < 1) {
					// a time of day without a date
					return DateUtil.getLocalDateTime(value, false, true).toLocalTime().toString();
				}
				return DateUtil.getLocalDateTime(value).toLocalDate().toString();
			}
			return plain(value);
		}

		public static String plain(double value) {
			if (value == Math.rint(value) && Math.abs(value) < 1e15) {
				return Long.toString((long) value);
			}
			return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}

	}

	private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final int maxRows;

		private final List<Sheet.Row> rows = new ArrayList<>();

		private List<String> cells;

		private int rowNumber;

		RowCollector(int maxRows) {
			this.maxRows = maxRows;
		}

		@Override
		public void startRow(int rowNum) {
			this.rowNumber = rowNum + 1;
			this.cells = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			Sheet.Row row = new Sheet.Row(this.rowNumber, this.cells);
			if (!row.isBlank()) {
				this.rows.add(row);
				if (this.rows.size() >= this.maxRows) {
					throw new Enough();
				}
			}
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			int column = (cellReference != null) ? new CellReference(cellReference).getCol() : this.cells.size();
			if (column >= MAX_COLUMNS) {
				return;
			}
			while (this.cells.size() < column) {
				this.cells.add("");
			}
			String value = (formattedValue != null) ? formattedValue : "";
			if (this.cells.size() == column) {
				this.cells.add(value);
			}
			else {
				this.cells.set(column, value);
			}
		}

		/** Stops the parse once the row limit is passed. */
		static final class Enough extends RuntimeException {

			Enough() {
				super(null, null, false, false);
			}

		}

	}

}
