package kz.qashyq;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.qashyq.demo.DemoData;
import kz.qashyq.demo.DemoFacts;
import kz.qashyq.directory.Directory;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.schedule.myday.ScheduleTestConfiguration;
import kz.qashyq.schedule.myday.ScheduleTestConfiguration.SettableClock;
import kz.qashyq.support.HttpSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people read on the pages of the demo accounts in Kazakh and Russian holds no raw
 * code of the platform (an enum value such as {@code PRESENT} or
 * {@code TIMETABLE_APPROVED}), no time in UTC and no time-zone id such as
 * {@code Asia/Almaty}. Over real HTTP, each account's pages are reached from its home
 * page and menu by following links (a bounded crawl: at most two pages of one shape, such
 * as two journal grids).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ScheduleTestConfiguration.class)
class LocalizedPagesWebTests {

	/** An enum-like code: three or more Latin capitals, words joined by underscores. */
	private static final Pattern CODE = Pattern.compile("\\b[A-Z]{3,}(_[A-Z0-9]+)*\\b");

	private static final Pattern ZONE = Pattern.compile("\\bUTC\\b|\\b(Asia|Europe|America|Etc)/[A-Za-z_]+");

	/**
	 * Words people read as such in every language: file formats the pages name (PDF, PNG,
	 * JPEG, CSV, XLSX), the hash algorithm of a receipt (SHA-256) and the TV channel EL
	 * ARNA, whose name is written so in Kazakh and Russian too.
	 */
	private static final Set<String> ALLOWED = Set.of("PDF", "PNG", "JPEG", "JPG", "CSV", "XLSX", "SHA", "ARNA");

	/** Roman numerals number quarters and terms in Kazakh and Russian ("III тоқсан"). */
	private static final Pattern ROMAN = Pattern.compile("[IVX]+");

