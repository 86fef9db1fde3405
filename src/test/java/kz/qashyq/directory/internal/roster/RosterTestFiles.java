package kz.qashyq.directory.internal.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds roster files the way spreadsheet programs write them, for tests.
 */
final class RosterTestFiles {

	private RosterTestFiles() {
	}

	/**
	 * A CSV file.
	 * @param bom whether to start with a UTF-8 byte order mark
	 */
	static byte[] csv(List<List<String>> rows, char delimiter, Charset charset, boolean bom) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (bom) {
			out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get();
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, charset), format)) {
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/**
	 * What an XLSX cell holds: text, a number (as Excel stores a typed IIN or phone) or a
	 * date cell.
	 */
	sealed interface XlsxValue permits Text, Number, DateCell {

	}

	record Text(String value) implements XlsxValue {
	}

	record Number(double value) implements XlsxValue {
	}

	record DateCell(LocalDate value) implements XlsxValue {
	}

	/**
	 * An XLSX workbook whose first sheet holds the rows (blank strings leave the cell
	 * out), with a second sheet that must be ignored.
	 */
	static byte[] xlsx(List<List<XlsxValue>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("Список");
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r);
				List<XlsxValue> values = rows.get(r);
				for (int c = 0; c < values.size(); c++) {
					XlsxValue value = values.get(c);
					if (value instanceof Text text && !text.value().isEmpty()) {
						row.createCell(c).setCellValue(text.value());
					}
					else if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.value());
					}
					else if (value instanceof DateCell date) {
						Cell cell = row.createCell(c);
						cell.setCellValue(date.value());
						cell.setCellStyle(dateStyle);
					}
				}
			}
			workbook.createSheet("Other").createRow(0).createCell(0).setCellValue("ignored");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<List<XlsxValue>> text(List<List<String>> rows) {
		return rows.stream().map((row) -> row.stream().<XlsxValue>map(Text::new).toList()).toList();
	}

}
