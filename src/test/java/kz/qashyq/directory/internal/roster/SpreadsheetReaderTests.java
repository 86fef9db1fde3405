package kz.qashyq.directory.internal.roster;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import kz.qashyq.directory.internal.roster.RosterTestFiles.DateCell;
import kz.qashyq.directory.internal.roster.RosterTestFiles.Number;
import kz.qashyq.directory.internal.roster.RosterTestFiles.Text;
import kz.qashyq.platform.spreadsheet.Sheet;
import kz.qashyq.platform.spreadsheet.SpreadsheetDetector;
import kz.qashyq.platform.spreadsheet.SpreadsheetException;
import kz.qashyq.platform.spreadsheet.SpreadsheetReader;
import kz.qashyq.platform.spreadsheet.SpreadsheetType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading roster files: formats decided by content, encodings and delimiters of CSV,
 * numbers and dates of XLSX, damaged files.
 */
class SpreadsheetReaderTests {

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	@Test
	void shouldReadSemicolonCsvInWindows1251AsExcelInARussianLocaleSavesIt() {
		byte[] file = RosterTestFiles.csv(List.of(List.of("ИИН", "Фамилия", "Имя"),
				List.of("120304500125", "Ёлкина", "Анна-Мария"), List.of("", "", ""), List.of("x", "Щукин", "Пётр")),
				';', WINDOWS_1251, false);

		assertThat(SpreadsheetDetector.detect(file)).isEqualTo(SpreadsheetType.CSV);
		Sheet sheet = SpreadsheetReader.read(file, SpreadsheetType.CSV, 100);

		assertThat(sheet.rows()).extracting(Sheet.Row::number).containsExactly(1, 2, 4);
		assertThat(sheet.rows().get(1).cells()).containsExactly("120304500125", "Ёлкина", "Анна-Мария");
		assertThat(sheet.rows().get(2).cell(2)).isEqualTo("Пётр");
	}

	@Test
	void shouldReadCommaCsvInUtf8WithBomAndKazakhLetters() {
		byte[] file = RosterTestFiles.csv(
				List.of(List.of("ЖСН", "Тегі", "Аты", "Пошталық мекенжай"),
						List.of("120304500125", "Әбенова", "Іңкәр", "Абай даңғылы, 5; пәтер 3")),
				',', StandardCharsets.UTF_8, true);

		assertThat(SpreadsheetDetector.detect(file)).isEqualTo(SpreadsheetType.CSV);
		Sheet sheet = SpreadsheetReader.read(file, SpreadsheetType.CSV, 100);

		assertThat(sheet.rows().get(0).cell(0)).isEqualTo("ЖСН");
		assertThat(sheet.rows().get(1).cells()).containsExactly("120304500125", "Әбенова", "Іңкәр",
				"Абай даңғылы, 5; пәтер 3");
	}

	@Test
	void shouldTakeTheDelimiterFromAnExcelSepLineAndCountItAsARow() {
		byte[] file = "sep=,\r\nIIN,Last name\r\n120304500125,Smith\r\n".getBytes(StandardCharsets.UTF_8);

		Sheet sheet = SpreadsheetReader.read(file, SpreadsheetType.CSV, 100);

		assertThat(sheet.rows()).extracting(Sheet.Row::number).containsExactly(2, 3);
		assertThat(sheet.rows().get(1).cells()).containsExactly("120304500125", "Smith");
	}

	@Test
	void shouldReadTabSeparatedUtf16AsExcelSavesUnicodeText() {
		byte[] text = "\uFEFFIIN\tLast name\r\n120304500125\tӘлиев\r\n".getBytes(StandardCharsets.UTF_16LE);

		assertThat(SpreadsheetDetector.detect(text)).isEqualTo(SpreadsheetType.CSV);
		assertThat(SpreadsheetReader.read(text, SpreadsheetType.CSV, 100).rows().get(1).cells())
			.containsExactly("120304500125", "Әлиев");
	}

