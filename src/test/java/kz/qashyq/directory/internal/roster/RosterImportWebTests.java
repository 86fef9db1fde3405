package kz.qashyq.directory.internal.roster;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import kz.qashyq.access.AccountManagement;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.platform.spreadsheet.SpreadsheetType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The roster pages over HTTP: who may use them, uploading and following an import,
 * translated errors, downloads in the reader's language, escaping.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RosterImportWebTests {

	private static final Random random = new Random(20261125);

	private static final RandomRoster.IinSource iins = new RandomRoster.IinSource(random, 3000);

	private static final List<String> RUSSIAN_TITLES = List.of("ИИН", "Фамилия", "Имя", "Класс или группа",
			"Родитель 1: ИИН", "Родитель 1: фамилия", "Родитель 1: имя", "Родитель 1: кем приходится",
			"Родитель 1: мобильный телефон");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RosterJobStore jobs;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	/** A learner row under {@link #RUSSIAN_TITLES}. */
	private static List<String> learnerRow(String lastName, String firstName, String group) {
		boolean female = random.nextBoolean();
		return List.of(iins.next(LocalDate.of(2010, 1, 1), LocalDate.of(2015, 1, 1), female), lastName, firstName,
				group, iins.next(LocalDate.of(1975, 1, 1), LocalDate.of(1990, 1, 1), true), "Сейітова", "Гүлнар",
				"мать", "8 701 555 12 34");
	}

	private static byte[] learnersXlsx(List<List<String>> rows) {
		List<List<String>> table = new ArrayList<>();
		table.add(RUSSIAN_TITLES);
		table.addAll(rows);
		return RosterTestFiles.xlsx(RosterTestFiles.text(table));
	}

	private MockMultipartHttpServletRequestBuilder upload(long organizationId, String fileName, byte[] content) {
		return multipart("/directory/organizations/{organizationId}/roster", organizationId)
			.file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
			.param("kind", "LEARNERS")
			.with(csrf());
	}

	private UUID uploaded(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/directory/roster/jobs/");
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	/** Waits for the background import to end (a guard against hanging, not a timing). */
	private RosterJob finished(UUID id) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		RosterJob job = this.jobs.find(id).orElseThrow();
		while (job.running() && System.nanoTime() < deadline) {
			Thread.sleep(50);
			job = this.jobs.find(id).orElseThrow();
		}
		return job;
	}

	private long jobsOf(long organizationId) {
		return this.jdbc.sql("select count(*) from roster_import where organization_id = ?")
			.param(organizationId)
			.query(Long.class)
			.single();
	}

	@Test
	@DisplayName("A1-28a a head uploads learners with parents, follows the progress and sees the result")
	void shouldLetTheHeadUploadARosterAndFollowItToTheEnd() throws Exception {
		RosterTestSchool school = RosterTestSchool.create(this.jdbc, "Web school 1");
		QashyqUser head = school.head();
		byte[] file = learnersXlsx(List.of(learnerRow("Әбенов", "Әлібек", "5А"), learnerRow("Ким", "Юлия", "5 a"),
				learnerRow("O'Brien", "Nurlan", "ПО-21")));

		MvcResult result = this.mvc.perform(upload(school.id, "5А сынып.xlsx", file).with(user(head)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		UUID id = uploaded(result);
		RosterJob job = finished(id);

		assertThat(job.status()).isEqualTo(RosterJob.Status.DONE);
		assertThat(job.learnersCreated()).isEqualTo(3);
		assertThat(job.parentsCreated()).isEqualTo(3);
		assertThat(school.learners(this.jdbc)).isEqualTo(3);
		String page = this.mvc.perform(get("/directory/roster/jobs/{jobId}", id).param("lang", "ru").with(user(head)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Список импортирован.").contains("5А сынып.xlsx").doesNotContain("hx-trigger");
		String fragment = this.mvc
			.perform(get("/directory/roster/jobs/{jobId}/progress", id).param("lang", "kk").with(user(head)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).startsWith("<section id=\"roster-progress\"").contains("Тізім импортталды.");
		String rosterPage = this.mvc
			.perform(get("/directory/organizations/{organizationId}/roster", school.id).with(user(head)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(rosterPage).contains("/directory/roster/jobs/" + id).contains("5А сынып.xlsx");
		String organizationPage = this.mvc
			.perform(get("/directory/organizations/{organizationId}", school.id).with(user(head)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(organizationPage).contains("/directory/organizations/" + school.id + "/roster");
	}

	@Test
	void shouldShowAProgressBarThatPollsWhileAnImportRuns() throws Exception {
		RosterTestSchool school = RosterTestSchool.create(this.jdbc, "Web school 2");
		QashyqUser head = school.head();
		UUID id = this.jobs.create(school.id, RosterKind.LEARNERS, "big.xlsx", SpreadsheetType.XLSX, new byte[] { 1 },
				head.accountId(), head.getUsername(), "another-node");
		this.jobs.progress(id, RosterJob.Status.VALIDATING, 200, 1000);

		String fragment = this.mvc
			.perform(get("/directory/roster/jobs/{jobId}/progress", id).param("lang", "ru").with(user(head)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String page = this.mvc.perform(get("/directory/roster/jobs/{jobId}", id).with(user(head)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(fragment).contains("<progress")
			.contains("value=\"200\"")
			.contains("max=\"1000\"")
			.contains("hx-trigger=\"every 1s\"")
			.contains("hx-get=\"/directory/roster/jobs/" + id + "/progress\"")
			.contains("Проверка строк");
		assertThat(page).contains("<noscript><meta http-equiv=\"refresh\"").contains("<progress");
	}

	/**
	 * A real observer account: observers are checked against their login on every
	 * request.
	 */
	private QashyqUser observerOf(long organizationId) {
		String username = "roster-observer-" + organizationId;
		this.accounts.createAccount(username, null, "Observer", this.accounts.hash("Observer-123"), false,
				List.of(new Grant(Role.QA_OBSERVER, ScopeRef.organization(organizationId))));
		return (QashyqUser) this.users.loadUserByUsername(username);
	}

	@Test
	@DisplayName("O-1.4b heads of other organizations, teachers, parents and observers are refused every roster endpoint")
	void shouldRefuseEveryRosterEndpointToUsersWithoutRosterRightsOverTheOrganization() throws Exception {
		RosterTestSchool school = RosterTestSchool.create(this.jdbc, "Web school 3");
		RosterTestSchool other = RosterTestSchool.create(this.jdbc, "Web school 4");
		QashyqUser head = school.head();
		UUID job = this.jobs.create(school.id, RosterKind.LEARNERS, "x.csv", SpreadsheetType.CSV,
				"a;b".getBytes(StandardCharsets.UTF_8), head.accountId(), head.getUsername(), "another-node");
		List<QashyqUser> strangers = List.of(other.head(),
				RosterTestSchool.user(Role.DEPUTY_HEAD, ScopeRef.organization(other.id)),
				RosterTestSchool.user(Role.TEACHER, ScopeRef.group(school.groups.get("5А"))),
				RosterTestSchool.user(Role.CURATOR, ScopeRef.group(school.groups.get("5А"))),
				RosterTestSchool.user(Role.PARENT, ScopeRef.learner(1L)), observerOf(school.id),
				RosterTestSchool.user(Role.METHODOLOGICAL_CENTRE, ScopeRef.region(9)));
		byte[] file = learnersXlsx(List.of(learnerRow("Иванов", "Пётр", "5А")));

		for (QashyqUser stranger : strangers) {
			String who = stranger.primaryRole().name();
			this.mvc.perform(get("/directory/organizations/{organizationId}/roster", school.id).with(user(stranger)))
				.andExpect(status().isForbidden());
			this.mvc.perform(upload(school.id, "x.xlsx", file).with(user(stranger))).andExpect(status().isForbidden());
			for (String path : List.of("", "/progress", "/errors.csv", "/errors.xlsx")) {
				assertThat(this.mvc.perform(get("/directory/roster/jobs/{jobId}" + path, job).with(user(stranger)))
					.andReturn()
					.getResponse()
					.getStatus()).as(who + " " + path).isEqualTo(403);
			}
		}
		for (QashyqUser stranger : strangers.subList(2, strangers.size())) {
			this.mvc.perform(get("/directory/roster/template").param("kind", "STAFF").with(user(stranger)))
				.andExpect(status().isForbidden());
		}
		assertThat(jobsOf(school.id)).isEqualTo(1);
		assertThat(school.learners(this.jdbc)).isZero();
	}

	@Test
	@DisplayName("a file over the size limit gets the translated error and nothing is stored")
	void shouldRefuseAFileOverTheSizeLimitWithATranslatedMessage() throws Exception {
		RosterTestSchool school = RosterTestSchool.create(this.jdbc, "Web school 5");
		byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
		Arrays.fill(tooLarge, (byte) 'a');

		String page = this.mvc
			.perform(upload(school.id, "big.csv", tooLarge).param("lang", "ru").with(user(school.head())))
			.andExpect(status().isPayloadTooLarge())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Файл больше 10 МБ");
		assertThat(jobsOf(school.id)).isZero();
	}

	@Test
	@DisplayName("a PDF named .csv is refused as not a spreadsheet, in the user's language, and nothing is stored")
	void shouldRefuseAFileThatIsNotASpreadsheetWhateverItsName() throws Exception {
		RosterTestSchool school = RosterTestSchool.create(this.jdbc, "Web school 6");
		byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);

		String kazakh = this.mvc
			.perform(upload(school.id, "roster.csv", pdf).header("Accept-Language", "kk").with(user(school.head())))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String english = this.mvc
			.perform(upload(school.id, "roster.xlsx", pdf).param("lang", "en").with(user(school.head())))
			.andExpect(status().isBadRequest())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(kazakh).contains("Файл кесте емес.");
		assertThat(english).contains("The file is not a spreadsheet.");
		assertThat(jobsOf(school.id)).isZero();
	}

	@Test
	@DisplayName("the error report names row, column and reason in Russian for ru and in Kazakh for kk; names are escaped")
	void shouldDownloadTheErrorReportInTheReadersLanguage() throws Exception {
		RosterTestSchool school = RosterTestSchool.create(this.jdbc, "Web school 7");
		QashyqUser head = school.head();
		List<String> good = learnerRow("Петров", "Иван", "6А");
		List<String> markup = new ArrayList<>(learnerRow("Смирнова", "<script>alert(1)</script>", "5Б"));
		List<String> badIin = new ArrayList<>(learnerRow("Ким", "Юлия", "5А"));
		badIin.set(0, "12345");
		byte[] file = learnersXlsx(List.of(good, markup, badIin));

		UUID id = uploaded(this.mvc.perform(upload(school.id, "список.xlsx", file).with(user(head))).andReturn());
		RosterJob job = finished(id);
		assertThat(job.status()).isEqualTo(RosterJob.Status.REJECTED);
		assertThat(job.errorCount()).isEqualTo(2);
		assertThat(school.learners(this.jdbc)).isZero();

		String russian = new String(this.mvc
			.perform(get("/directory/roster/jobs/{jobId}/errors.csv", id).param("lang", "ru").with(user(head)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		String kazakh = new String(this.mvc
			.perform(get("/directory/roster/jobs/{jobId}/errors.csv", id).header("Accept-Language", "kk")
				.with(user(head)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		byte[] xlsx = this.mvc
			.perform(get("/directory/roster/jobs/{jobId}/errors.xlsx", id).param("lang", "ru").with(user(head)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String page = this.mvc.perform(get("/directory/roster/jobs/{jobId}", id).param("lang", "ru").with(user(head)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(russian).startsWith("\uFEFFСтрока;Столбец;Значение;Ошибка")
			.contains("3;Имя;<script>alert(1)</script>;Недопустимые символы в имени")
			.contains("4;ИИН;12345;ИИН состоит ровно из 12 цифр.");
		assertThat(kazakh).startsWith("\uFEFFЖол;Баған;Мәні;Қате")
			.contains("3;Аты;<script>alert(1)</script>;Атында рұқсат етілмеген таңбалар бар")
			.contains("4;ЖСН;12345;ЖСН дәл 12 цифрдан тұрады.");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Строка");
			assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(3);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Имя");
			assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("ИИН состоит ровно из 12 цифр.");
		}
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
	}

	@Test
	@DisplayName("O-1.28b the staff template, downloaded in Russian and filled in, imports")
	void shouldImportTheDownloadedTemplateOnceFilledIn() throws Exception {
		RosterTestSchool school = RosterTestSchool.create(this.jdbc, "Web school 8");
		QashyqUser head = school.head();
		byte[] template = this.mvc
			.perform(get("/directory/roster/template").param("kind", "STAFF")
				.param("format", "xlsx")
				.param("lang", "ru")
				.with(user(head)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Фамилия *");
			assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Инструкция");
			String[][] staff = {
					{ iins.next(LocalDate.of(1970, 1, 1), LocalDate.of(1995, 1, 1), true), "Жұмабаева", "Айгүл", "", "",
							"", "Учитель", "Математика", "8 701 111 22 33", "aigul@mail.kz" },
					{ iins.next(LocalDate.of(1970, 1, 1), LocalDate.of(1995, 1, 1), false), "Ахметов", "Ерлан",
							"Серікұлы", "", "ер", "Директор", "", "", "" } };
			staff[1][6] = "Руководитель";
			for (int r = 0; r < staff.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < staff[r].length; c++) {
					row.createCell(c).setCellValue(staff[r][c]);
				}
			}
			workbook.write(out);
			filled = out.toByteArray();
		}

		UUID id = uploaded(this.mvc
			.perform(multipart("/directory/organizations/{organizationId}/roster", school.id)
				.file(new MockMultipartFile("file", "staff.xlsx", null, filled))
				.param("kind", "STAFF")
				.with(csrf())
				.with(user(head)))
			.andReturn());
		RosterJob job = finished(id);

		assertThat(job.status()).as(this.jobs.errors(id, 10).toString()).isEqualTo(RosterJob.Status.DONE);
		assertThat(job.staffCreated()).isEqualTo(2);
		assertThat(this.jdbc.sql("select position from staff_position where organization_id = ? order by position")
			.param(school.id)
			.query(String.class)
			.list()).containsExactly("HEAD", "TEACHER");
		String csv = new String(this.mvc
			.perform(get("/directory/roster/template").param("kind", "LEARNERS")
				.param("format", "csv")
				.param("lang", "kk")
				.with(user(head)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFЖСН *;Тегі *;Аты *;Әкесінің аты;");
	}

}
