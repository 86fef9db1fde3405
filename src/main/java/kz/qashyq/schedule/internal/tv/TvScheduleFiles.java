package kz.qashyq.schedule.internal.tv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.qashyq.platform.spreadsheet.CsvReports;
import kz.qashyq.platform.spreadsheet.SpreadsheetType;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The files of the TV schedule import: the template (column titles in the user's
 * language; date and time columns kept as text so that {@code 09:00} stays as typed) and
 * the error report, and the wording of each problem.
 */
@Component
public class TvScheduleFiles {

	private final MessageSource messages;

	TvScheduleFiles(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A problem as shown to the user.
	 *
	 * @param row the spreadsheet row, or null for the file as a whole
	 * @param column the column title and letter, or empty
	 * @param value the value read, or empty
	 * @param reason why it was refused
	 */
	public record Line(Integer row, String column, String value, String reason) {
	}

	public List<Line> lines(List<TvImportError> errors, Locale locale) {
		return errors.stream().map((error) -> line(error, locale)).toList();
	}

	private Line line(TvImportError error, Locale locale) {
		String column = "";
		if (error.column() != null) {
			column = message(error.column().messageKey(), locale);
			if (error.columnIndex() >= 0) {
				column += " (" + CellReference.convertNumToColString(error.columnIndex()) + ")";
			}
		}
		return new Line((error.row() > 0) ? error.row() : null, column, (error.value() != null) ? error.value() : "",
				message("tv.import.error." + error.code(), locale, error.args().toArray()));
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, key, locale);
	}

	public byte[] template(SpreadsheetType type, Locale locale) {
		List<String> titles = new ArrayList<>();
		for (TvColumn column : TvColumn.values()) {
			titles.add(message(column.messageKey(), locale) + (column.required() ? " *" : ""));
		}
		if (type == SpreadsheetType.CSV) {
			return csv(List.of(titles));
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("TV");
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			Row row = sheet.createRow(0);
			for (int c = 0; c < titles.size(); c++) {
				row.createCell(c).setCellValue(titles.get(c));
				row.getCell(c).setCellStyle(header);
				sheet.setColumnWidth(c, Math.max(14, titles.get(c).length() + 4) * 256);
				sheet.setDefaultColumnStyle(c, text);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] errorReport(List<TvImportError> errors, Locale locale) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of(message("tv.report.row", locale), message("tv.report.column", locale),
				message("tv.report.value", locale), message("tv.report.reason", locale)));
		for (Line line : lines(errors, locale)) {
			rows.add(List.of((line.row() != null) ? line.row().toString() : "", line.column(),
					neutralized(line.value()), line.reason()));
		}
		return csv(rows);
	}

	static String neutralized(String value) {
		return CsvReports.neutralized(value);
	}

	private static byte[] csv(List<List<String>> rows) {
		return CsvReports.csv(rows);
	}

}