	@Test
	void shouldRejectACsvWithAnUnclosedQuoteAsMalformed() {
		byte[] file = "IIN;Last name\r\n120304500125;\"Smith\r\n".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> SpreadsheetReader.read(file, SpreadsheetType.CSV, 100)).isInstanceOfSatisfying(
				SpreadsheetException.class, (ex) -> assertThat(ex.code()).isEqualTo("FILE_MALFORMED_CSV"));
	}

	@Test
	void shouldReadXlsxNumbersAsPlainDigitsAndDateCellsAsIsoDates() {
		byte[] file = RosterTestFiles.xlsx(List.of(
				List.of(new Text("IIN"), new Text("Last name"), new Text("Date of birth"), new Text("Phone")),
				List.of(new Number(50315600123d), new Text("Smith"), new DateCell(LocalDate.of(2005, 3, 15)),
						new Number(87011234567d)),
				List.of(new Text("050315600123"), new Text(""), new Text("15.03.2005"), new Text("+7 701 123 45 67"))));

		assertThat(SpreadsheetDetector.detect(file)).isEqualTo(SpreadsheetType.XLSX);
		Sheet sheet = SpreadsheetReader.read(file, SpreadsheetType.XLSX, 100);

		assertThat(sheet.rows().get(1).cells()).containsExactly("50315600123", "Smith", "2005-03-15", "87011234567");
		assertThat(sheet.rows().get(2).cells()).containsExactly("050315600123", "", "15.03.2005", "+7 701 123 45 67");
		assertThat(RosterValues.iin(sheet.rows().get(1).cell(0))).isEqualTo("050315600123");
	}

	@Test
	void shouldKeepTheSpreadsheetRowNumbersOfAnXlsxWithBlankRows() {
		byte[] file = RosterTestFiles.xlsx(RosterTestFiles
			.text(List.of(List.of("Список 5А"), List.of(), List.of("IIN", "Last name"), List.of(), List.of("1", "A"))));

		Sheet sheet = SpreadsheetReader.read(file, SpreadsheetType.XLSX, 100);

		assertThat(sheet.rows()).extracting(Sheet.Row::number).containsExactly(1, 3, 5);
	}

	@Test
	void shouldRejectATruncatedXlsxAsCorrupt() {
		byte[] whole = RosterTestFiles.xlsx(RosterTestFiles.text(List.of(List.of("IIN", "Last name"))));
		byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

		assertThatThrownBy(() -> SpreadsheetReader.read(truncated, SpreadsheetDetector.detect(truncated), 100))
			.isInstanceOfSatisfying(SpreadsheetException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("FILE_CORRUPT"));
	}

	@Test
	void shouldRejectAnXlsxCutJustBeforeItsDirectoryWhenReading() {
		byte[] whole = RosterTestFiles.xlsx(RosterTestFiles.text(List.of(List.of("IIN", "Last name"))));
		byte[] truncated = Arrays.copyOf(whole, whole.length - 30);

		assertThatThrownBy(() -> SpreadsheetReader.read(truncated, SpreadsheetDetector.detect(truncated), 100))
			.isInstanceOfSatisfying(SpreadsheetException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("FILE_CORRUPT"));
	}

	@Test
	void shouldRejectAPdfWhateverItsNameAsNotASpreadsheet() {
		byte[] pdf = "%PDF-1.4\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);

		assertThatThrownBy(() -> SpreadsheetDetector.detect(pdf)).isInstanceOfSatisfying(SpreadsheetException.class,
				(ex) -> assertThat(ex.code()).isEqualTo("FILE_NOT_SPREADSHEET"));
	}

	@Test
	void shouldRejectImagesExecutablesAndHtmlAsNotSpreadsheets() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		byte[] exe = new byte[256];
		exe[0] = 'M';
		exe[1] = 'Z';
		exe[60] = (byte) 0x80;
		byte[] html = "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);

		for (byte[] file : List.of(png, exe, html)) {
			assertThatThrownBy(() -> SpreadsheetDetector.detect(file)).isInstanceOfSatisfying(
					SpreadsheetException.class, (ex) -> assertThat(ex.code()).isEqualTo("FILE_NOT_SPREADSHEET"));
		}
	}

	@Test
	void shouldRejectAZipThatIsNotAWorkbookAndAnOldExcelFile() throws Exception {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry("[Content_Types].xml"));
			out.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			out.putNextEntry(new ZipEntry("word/document.xml"));
			out.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
		}
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0,
				0, 0 };

		assertThatThrownBy(() -> SpreadsheetDetector.detect(zip.toByteArray())).isInstanceOfSatisfying(
				SpreadsheetException.class, (ex) -> assertThat(ex.code()).isEqualTo("FILE_NOT_SPREADSHEET"));
		assertThatThrownBy(() -> SpreadsheetDetector.detect(ole2)).isInstanceOfSatisfying(SpreadsheetException.class,
				(ex) -> assertThat(ex.code()).isEqualTo("FILE_OLD_EXCEL"));
	}

	@Test
	void shouldRejectAnEmptyFile() {
		assertThatThrownBy(() -> SpreadsheetDetector.detect(new byte[0]))
			.isInstanceOfSatisfying(SpreadsheetException.class, (ex) -> assertThat(ex.code()).isEqualTo("FILE_EMPTY"));
	}

	@Test
	void shouldStopReadingAfterTheRowLimit() {
		StringBuilder csv = new StringBuilder("IIN;Last name\n");
		for (int i = 0; i < 50; i++) {
			csv.append(i).append(";Name\n");
		}

		Sheet sheet = SpreadsheetReader.read(csv.toString().getBytes(StandardCharsets.UTF_8), SpreadsheetType.CSV, 10);

		assertThat(sheet.rows()).hasSize(10);
	}

	@Test
	@DisplayName("CSV and XLSX readers agree on the rows of the same roster")
	void shouldReadTheSameRowsFromCsvAndXlsx() {
		List<List<String>> rows = List.of(List.of("IIN", "Last name", "First name"),
				List.of("120304500125", "O'Brien", "Nurlan"), List.of("120304600126", "Әбенова", "Айгүл"));

		Sheet fromCsv = SpreadsheetReader.read(RosterTestFiles.csv(rows, ';', StandardCharsets.UTF_8, true),
				SpreadsheetType.CSV, 100);
		Sheet fromXlsx = SpreadsheetReader.read(RosterTestFiles.xlsx(RosterTestFiles.text(rows)), SpreadsheetType.XLSX,
				100);

		assertThat(fromXlsx.rows()).isEqualTo(fromCsv.rows());
	}

}