	private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\bhref=\"(/[^\"]*)\"");

	private static final Pattern READ_ATTRIBUTE = Pattern
		.compile("\\b(?:title|placeholder|alt|aria-label)=\"([^\"]*)\"");

	private static final Pattern SKIPPED = Pattern.compile(
			"^/(logout|login|api/|swagger|v3/|webjars/|actuator|css/|js/|files/)|lang=|\\.(csv|xlsx|pdf|ics|png|jpg|js|css)(\\?|$)|/export|/download|/feed|/print");

	private static final Pattern MENU = Pattern.compile("(?s)<nav class=\"main\".*?</nav>");

	private static final int PAGES_PER_ACCOUNT = 45;

	/** 08:05 in Almaty (five hours ahead of UTC since March 2024), 03:05 in UTC. */
	private static final String KNOWN_INSTANT = "2026-04-06T03:05:00Z";

	@LocalServerPort
	int port;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SettableClock clock;

	@Autowired
	AuditTrail audit;

	@Autowired
	Directory directory;

	DemoFacts facts;

	@BeforeEach
	void findTheDemo() {
		this.facts = this.demo.facts();
	}

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	@DisplayName("The journal's history shows translated states and values, who by name and when in the "
			+ "organization's time")
	void shouldShowTheJournalsHistoryTranslatedInLocalTime() {
		long group = this.facts.teacherHomeClassId();
		this.jdbc.sql("""
				insert into journal_change (group_id, learner_id, subject, what, day, old_value, new_value, changed_by,
					changed_at)
				select ?, person_id, 'Тарих-тексеру', 'ATTENDANCE', date '2026-04-06', 'PRESENT/ONLINE',
					'EXCUSED (ILLNESS_CERTIFICATE)', 'teacher', ?::timestamptz
				from learner where group_id = ? order by person_id limit 1""")
			.params(group, KNOWN_INSTANT, group)
			.update();
		this.jdbc.sql("""
				insert into journal_change (group_id, learner_id, subject, what, day, old_value, new_value, changed_by,
					changed_at)
				select ?, person_id, 'Тарих-тексеру', 'MARK', date '2026-04-06', null, 'feedback (coursework 10306)',
					'teacher', ?::timestamptz + interval '1 minute'
				from learner where group_id = ? order by person_id limit 1""")
			.params(group, KNOWN_INSTANT, group)
			.update();
		HttpSession teacher = signedIn("teacher");
		String path = "/journal/groups/" + group + "/history?subject=" + encode("Тарих-тексеру");
		String kazakh = teacher.get(path, "kk").body();
		assertThat(kazakh).contains("Қатысты · Онлайн", "Себепті (Ауруына байланысты (медициналық анықтама))",
				"Бағасыз пікір (тапсырылған жұмыс)", "08:05", displayName("teacher"));
		String russian = teacher.get(path, "ru").body();
		assertThat(russian).contains("Присутствовал · Онлайн", "Отзыв без отметки (сданная работа)", "08:05");
		for (String page : List.of(kazakh, russian)) {
			assertThat(page).doesNotContain("PRESENT/ONLINE", "ILLNESS", "coursework 10306", "03:05", "UTC");
		}
	}

	@Test
	@DisplayName("A timetable run shows when it ran in the organization's time, its score as conflicts and a "
			+ "penalty, and who started it by name")
	void shouldShowTimetableRunsTranslatedInLocalTime() {
		long school = this.facts.citySchoolId();
		long job = this.jdbc.sql("""
				insert into timetable_job (organization_id, valid_from, status, lessons, best_score, hard_score,
					soft_score, seconds_limit, started_by, node, created_at)
				values (?, date '2026-04-06', 'DONE', 120, '0hard/-31841soft', 0, -31841, 20, 'deputy', 'node-1',
					?::timestamptz) returning id""").params(school, KNOWN_INSTANT).query(Long.class).single();
		HttpSession deputy = signedIn("deputy");
		String list = deputy.get("/timetables?org=" + school, "ru").body();
		assertThat(list).contains("6 апр. 2026 г., 08:05", "конфликтов: 0, штраф за пожелания: 31841",
				displayName("deputy"));
		String run = deputy.get("/timetables/jobs/" + job, "kk").body();
		assertThat(run).contains("қайшылықтар: 0, тілектер айыбы: 31841", "Іске қосқан: " + displayName("deputy"));
		long timetable = this.jdbc
			.sql("select id from timetable where organization_id = ? and source = 'GENERATED' order by id limit 1")
			.param(school)
			.query(Long.class)
			.single();
		this.jdbc.sql("update timetable set note = 'score 0hard/-31841soft' where id = ?").param(timetable).update();
		String draft = deputy.get("/timetables/" + timetable, "ru").body();
		assertThat(draft).contains("конфликтов: 0, штраф за пожелания: 31841");
		for (String page : List.of(list, run, draft)) {
			assertThat(page).doesNotContain("0hard", "soft", "(solver)", "03:05");
		}
	}

	@Test
	@DisplayName("A plan's change history says when in the organization's time, not in UTC")
	void shouldShowAPlansRevisionsInLocalTime() {
		long plan = this.jdbc.sql("""
				select p.id from thematic_plan p where p.group_id = ? order by p.id limit 1""")
			.param(this.facts.teacherHomeClassId())
			.query(Long.class)
			.single();
		this.jdbc.sql("update plan_revision set changed_at = ?::timestamptz where plan_id = ?")
			.params(KNOWN_INSTANT, plan)
			.update();
		String page = signedIn("teacher").get("/content/plans/" + plan, "ru").body();
		assertThat(page).contains("6 апр. 2026 г., 08:05").doesNotContain("UTC", "03:05");
	}

	@Test
	@DisplayName("The regime page opens on today's date in the organization's zone, not in UTC")
	void shouldOpenTheRegimeOnTheOrganizationsToday() {
		HttpSession region = signedIn("region");
		// 20:30 in UTC on 6 December is 01:30 on 7 December in Almaty
		this.clock.set(Instant.parse("2026-12-06T20:30:00Z"));
		String page = region.get("/policy/organizations/" + this.facts.ruralSchoolId(), "ru").body();
		assertThat(page).contains("name=\"date\" value=\"2026-12-07\"");
	}

	@Test
	@DisplayName("The menu says \"my class\" to a class teacher and \"my group\" to a college curator and a "
			+ "kindergarten educator")
	void shouldNameTheCuratorsGroupByItsKind() {
		assertThat(signedIn("teacher").get("/", "kk").body()).contains(">Менің сыныбым</a>")
			.doesNotContain(">Менің тобым</a>");
		assertThat(signedIn("curator").get("/", "kk").body()).contains(">Менің тобым</a>")
			.doesNotContain(">Менің сыныбым</a>");
		assertThat(signedIn("educator").get("/", "ru").body()).contains(">Моя группа</a>")
			.doesNotContain(">Мой класс</a>");
	}

	@Test
	@DisplayName("The audit log names actions and objects in the page's language and labels the client's address")
	void shouldShowTheAuditLogTranslated() {
		this.audit.record(AuditEvent.of("UPDATE", "JOURNAL_ATTENDANCE", "1:2",
				this.directory.groupPath(this.facts.teacherHomeClassId()).orElseThrow(),
				"Математика 2026-12-07 09:00: PRESENT/ONLINE -> LATE/ONLINE"));
		HttpSession head = signedIn("head");
		String page = head.get("/access/audit", "ru").body();
		assertThat(page).contains("Вход", "Учётная запись", "адрес клиента: ")
			.doesNotContain("client=", ">ACCOUNT<", ">LOGIN<");
		String journal = head.get("/access/audit?type=JOURNAL_ATTENDANCE", "kk").body();
		assertThat(journal)
			.contains("Журналдағы қатысу", "Математика 2026-12-07 09:00: Қатысты · Онлайн → Кешікті · Онлайн")
			.doesNotContain("PRESENT/ONLINE");
	}

	@ParameterizedTest
	@ValueSource(strings = { "kk", "ru" })
	@DisplayName("The demo accounts' pages in Kazakh and Russian show no raw code, no UTC and no zone id")
	void shouldShowNoRawCodeNorZone(String lang) {
		List<String> found = new ArrayList<>();
		int pages = 0;
		for (String account : List.of("student", "parent", "teacher", "curator", "educator", "head", "deputy", "social",
				"college-head", "region", "observer", "ministry")) {
			pages += crawl(signedIn(account), account, lang, found);
		}
		assertThat(pages).as("pages read").isGreaterThan(100);
		assertThat(found).as("raw codes, UTC or zone ids on the pages").isEmpty();
	}

	private HttpSession signedIn(String account) {
		HttpSession session = new HttpSession(this.port);
		assertThat(session.signIn(account, "demo")).as(account).doesNotContain("error");
		return session;
	}

	private String displayName(String username) {
		return this.jdbc.sql("select display_name from account where username = ?")
			.param(username)
			.query(String.class)
			.single();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private int crawl(HttpSession session, String account, String lang, List<String> found) {
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Set<String> seen = new LinkedHashSet<>(queue);
		Map<String, Integer> shapes = new HashMap<>();
		int read = 0;
		while (!queue.isEmpty() && read < PAGES_PER_ACCOUNT) {
			String path = queue.poll();
			HttpResponse<String> page = session.get(path, lang);
			String type = page.headers().firstValue("Content-Type").orElse("");
			if (page.statusCode() != 200 || !type.startsWith("text/html")) {
				continue;
			}
			read++;
			check(page.body(), account + " " + lang + " " + path, found);
			Matcher menu = MENU.matcher(page.body());
			String links = (read == 1 && menu.find()) ? menu.group() + page.body() : page.body();
			Matcher link = LINK.matcher(links);
			while (link.find()) {
				String next = link.group(1).replace("&amp;", "&");
				int hash = next.indexOf('#');
				next = (hash >= 0) ? next.substring(0, hash) : next;
				if (next.isEmpty() || SKIPPED.matcher(next).find() || !seen.add(next)) {
					continue;
				}
				String shape = next.replaceAll("\\d+", "N").replaceAll("=[^&]*", "=");
				if (shapes.merge(shape, 1, Integer::sum) <= 2) {
					queue.add(next);
				}
			}
		}
		return read;
	}

	static void check(String html, String where, List<String> found) {
		String text = readable(html);
		Set<String> tokens = new LinkedHashSet<>();
		Matcher code = CODE.matcher(text);
		while (code.find()) {
			if (!ALLOWED.contains(code.group()) && !ROMAN.matcher(code.group()).matches() && tokens.add(code.group())) {
				found.add(where + ": " + code.group() + " in \"" + around(text, code.start(), code.end()) + "\"");
			}
		}
		Matcher zone = ZONE.matcher(text);
		while (zone.find()) {
			if (tokens.add(zone.group())) {
				found.add(where + ": " + zone.group() + " in \"" + around(text, zone.start(), zone.end()) + "\"");
			}
		}
	}

	/** The text of the page as people read it: its text and the attributes shown. */
	static String readable(String html) {
		String body = html.replaceAll("(?s)<script\\b.*?</script>", " ")
			.replaceAll("(?s)<style\\b.*?</style>", " ")
			.replaceAll("(?s)<!--.*?-->", " ");
		StringBuilder text = new StringBuilder();
		Matcher attribute = READ_ATTRIBUTE.matcher(body);
		while (attribute.find()) {
			text.append(attribute.group(1)).append(" \n ");
		}
		text.append(body.replaceAll("(?s)<[^>]*>", " "));
		return text.toString()
			.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&amp;", "&")
			.replaceAll("\\s+", " ");
	}

	private static String around(String text, int start, int end) {
		return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40));
	}

}
