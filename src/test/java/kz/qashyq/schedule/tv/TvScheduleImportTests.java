package kz.qashyq.schedule.tv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.schedule.TvBroadcast;
import kz.qashyq.schedule.TvChannel;
import kz.qashyq.schedule.TvSchedule;
import kz.qashyq.schedule.internal.tv.TvImportError;
import kz.qashyq.schedule.internal.tv.TvScheduleFiles;
import kz.qashyq.schedule.internal.tv.TvScheduleImports;
import kz.qashyq.support.DirectoryTestData;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * O-3.1a: the TV schedule import, all or nothing, with every problem named by row and
 * column.
 */
@SpringBootTest
class TvScheduleImportTests {

	private static final String HEADER = "date;start;end;channel;language;grade;subject;topic";

	/**
	 * A different week of 2019 per test: the demo data holds the current week and April
	 * 2020.
	 */
	private static final AtomicInteger weeks = new AtomicInteger();

	@Autowired
	TvScheduleImports imports;

	@Autowired
	TvScheduleFiles files;

	@Autowired
	TvSchedule schedule;

	LocalDate monday;

	@BeforeEach
	void signInAsMinistry() {
		DirectoryTestData.signIn(null, new Grant(Role.MINISTRY_ADMIN, ScopeRef.REPUBLIC));
		this.monday = LocalDate.of(2019, 1, 7).plusWeeks(weeks.getAndIncrement());
	}

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	private String day(int plus) {
		return this.monday.plusDays(plus).toString();
	}

	private TvScheduleImports.Result importCsv(String... lines) {
		byte[] content = String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
		return this.imports.importFile("tv.csv", content.length, new ByteArrayInputStream(content));
	}

	private TvScheduleImports.Result importBytes(byte[] content) {
		return this.imports.importFile("tv.bin", content.length, new ByteArrayInputStream(content));
	}

	private long storedThisWeek() {
		Instant from = this.monday.atStartOfDay(TvSchedule.BROADCAST_ZONE).toInstant();
		return this.schedule.between(from, from.plusSeconds(7 * 86400), null).size();
	}

	private static List<String> codes(TvScheduleImports.Result result) {
		return result.errors().stream().map(TvImportError::code).toList();
	}

	@Test
	@DisplayName("O-3.1a a CSV of both channels and languages is stored with Asia/Almaty times as instants")
	void shouldImportCsv() {
		TvScheduleImports.Result result = importCsv(HEADER, day(0) + ";09:00;09:30;EL ARNA;kk;5;Математика;Бөлшектер",
				day(0) + ";09:00;09:30;Балапан;ru;1;Математика;Сложение",
				day(0) + ";09:30;10:00;el_arna;орыс;11;Физика;", ";;;;;;;");
		assertThat(result.errors()).isEmpty();
		assertThat(result.stored()).isEqualTo(3);
		Instant from = this.monday.atStartOfDay(TvSchedule.BROADCAST_ZONE).toInstant();
		List<TvBroadcast> grade5 = this.schedule.forGrade(5, "kk", from, from.plusSeconds(86400));
		assertThat(grade5).singleElement().satisfies((b) -> {
			assertThat(b.channel()).isEqualTo(TvChannel.EL_ARNA);
			assertThat(b.subject()).isEqualTo("Математика");
			assertThat(b.topic()).isEqualTo("Бөлшектер");
			// Kazakhstan's east was UTC+6 in 2019
			assertThat(b.startsAt()).isEqualTo(this.monday.atTime(3, 0).toInstant(java.time.ZoneOffset.UTC));
			assertThat(b.endsAt()).isEqualTo(this.monday.atTime(3, 30).toInstant(java.time.ZoneOffset.UTC));
		});
		assertThat(this.schedule.forGrade(5, "ru", from, from.plusSeconds(86400))).isEmpty();
		assertThat(this.schedule.forGrade(11, null, from, from.plusSeconds(86400))).singleElement()
			.satisfies((b) -> assertThat(b.topic()).isNull());
	}

	@Test
	@DisplayName("O-3.1a importing the same file again changes nothing")
	void shouldLeaveEqualRowsAlone() {
		String row = day(1) + ";10:00;10:30;BALAPAN;kk;3;Әліппе;Дыбыстар";
		assertThat(importCsv(HEADER, row).stored()).isEqualTo(1);
		TvScheduleImports.Result again = importCsv(HEADER, row);
		assertThat(again.errors()).isEmpty();
		assertThat(again.stored()).isZero();
		assertThat(again.unchanged()).isEqualTo(1);
		assertThat(storedThisWeek()).isEqualTo(1);
	}

