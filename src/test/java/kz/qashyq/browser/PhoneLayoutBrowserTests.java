package kz.qashyq.browser;

import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import kz.qashyq.demo.DemoData;
import kz.qashyq.demo.DemoFacts;
import kz.qashyq.schedule.Timetables;
import kz.qashyq.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages on a phone: a real headless Chromium 390 CSS pixels wide (an iPhone 12 to
 * 15). Nothing a reader needs may lie off the screen: the page never scrolls sideways,
 * lists of records turn into cards, a wide grid keeps its first column in view, and the
 * menu folds under "Menu".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhoneLayoutBrowserTests {

	static final int PHONE = 390;

	static final String SUBJECT = "Математика";

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	/**
	 * Where an element is and whether a tap at its centre reaches it (nothing covers it):
	 * {@code [left, right, width, tappable]}.
	 */
	private static final String PLACE = """
			const e = arguments[0];
			e.scrollIntoView({block: 'center', inline: 'nearest'});
			const r = e.getBoundingClientRect();
			const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
			return [r.left, r.right, r.width, hit !== null && (e === hit || e.contains(hit))];""";

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Timetables timetables;

	DemoFacts facts;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void phoneWidth() {
		this.facts = this.demo.facts();
		browser.manage().window().setSize(new Dimension(PHONE, 844));
	}

	@Test
	@DisplayName("On a phone the student's Tasks show each task's status, mark and feedback on the screen, and its link opens the task")
	void studentTasksFitAPhone() {
		Browser.signIn(browser, this.port, "student");
		open("/coursework/my/tasks");
		assertNoSidewaysScroll();
		WebElement graded = browser.findElements(By.cssSelector("tr[data-assignment]"))
			.stream()
			.filter((row) -> text(row, ".status").equals("Graded") && !text(row, ".feedback").isBlank())
			.findFirst()
			.orElseThrow(() -> new AssertionError("the demo student has a graded task with feedback"));
		for (String part : List.of(".status", ".mark", ".feedback")) {
			assertOnScreen(graded.findElement(By.cssSelector(part)), part);
		}
		assertThat(text(graded, ".mark")).isNotBlank();
		WebElement title = graded.findElement(By.tagName("a"));
		assertOnScreen(title, "the task's link");
		title.click();
		waitFor(ExpectedConditions.urlContains("/coursework/tasks/"));
		assertNoSidewaysScroll();
	}

	@Test
	@DisplayName("On a phone the teacher's inbox shows every learner's link on the screen, deadlines with the year, and filters by class and checked work")
	void inboxFitsAPhone() {
		Browser.signIn(browser, this.port, "teacher");
		open("/coursework/inbox");
		assertNoSidewaysScroll();
		List<WebElement> rows = browser.findElements(By.cssSelector("#inbox tbody tr"));
		assertThat(rows).as("the demo teacher has work to check").isNotEmpty();
		for (WebElement row : rows.subList(0, Math.min(rows.size(), 12))) {
			assertOnScreen(row.findElement(By.cssSelector("td.learner a")), "the learner's link");
			assertOnScreen(row.findElement(By.cssSelector("td.status .badge")), "the status");
			// the deadline in the reader's language, with the year: "4 Dec 2026, 18:00"
			assertThat(row.getText()).containsPattern("\\b\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2}\\b");
		}

		String group = this.jdbc.sql("select name from study_group where id = ?")
			.param(this.facts.teacherClassIds().get(0))
			.query(String.class)
			.single();
		new Select(browser.findElement(By.name("group"))).selectByVisibleText(group);
		new Select(browser.findElement(By.name("show"))).selectByValue("all");
		browser.findElement(By.cssSelector("#inbox-filter button[type=submit]")).click();
		waitFor(ExpectedConditions.urlContains("show=all"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Submitted work");
		List<WebElement> all = browser.findElements(By.cssSelector("#inbox tbody tr"));
		assertThat(all).isNotEmpty()
			.allSatisfy((row) -> assertThat(row.findElements(By.tagName("td")).get(2).getText()).startsWith(group));
		assertThat(all).as("checked work is listed too")
			.anySatisfy((row) -> assertThat(text(row, "td.status")).startsWith("Graded"));
		assertNoSidewaysScroll();

		WebElement learner = browser.findElement(By.cssSelector("#inbox tbody tr td.learner a"));
		assertOnScreen(learner, "the learner's link");
		learner.click();
		waitFor(ExpectedConditions.urlContains("/coursework/submissions/"));
		assertNoSidewaysScroll();
	}

	@Test
	@DisplayName("On a phone the journal keeps the names in view, opens a cell's attendance form on the screen, cancels it and confirms a save")
	void journalFitsAPhone() {
		long group = this.facts.teacherClassIds().get(0);
		ensurePastLesson(group);
		Browser.signIn(browser, this.port, "teacher");
		open("/journal/groups/" + group + "?subject=" + SUBJECT);
		assertNoSidewaysScroll();
		// the grid scrolls beside the learners' names, which stay in view
		List<WebElement> cells = browser.findElements(By.cssSelector("#journal a.cell[hx-get]"));
		assertThat(cells)
			.as("last week's lessons are past and editable on %s: %s", browser.getCurrentUrl(),
					browser.findElement(By.tagName("main")).getText())
			.isNotEmpty();
		WebElement last = cells.get(cells.size() - 1);
		String address = last.getAttribute("hx-get");
		WebElement row = last.findElement(By.xpath("./ancestor::tr"));
		browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'})", last);
		assertOnScreen(row.findElement(By.cssSelector("td:first-child a")), "the learner's name beside a far cell");

		By cell = By.cssSelector("#journal a.cell[hx-get='" + address + "']");
		browser.findElement(cell).click();
		WebElement status = waitFor(ExpectedConditions.visibilityOfElementLocated(By.name("status")));
		WebElement form = status.findElement(By.xpath("./ancestor::form"));
		assertOnScreen(status, "the attendance status");
		assertOnScreen(form.findElement(By.name("participation")), "the way of taking part");
		assertOnScreen(form.findElement(By.cssSelector("button[type=submit]")), "the save button");
		WebElement cancel = browser.findElement(By.cssSelector(".editor .title a"));
		assertOnScreen(cancel, "cancel");
		assertNoSidewaysScroll();

		// cancel brings the cell back as it was, without saving
		cancel.click();
		waitFor(ExpectedConditions.invisibilityOfElementLocated(By.name("status")));
		assertThat(browser.findElements(cell)).hasSize(1);
		assertThat(browser.findElements(By.cssSelector(".editor"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector(".saved-note"))).isEmpty();

		browser.findElement(cell).click();
		status = waitFor(ExpectedConditions.visibilityOfElementLocated(By.name("status")));
		new Select(status).selectByValue("LATE");
		status.findElement(By.xpath("./ancestor::form")).findElement(By.cssSelector("button[type=submit]")).click();
		waitFor(ExpectedConditions.invisibilityOfElementLocated(By.name("status")));
		WebElement saved = browser.findElement(cell).findElement(By.xpath("./ancestor::td"));
		assertThat(saved.findElement(By.cssSelector("a.cell .att.LATE")).getText()).startsWith("L");
		WebElement note = saved.findElement(By.cssSelector(".saved-note"));
		assertThat(note.getAttribute("role")).isEqualTo("status");
		assertThat(note.getAttribute("textContent")).isEqualTo("Saved.");
		assertNoSidewaysScroll();
	}

	@Test
	@DisplayName("On a phone the learner's journal lists attendance under a header, as cards that fit the screen")
	void learnersAttendanceHasAHeader() {
		ensureAttendance(this.facts.studentId(), this.facts.studentClassId());
		Browser.signIn(browser, this.port, "student");
		open("/journal/learners/" + this.facts.studentId());
		assertNoSidewaysScroll();
		assertThat(browser.findElements(By.cssSelector("#attendance thead th")))
			.as("%s: %s", browser.getCurrentUrl(), browser.findElement(By.tagName("main")).getText())
			.extracting((th) -> th.getAttribute("textContent"))
			.containsExactly("Date", "Subject", "Attendance", "Took part", "Reason");
		List<WebElement> rows = browser.findElements(By.cssSelector("#attendance tbody tr"));
		assertThat(rows).isNotEmpty();
		WebElement status = rows.get(0).findElements(By.tagName("td")).get(2);
		assertOnScreen(status, "the attendance status");
		// on a card each value is named by its column
		assertThat(status.getAttribute("data-label")).isEqualTo("Attendance");
	}

	@Test
	@DisplayName("On a phone the menu is one folded row naming the current section; unfolded, every link is on the screen and opens")
	void menuFoldsOnAPhone() {
		Browser.signIn(browser, this.port, "teacher");
		open("/journal");
		WebElement nav = browser.findElement(By.cssSelector("nav.main"));
		WebElement summary = nav.findElement(By.cssSelector("details.menu summary"));
		List<WebElement> links = nav.findElements(By.cssSelector("ul.links a"));
		assertThat(links).hasSizeGreaterThan(6);
		assertThat(links).noneMatch(WebElement::isDisplayed);
		assertThat(summary.getText()).isEqualTo("Menu · Journal");
		assertThat(nav.getRect().getHeight()).as("the folded menu is one row")
			.isLessThanOrEqualTo(2 * summary.getRect().getHeight());

		summary.click();
		for (WebElement link : links) {
			assertOnScreen(link, link.getText());
		}
		assertThat(nav.findElement(By.cssSelector("a[aria-current]")).getText()).isEqualTo("Journal");
		nav.findElement(By.linkText("To check")).click();
		waitFor(ExpectedConditions.urlContains("/coursework/inbox"));
		assertThat(browser.findElement(By.cssSelector("details.menu summary")).getText()).isEqualTo("Menu · To check");
		assertThat(browser.findElement(By.cssSelector("nav.main a[aria-current=page]")).getAttribute("href"))
			.endsWith("/coursework/inbox");

		// on a desktop the menu is unfolded, in at most two rows
		browser.manage().window().setSize(new Dimension(1280, 900));
		open("/journal");
		nav = browser.findElement(By.cssSelector("nav.main"));
		assertThat(nav.findElement(By.cssSelector("details.menu")).isDisplayed()).isFalse();
		links = nav.findElements(By.cssSelector("ul.links a"));
		assertThat(links).allMatch(WebElement::isDisplayed);
		int row = links.get(0).getRect().getHeight();
		assertThat(links.get(links.size() - 1).getRect().getY() - links.get(0).getRect().getY())
			.isLessThanOrEqualTo(row + 8);
	}

	@Test
	@DisplayName("On a phone every tick box and radio button sits on the line of its own label (assignment learners, channels)")
	void boxesSitBesideTheirLabels() {
		Browser.signIn(browser, this.port, "teacher");
		open("/coursework/groups/" + this.facts.teacherClassIds().get(0) + "/assignments/new?subject=" + SUBJECT);
		List<WebElement> boxes = browser.findElements(By.cssSelector("label > input[type=checkbox]"));
		assertThat(boxes).as("the learners and channels to tick").hasSizeGreaterThan(10);
		for (WebElement box : boxes) {
			WebElement label = box.findElement(By.xpath("./.."));
			// the first line of the label's text, right of the box
			@SuppressWarnings("unchecked")
			List<Number> line = (List<Number>) browser.executeScript("""
					const range = document.createRange();
					range.selectNodeContents(arguments[0]);
					const box = arguments[1].getBoundingClientRect();
					const text = [...range.getClientRects()].find((r) => r.width > 0 && r.left >= box.right - 1);
					return text ? [text.left, text.top, text.bottom] : null;""", label, box);
			assertThat(line).as("text right of the box of %s", label.getText()).isNotNull();
			double middle = box.getRect().getY() + box.getRect().getHeight() / 2.0;
			assertThat(middle).as("the box of %s on its text's line", label.getText())
				.isBetween(line.get(1).doubleValue() - 2, line.get(2).doubleValue() + 2);
		}
		assertNoSidewaysScroll();
	}

	/**
	 * Every demo account, page by page from its home (links of one shape once), at phone
	 * width: nothing scrolls the page sideways, a table wider than the screen keeps its
	 * first column in view, and the menu is folded.
	 */
	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "student", "parent", "teacher", "curator", "head", "deputy", "social", "educator",
			"college-head", "region", "observer", "ministry" })
	@DisplayName("On a phone no page of a demo account scrolls sideways")
	void noPageScrollsSideways(String account) {
		Browser.signIn(browser, this.port, account);
		String origin = "http://localhost:" + this.port;
		Deque<String> queue = new ArrayDeque<>(List.of("/"));
		Set<String> shapes = new HashSet<>();
		Map<String, String> failures = new HashMap<>();
		List<String> seen = new ArrayList<>();
		while (!queue.isEmpty() && seen.size() < 30) {
			String path = queue.poll();
			String shape = DIGITS.matcher(path.replaceAll("[?&](date|week|month|from|to|before|subject)=[^&]*", ""))
				.replaceAll("{n}");
			if (!shapes.add(shape)) {
				continue;
			}
			open(path);
			seen.add(path);
			@SuppressWarnings("unchecked")
			List<Object> state = (List<Object>) browser.executeScript("""
					const wide = [...document.querySelectorAll('.scroll')]
						.filter((s) => s.scrollWidth > s.clientWidth + 1 && !s.querySelector('table.pinned'))
						.map((s) => (s.querySelector('table') || s).id || 'a table');
					const links = document.querySelector('nav.main ul.links');
					return [document.documentElement.scrollWidth, window.innerWidth, wide,
						links === null || getComputedStyle(links).display === 'none'];""");
			if (((Number) state.get(0)).intValue() > ((Number) state.get(1)).intValue()) {
				failures.put(path, "scrolls sideways: " + state.get(0) + " px wide");
			}
			else if (!((List<?>) state.get(2)).isEmpty()) {
				failures.put(path, "wider than the screen without its first column in view: " + state.get(2));
			}
			else if (!(Boolean) state.get(3)) {
				failures.put(path, "the menu is not folded");
			}
			for (WebElement link : browser.findElements(By.cssSelector("main a[href], nav.main a[href]"))) {
				String target = local(link.getAttribute("href"), origin);
				if (target != null) {
					queue.add(target);
				}
			}
		}
		assertThat(seen).as("pages of %s", account).hasSizeGreaterThan(4);
		assertThat(failures).as("pages of %s at %d px", account, PHONE).isEmpty();
	}

	/**
	 * A mathematics lesson of the class in the journal's default range that is over: the
	 * demo timetable has them, unless its solver left the subject out; then one is added
	 * on Mondays, early.
	 */
	private void ensurePastLesson(long group) {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
		LocalDate from = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
		LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Almaty"));
		boolean past = this.timetables.lessonsOf(group, from, today)
			.stream()
			.anyMatch((l) -> l.subject().equals(SUBJECT)
					&& LocalDateTime.of(l.date(), l.localStart()).plusMinutes(l.minutes()).isBefore(now));
		if (!past) {
			this.jdbc.sql("""
					insert into timetable_lesson (timetable_id, group_id, subject, weekday, start_time, minutes, mode)
					select t.id, g.id, ?, 1, '07:05', 30, 'LIVE' from study_group g
					join timetable t on t.organization_id = g.organization_id and t.status = 'APPROVED'
					where g.id = ? order by t.valid_from desc, t.id desc limit 1""").params(SUBJECT, group).update();
		}
	}

	/** The learner's attendance at a lesson yesterday, unless some is recorded. */
	private void ensureAttendance(long learner, long group) {
		if (this.jdbc.sql("select count(*) from lesson_attendance where learner_id = ?")
			.param(learner)
			.query(Long.class)
			.single() > 0) {
			return;
		}
		long lesson = this.jdbc.sql("""
				insert into journal_lesson (group_id, subject, lesson_date, start_time, created_by)
				values (?, ?, ?, '09:00', 'test') returning id""")
			.params(group, SUBJECT, LocalDate.now(ZoneId.of("Asia/Almaty")).minusDays(1))
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into lesson_attendance (lesson_id, learner_id, status, participation, marked_by)
				values (?, ?, 'PRESENT', 'ONLINE', 'test')""").params(lesson, learner).update();
	}

	private static String local(String href, String origin) {
		if (href == null || !href.startsWith(origin)) {
			return null;
		}
		URI uri = URI.create(href);
		String path = uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
		boolean file = path.matches(
				".*(/export\\.|/template(\\?|$)|/file(\\?|$)|/material(\\?|$)|/receipt(\\?|$)|\\.ics|\\.csv|\\.xlsx|\\.pdf).*");
		return (file || path.contains("lang=") || path.startsWith("/api/")) ? null : path;
	}

	private void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private static void assertNoSidewaysScroll() {
		assertThat((Long) browser.executeScript("return window.innerWidth")).isEqualTo(PHONE);
		assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth"))
			.as("the page's width on %s", browser.getCurrentUrl())
			.isLessThanOrEqualTo(PHONE);
	}

	/**
	 * The element lies inside the screen's width once scrolled to, and a tap on it
	 * reaches it.
	 */
	private static void assertOnScreen(WebElement element, String what) {
		List<?> place = (List<?>) browser.executeScript(PLACE, element);
		double left = ((Number) place.get(0)).doubleValue();
		double right = ((Number) place.get(1)).doubleValue();
		assertThat(((Number) place.get(2)).doubleValue()).as("%s is shown", what).isPositive();
		assertThat(left).as("%s starts on the screen", what).isGreaterThanOrEqualTo(0);
		assertThat(right).as("%s ends on the screen", what).isLessThanOrEqualTo(PHONE);
		assertThat(place.get(3)).as("%s can be tapped", what).isEqualTo(Boolean.TRUE);
	}

	private static String text(WebElement row, String css) {
		return row.findElement(By.cssSelector(css)).getText();
	}

	private static <T> T waitFor(ExpectedCondition<T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(15)).until(condition);
	}

}
