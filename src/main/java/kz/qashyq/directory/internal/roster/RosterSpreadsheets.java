package kz.qashyq.directory.internal.roster;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.qashyq.platform.spreadsheet.CsvReports;
import kz.qashyq.platform.spreadsheet.SpreadsheetType;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The files the roster pages hand out: templates (XLSX and CSV, column titles in the
 * user's language) and error reports.
 * <p>
 * The XLSX template has the data sheet first (one header row of titles, required ones
 * marked {@code *}; IIN and phone columns formatted as text so that leading zeros stay;
 * drop-down suggestions for choice columns), a sheet of instructions, and a hidden sheet
 * of the drop-down values. The CSV template is UTF-8 with a BOM and {@code ;} as
 * delimiter, which Excel in a Kazakh or Russian locale opens as columns.
 */
@Component
class RosterSpreadsheets {

	static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final int TEMPLATE_ROWS = 2000;

	private final MessageSource messages;

	private final RosterRepository repository;

	RosterSpreadsheets(MessageSource messages, RosterRepository repository) {
		this.messages = messages;
		this.repository = repository;
	}

	String title(RosterKind kind, RosterColumn column, Locale locale) {
		return message(column.messageKey(), locale) + (kind.requires(column) ? " *" : "");
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	// ---- templates

	byte[] template(RosterKind kind, SpreadsheetType type, Locale locale) {
		List<String> titles = kind.columns().stream().map((column) -> title(kind, column, locale)).toList();
		if (type == SpreadsheetType.CSV) {
			return csv(List.of(titles));
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet data = workbook.createSheet(WorkbookUtil.createSafeSheetName(message(kind.messageKey(), locale)));
			CellStyle header = headerStyle(workbook);
			CellStyle text = workbook.createCellStyle();
			text.setDataFormat(workbook.createDataFormat().getFormat("@"));
			Row row = data.createRow(0);
			for (int c = 0; c < titles.size(); c++) {
				row.createCell(c).setCellValue(titles.get(c));
				row.getCell(c).setCellStyle(header);
				data.setColumnWidth(c, Math.min(60, Math.max(14, titles.get(c).length() + 4)) * 256);
				if (kind.columns().get(c).type().keptAsText()) {
					data.setDefaultColumnStyle(c, text);
				}
			}
			data.createFreezePane(0, 1);
			XSSFSheet help = workbook
				.createSheet(WorkbookUtil.createSafeSheetName(message("roster.template.instructions", locale)));
			instructions(help, kind, locale, header);
			XSSFSheet lists = workbook.createSheet("lists");
			suggestions(workbook, data, lists, kind, locale);
			workbook.setSheetHidden(workbook.getSheetIndex(lists), true);
			workbook.setActiveSheet(0);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CellStyle headerStyle(XSSFWorkbook workbook) {
		CellStyle style = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		style.setFont(bold);
		style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		style.setBorderBottom(BorderStyle.THIN);
		style.setWrapText(true);
		return style;
	}

	private void instructions(XSSFSheet sheet, RosterKind kind, Locale locale, CellStyle header) {
		int r = 0;
		for (String line : message("roster.template.notes." + kind.name(), locale).split("\\|")) {
			sheet.createRow(r++).createCell(0).setCellValue(line.strip());
		}
		r++;
		Row titles = sheet.createRow(r++);
		String[] heads = { message("roster.template.column", locale), message("roster.template.required", locale),
				message("roster.template.format", locale) };
		for (int c = 0; c < heads.length; c++) {
			titles.createCell(c).setCellValue(heads[c]);
			titles.getCell(c).setCellStyle(header);
		}
		for (RosterColumn column : kind.columns()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(message(column.messageKey(), locale));
			row.createCell(1).setCellValue(kind.requires(column) ? message("roster.choice.yes", locale) : "");
			row.createCell(2).setCellValue(message("roster.format." + column.type().name(), locale));
		}
		sheet.setColumnWidth(0, 36 * 256);
		sheet.setColumnWidth(1, 14 * 256);
		sheet.setColumnWidth(2, 90 * 256);
	}

	/**
	 * Drop-down suggestions for the choice columns; other values may still be typed
	 * (synonyms in any of the three languages are accepted).
	 */
	private void suggestions(XSSFWorkbook workbook, XSSFSheet data, XSSFSheet lists, RosterKind kind, Locale locale) {
		DataValidationHelper helper = data.getDataValidationHelper();
		int listColumn = 0;
		for (int c = 0; c < kind.columns().size(); c++) {
			List<String> values = choices(kind.columns().get(c).type(), locale);
			if (values.isEmpty()) {
				continue;
			}
			for (int i = 0; i < values.size(); i++) {
				Row row = (lists.getRow(i) != null) ? lists.getRow(i) : lists.createRow(i);
				row.createCell(listColumn).setCellValue(values.get(i));
			}
			String letter = CellReference.convertNumToColString(listColumn);
			DataValidation validation = helper.createValidation(
					helper.createFormulaListConstraint("lists!$" + letter + "$1:$" + letter + "$" + values.size()),
					new CellRangeAddressList(1, TEMPLATE_ROWS, c, c));
			validation.setShowErrorBox(false);
			validation.setSuppressDropDownArrow(true);
			data.addValidationData(validation);
			listColumn++;
		}
	}

	private List<String> choices(RosterColumn.Type type, Locale locale) {
		return switch (type) {
			case SEX -> List.of(message("roster.choice.sex.M", locale), message("roster.choice.sex.F", locale));
			case RELATION -> List.of("MOTHER", "FATHER", "GUARDIAN", "GRANDPARENT", "OTHER")
				.stream()
				.map((code) -> message("roster.choice.relation." + code, locale))
				.toList();
			case DEVICE -> List.of("OWN", "SHARED", "NONE")
				.stream()
				.map((code) -> message("roster.choice.device." + code, locale))
				.toList();
			case YES_NO -> List.of(message("roster.choice.yes", locale), message("roster.choice.no", locale));
			case POSITION -> this.repository.positions().stream().map((position) -> switch (locale.getLanguage()) {
				case "ru" -> position.nameRu();
				case "en" -> position.nameEn();
				default -> position.nameKk();
			}).toList();
			default -> List.of();
		};
	}

	// ---- error reports

	/**
	 * One line of an error report, in the reader's language.
	 *
	 * @param row the spreadsheet row, 0 for the file as a whole
	 */
	record ReportLine(int row, String column, String value, String reason) {
	}

	byte[] errorReport(List<ReportLine> lines, SpreadsheetType type, Locale locale) {
		List<String> heads = List.of(message("roster.report.row", locale), message("roster.report.column", locale),
				message("roster.report.value", locale), message("roster.report.reason", locale));
		if (type == SpreadsheetType.CSV) {
			List<List<String>> rows = new ArrayList<>();
			rows.add(heads);
			for (ReportLine line : lines) {
				rows.add(List.of((line.row() > 0) ? String.valueOf(line.row()) : "", line.column(),
						neutralized(line.value()), line.reason()));
			}
			return csv(rows);
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook
				.createSheet(WorkbookUtil.createSafeSheetName(message("roster.report.sheet", locale)));
			CellStyle header = headerStyle(workbook);
			Row title = sheet.createRow(0);
			for (int c = 0; c < heads.size(); c++) {
				title.createCell(c).setCellValue(heads.get(c));
				title.getCell(c).setCellStyle(header);
			}
			int r = 1;
			for (ReportLine line : lines) {
				Row row = sheet.createRow(r++);
				if (line.row() > 0) {
					row.createCell(0).setCellValue(line.row());
				}
				// string cells: a value that looks like a formula stays text
				row.createCell(1).setCellValue(line.column());
				row.createCell(2).setCellValue((line.value() != null) ? line.value() : "");
				row.createCell(3).setCellValue(line.reason());
			}
			sheet.setColumnWidth(0, 8 * 256);
			sheet.setColumnWidth(1, 30 * 256);
			sheet.setColumnWidth(2, 30 * 256);
			sheet.setColumnWidth(3, 80 * 256);
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String neutralized(String value) {
		return CsvReports.neutralized(value);
	}

	private static byte[] csv(List<List<String>> rows) {
		return CsvReports.csv(rows);
	}

}