	@Test
	@DisplayName("O-3.1a an XLSX with date and time cells is read like the CSV")
	void shouldImportXlsxWithDateAndTimeCells() throws IOException {
		byte[] file;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XSSFSheet sheet = workbook.createSheet("TV");
			Row header = sheet.createRow(0);
			String[] titles = { "Күні *", "Басталуы *", "Аяқталуы *", "Арна *", "Тілі *", "Сынып *", "Пән *",
					"Тақырып" };
			for (int c = 0; c < titles.length; c++) {
				header.createCell(c).setCellValue(titles[c]);
			}
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
			CellStyle time = workbook.createCellStyle();
			time.setDataFormat(workbook.createDataFormat().getFormat("hh:mm"));
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue(this.monday.plusDays(2));
			row.getCell(0).setCellStyle(date);
			row.createCell(1).setCellValue(14.0 / 24);
			row.getCell(1).setCellStyle(time);
			row.createCell(2).setCellValue(14.5 / 24);
			row.getCell(2).setCellStyle(time);
			row.createCell(3).setCellValue("EL ARNA");
			row.createCell(4).setCellValue("kk");
			row.createCell(5).setCellValue(10);
			row.createCell(6).setCellValue("Химия");
			workbook.write(out);
			file = out.toByteArray();
		}
		TvScheduleImports.Result result = importBytes(file);
		assertThat(result.errors()).isEmpty();
		assertThat(result.stored()).isEqualTo(1);
		Instant from = this.monday.atStartOfDay(TvSchedule.BROADCAST_ZONE).toInstant();
		assertThat(this.schedule.forGrade(10, "kk", from, from.plusSeconds(7 * 86400))).singleElement()
			.satisfies((b) -> assertThat(b.startsAt()).isEqualTo(
					ZonedDateTime.of(this.monday.plusDays(2).atTime(14, 0), TvSchedule.BROADCAST_ZONE).toInstant()));
	}

	@Test
	@DisplayName("O-3.1a every bad cell is named by row and column and nothing of the file is stored")
	void shouldRejectBadRowsAndStoreNothing() {
		TvScheduleImports.Result result = importCsv(HEADER, day(0) + ";09:00;09:30;EL ARNA;kk;5;Математика;",
				"2019-02-30;09:00;09:30;EL ARNA;kk;5;Математика;", day(0) + ";25:00;09:30;EL ARNA;kk;5;Математика;",
				day(0) + ";11:00;10:30;EL ARNA;kk;5;Математика;", day(0) + ";12:00;12:30;TV5;kk;5;Математика;",
				day(0) + ";13:00;13:30;BALAPAN;en;5;Математика;", day(0) + ";14:00;14:30;BALAPAN;kk;13;Математика;",
				day(0) + ";15:00;15:30;BALAPAN;kk;5;;", day(0) + ";16:00;16:30;BALAPAN;kk;five;Математика;");
		assertThat(result.ok()).isFalse();
		assertThat(result.stored()).isZero();
		assertThat(result.errors()).extracting(TvImportError::row, TvImportError::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "BAD_DATE"),
					org.assertj.core.groups.Tuple.tuple(4, "BAD_TIME"),
					org.assertj.core.groups.Tuple.tuple(5, "END_NOT_AFTER_START"),
					org.assertj.core.groups.Tuple.tuple(6, "BAD_CHANNEL"),
					org.assertj.core.groups.Tuple.tuple(7, "BAD_LANGUAGE"),
					org.assertj.core.groups.Tuple.tuple(8, "BAD_GRADE"),
					org.assertj.core.groups.Tuple.tuple(9, "REQUIRED"),
					org.assertj.core.groups.Tuple.tuple(10, "BAD_GRADE"));
		assertThat(storedThisWeek()).as("the good first row is not stored either").isZero();
		List<TvScheduleFiles.Line> lines = this.files.lines(result.errors(), Locale.forLanguageTag("ru"));
		assertThat(lines.get(1).column()).isEqualTo("Начало (B)");
		assertThat(lines.get(1).value()).isEqualTo("25:00");
		assertThat(lines.get(1).reason()).startsWith("Это не время");
		String report = new String(this.files.errorReport(result.errors(), Locale.ENGLISH), StandardCharsets.UTF_8);
		assertThat(report).contains("Row;Column;Value;Reason").contains("7;Language (E);en;Unknown language");
	}

	@Test
	@DisplayName("O-3.1a broadcasts overlapping on one channel within the file are refused, naming both rows")
	void shouldRejectOverlapWithinTheFile() {
		TvScheduleImports.Result result = importCsv(HEADER, day(0) + ";09:00;09:30;EL ARNA;kk;5;Математика;",
				day(0) + ";09:00;09:30;BALAPAN;kk;5;Математика;", day(0) + ";09:15;09:45;EL ARNA;ru;6;Физика;");
		assertThat(result.errors()).singleElement().satisfies((error) -> {
			assertThat(error.row()).isEqualTo(4);
			assertThat(error.code()).isEqualTo("OVERLAP_IN_FILE");
			assertThat(error.args()).containsExactly("2");
		});
		assertThat(storedThisWeek()).isZero();
	}

	@Test
	@DisplayName("O-3.1a a broadcast overlapping a stored one on the same channel is refused")
	void shouldRejectOverlapWithStoredBroadcasts() {
		assertThat(importCsv(HEADER, day(3) + ";09:00;09:30;EL ARNA;kk;5;Математика;").stored()).isEqualTo(1);
		TvScheduleImports.Result result = importCsv(HEADER, day(3) + ";08:00;08:30;EL ARNA;kk;5;Математика;",
				day(3) + ";09:10;09:40;EL ARNA;kk;7;Алгебра;");
		assertThat(result.errors()).singleElement().satisfies((error) -> {
			assertThat(error.row()).isEqualTo(3);
			assertThat(error.code()).isEqualTo("OVERLAP_STORED");
			assertThat(error.args()).contains("Математика");
		});
		assertThat(storedThisWeek()).as("the first row of the refused file is not stored").isEqualTo(1);
	}

	@Test
	@DisplayName("O-3.1a a file without the required columns or rows is refused")
	void shouldRejectMissingColumnsAndEmptyFiles() {
		assertThat(codes(importCsv("date;start;channel;language;grade;subject", day(0) + ";09:00;EL ARNA;kk;5;x")))
			.containsExactly("MISSING_COLUMN");
		assertThat(codes(importCsv("hello;world", "1;2"))).containsExactly("FILE_NO_HEADER");
		assertThat(codes(importCsv(HEADER))).containsExactly("FILE_NO_ROWS");
		assertThat(codes(importBytes(new byte[0]))).containsExactly("FILE_EMPTY");
		assertThat(storedThisWeek()).isZero();
	}

	@Test
	@DisplayName("O-3.1a a file that is not a spreadsheet, a truncated XLSX or an oversized file is refused")
	void shouldRejectFilesThatAreNotSpreadsheets() throws IOException {
		byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(codes(importBytes(pdf))).containsExactly("FILE_NOT_SPREADSHEET");
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThat(codes(importBytes(png))).containsExactly("FILE_NOT_SPREADSHEET");
		byte[] xlsx;
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("TV").createRow(0).createCell(0).setCellValue("date");
			workbook.write(out);
			xlsx = out.toByteArray();
		}
		assertThat(codes(importBytes(Arrays.copyOf(xlsx, xlsx.length / 2)))).containsExactly("FILE_CORRUPT");
		byte[] big = new byte[3 * 1024 * 1024];
		Arrays.fill(big, (byte) 'a');
		assertThat(codes(importBytes(big))).containsExactly("FILE_TOO_LARGE");
		assertThat(codes(this.imports.importFile("big.csv", 100, new ByteArrayInputStream(big))))
			.as("a size announced too small is still caught")
			.containsExactly("FILE_TOO_LARGE");
		assertThat(this.files.lines(importBytes(pdf).errors(), Locale.forLanguageTag("kk")).get(0).reason())
			.isEqualTo("Файл кесте емес. Үлгі бойынша толтырылған XLSX немесе CSV файлын жүктеңіз.");
	}

	@Test
	@DisplayName("O-3.1a only the keepers of the national schedule import it")
	void shouldRefuseOthers() {
		DirectoryTestData.signIn(null, new Grant(Role.REGION_DEPARTMENT, ScopeRef.region(9)));
		assertThatThrownBy(() -> importCsv(HEADER, day(0) + ";09:00;09:30;EL ARNA;kk;5;Математика;"))
			.isInstanceOf(AccessDeniedException.class);
		DirectoryTestData.signIn(null, new Grant(Role.QA_OBSERVER, ScopeRef.REPUBLIC));
		assertThatThrownBy(() -> importCsv(HEADER, day(0) + ";09:00;09:30;EL ARNA;kk;5;Математика;"))
			.isInstanceOf(AccessDeniedException.class);
		DirectoryTestData.signIn(null, new Grant(Role.MINISTRY_ADMIN, ScopeRef.REPUBLIC));
		assertThat(storedThisWeek()).isZero();
	}

}
