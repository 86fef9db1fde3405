package kz.qashyq.journal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import kz.qashyq.demo.DemoData;
import kz.qashyq.demo.DemoFacts;
import kz.qashyq.schedule.ScheduledLesson;
import kz.qashyq.schedule.Timetables;
import kz.qashyq.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo teacher keeps the journal in a real headless Chromium: a cell opens its editor
 * with htmx (under the strict CSP) and saving replaces just that cell.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JournalBrowserTests {

	static final String SUBJECT = "Математика";

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Timetables timetables;

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

	@Test
	@DisplayName("O-1.28f the demo teacher marks a learner late, by TV, in the journal grid with htmx")
	void teacherMarksAttendanceInTheGrid() {
		DemoFacts facts = this.demo.facts();
		long group = facts.teacherClassIds().get(0);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		ScheduledLesson lesson = this.timetables.lessonsOf(group, monday, today)
			.stream()
			.filter((l) -> l.subject().equals(SUBJECT))
			.findFirst()
			.orElseGet(() -> addLessonToday(group, today));
		long learner = this.jdbc.sql("""
				select l.person_id from learner l join person p on p.id = l.person_id where l.group_id = ?
				order by p.last_name, p.first_name, l.person_id limit 1""").param(group).query(Long.class).single();
		Browser.signIn(browser, this.port, "teacher");
		browser.get("http://localhost:" + this.port + "/journal?lang=en");
		browser.findElement(By.partialLinkText(SUBJECT)).click();
		browser.get("http://localhost:" + this.port + "/journal/groups/" + group + "?subject=" + SUBJECT + "&from="
				+ lesson.date() + "&to=" + lesson.date());
		WebElement cell = browser.findElement(By.cssSelector("a.cell[hx-get*='start="
				+ lesson.localStart().toString().substring(0, 5) + "'][hx-get*='learner=" + learner + "']"));
		cell.click();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		WebElement status = wait.until(ExpectedConditions.presenceOfElementLocated(By.name("status")));
		// htmx swapped the editor into the grid: the page was not left for the cell's own
		// page
		assertThat(browser.getCurrentUrl()).contains("/journal/groups/" + group + "?").doesNotContain("/cell");
		new Select(status).selectByValue("LATE");
		new Select(browser.findElement(By.name("participation"))).selectByValue("TV");
		status.findElement(By.xpath("./ancestor::form")).findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.name("status")));
		assertThat(browser.getCurrentUrl()).contains("from=" + lesson.date());
		assertThat(browser.findElement(By.cssSelector("a.cell[hx-get*='learner=" + learner + "'] .att.LATE")).getText())
			.isEqualTo("L tv");
		assertThat(this.jdbc
			.sql("""
					select a.status || '/' || a.participation from lesson_attendance a join journal_lesson j on j.id = a.lesson_id
					where a.learner_id = ? and j.subject = ? and j.lesson_date = ? and j.start_time = ?""")
			.params(learner, SUBJECT, lesson.date(), lesson.localStart())
			.query(String.class)
			.single()).isEqualTo("LATE/TV");
	}

	/**
	 * When the demo week has no mathematics lesson yet, one is added to today's
	 * timetable.
	 */
	private ScheduledLesson addLessonToday(long group, LocalDate today) {
		long timetable = this.jdbc
			.sql("""
					select t.id from timetable t join study_group g on g.organization_id = t.organization_id
					where g.id = ? and t.status = 'APPROVED' and t.valid_from <= ? order by t.valid_from desc, t.id desc limit 1""")
			.params(group, today)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into timetable_lesson (timetable_id, group_id, subject, weekday, start_time, minutes, mode)
				values (?, ?, ?, ?, '07:05', 30, 'LIVE')""")
			.params(timetable, group, SUBJECT, today.getDayOfWeek().getValue())
			.update();
		return this.timetables.lessonsOf(group, today, today)
			.stream()
			.filter((l) -> l.subject().equals(SUBJECT) && l.localStart().equals(LocalTime.of(7, 5)))
			.findFirst()
			.orElseThrow();
	}

}
