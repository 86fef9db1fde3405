package kz.qashyq.journal.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import kz.qashyq.journal.internal.JournalViews.Cell;
import kz.qashyq.journal.internal.JournalViews.Column;
import kz.qashyq.journal.internal.JournalViews.Grid;
import kz.qashyq.journal.internal.JournalViews.Mark;
import kz.qashyq.journal.internal.JournalViews.Row;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A journal (class, subject, dates) as XLSX (Apache POI) and PDF (OpenPDF with the
 * Liberation Sans font it bundles, embedded, so that the Kazakh letters ә ғ қ ң ө ұ ү һ і
 * render on any reader without relying on system fonts).
 */
@Component
public class JournalExports {

	static final String FONT = "font-fallback/LiberationSans-Regular.ttf";

	private final MessageSource messages;

	JournalExports(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] xlsx(Grid grid, Locale locale) {
		try (Workbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(safeSheetName(grid.groupName() + " " + grid.subject()));
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			int r = 0;
			sheet.createRow(r++).createCell(0).setCellValue(title(grid, locale));
			List<String> header = header(grid, locale);
			org.apache.poi.ss.usermodel.Row head = sheet.createRow(r++);
			for (int c = 0; c < header.size(); c++) {
				org.apache.poi.ss.usermodel.Cell cell = head.createCell(c);
				cell.setCellValue(header.get(c));
				cell.setCellStyle(wrap);
			}
			for (Row learner : grid.learners()) {
				List<String> values = line(grid, learner, locale);
				org.apache.poi.ss.usermodel.Row row = sheet.createRow(r++);
				for (int c = 0; c < values.size(); c++) {
					row.createCell(c).setCellValue(values.get(c));
				}
			}
			r++;
			sheet.createRow(r).createCell(0).setCellValue(legend(locale));
			sheet.setColumnWidth(0, 30 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] pdf(Grid grid, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
		PdfWriter.getInstance(document, out);
		document.open();
		BaseFont base = font();
		Font normal = new Font(base, 8);
		Font heading = new Font(base, 12);
		document.add(new Paragraph(title(grid, locale), heading));
		List<String> header = header(grid, locale);
		PdfPTable table = new PdfPTable(header.size());
		table.setWidthPercentage(100);
		float[] widths = new float[header.size()];
		java.util.Arrays.fill(widths, 1f);
		widths[0] = 4f;
		table.setWidths(widths);
		table.setHeaderRows(1);
		for (String text : header) {
			PdfPCell cell = new PdfPCell(new Phrase(text, normal));
			cell.setBackgroundColor(new Color(235, 235, 235));
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
			table.addCell(cell);
		}
		for (Row learner : grid.learners()) {
			for (String text : line(grid, learner, locale)) {
				table.addCell(new PdfPCell(new Phrase(text, normal)));
			}
		}
		document.add(table);
		document.add(new Paragraph(legend(locale), normal));
		document.close();
		return out.toByteArray();
	}

	static BaseFont font() {
		try (InputStream in = JournalExports.class.getClassLoader().getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IllegalStateException("OpenPDF's bundled font " + FONT + " is missing");
			}
			return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
					in.readAllBytes(), null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String title(Grid grid, Locale locale) {
		return this.messages.getMessage("journal.export.title",
				new Object[] { grid.groupName(), grid.subject(), grid.from().toString(), grid.to().toString() },
				locale);
	}

	private List<String> header(Grid grid, Locale locale) {
		List<String> header = new ArrayList<>();
		header.add(this.messages.getMessage("journal.learner", null, locale));
		for (Column column : grid.lessons()) {
			header.add(column.date().getDayOfMonth() + "." + String.format("%02d", column.date().getMonthValue()) + " "
					+ column.start().format(JournalService.KEY_TIME)
					+ ((column.topic() != null) ? "\n" + column.topic() : ""));
		}
		header.add(this.messages.getMessage("journal.other.marks", null, locale));
		header.add(this.messages.getMessage("journal.average", null, locale));
		header.add(this.messages.getMessage("journal.attendance.rate", null, locale));
		return header;
	}

	private List<String> line(Grid grid, Row learner, Locale locale) {
		List<String> values = new ArrayList<>();
		values.add(learner.name());
		for (Column column : grid.lessons()) {
			Cell cell = learner.cells().getOrDefault(column.key(), Cell.EMPTY);
			StringBuilder text = new StringBuilder();
			if (cell.status() != null) {
				text.append(this.messages.getMessage("journal.code." + cell.status(), null, locale));
				if (cell.participation() != null) {
					text.append(' ')
						.append(this.messages.getMessage("journal.pcode." + cell.participation(), null, locale));
				}
			}
			for (Mark mark : cell.marks()) {
				text.append((text.length() > 0) ? " " : "").append(markText(mark));
			}
			values.add(text.toString());
		}
		values.add(String.join(" ", learner.otherMarks().stream().map(JournalExports::markText).toList()));
		values.add((learner.average() != null) ? learner.average().toPlainString() : "");
		values.add((learner.attendancePercent() != null) ? learner.attendancePercent() + "%" : "");
		return values;
	}

	static String markText(Mark mark) {
		return (mark.mark() != null) ? mark.mark().toPlainString() : "*";
	}

	private String legend(Locale locale) {
		return this.messages.getMessage("journal.legend", null, locale);
	}

	private static String safeSheetName(String name) {
		String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
		return (cleaned.length() > 31) ? cleaned.substring(0, 31) : cleaned;
	}

}
