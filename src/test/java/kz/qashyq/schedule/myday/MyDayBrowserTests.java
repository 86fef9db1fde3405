package kz.qashyq.schedule.myday;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.qashyq.demo.DemoData;
import kz.qashyq.demo.DemoFacts;
import kz.qashyq.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo student and the demo parent open "my day" in a real headless Chromium. The
 * approved timetable of the demo school is made here, taking effect today, so the test
 * does not depend on the demo's own timetables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MyDayBrowserTests {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	DemoFacts facts;

	LocalDate today;

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
	void approveATimetableForToday() {
		this.facts = this.demo.facts();
		ZoneId zone = ZoneId.of(this.jdbc.sql("select time_zone from organization where id = ?")
			.param(this.facts.citySchoolId())
			.query(String.class)
			.single());
		this.today = LocalDate.now(zone);
		if (this.jdbc.sql("select exists (select 1 from timetable_lesson where subject = 'Browser astronomy')")
			.query(Boolean.class)
			.single()) {
			return;
		}
		ScheduleTestData schedule = new ScheduleTestData(this.jdbc);
		long timetable = schedule.approvedTimetable(this.facts.citySchoolId(), this.today);
		int weekday = this.today.getDayOfWeek().getValue();
		schedule.liveLesson(timetable, this.facts.studentClassId(), "Browser astronomy", this.facts.teacherPersonId(),
				weekday, "09:00");
		// another class of the school, of no child of the demo family
		long otherClass = this.facts.teacherClassIds()
			.stream()
			.filter((group) -> !this.facts.parentChildClassIds().contains(group))
			.findFirst()
			.orElseThrow();
		schedule.liveLesson(timetable, otherClass, "Browser reading", this.facts.teacherPersonId(), weekday, "09:00");
		schedule.lesson(timetable, this.facts.parentChildClassIds().get(1), "Browser algebra",
				this.facts.teacherPersonId(), weekday, "10:00", 30, "SELF_STUDY", null, null);
	}

	@Test
	@DisplayName("A1-27a the demo student opens my day from the navigation and sees today's lessons with their links")
	void studentSeesTheirDay() {
		signIn("student");
		browser.findElement(By.linkText("My day")).click();
		waitForTitle("My day");
		assertThat(text("section.agenda[data-kind=OWN]")).contains("Browser astronomy", "09:00–09:30", "Live online",
				"Almaty time");
		assertThat(browser.findElement(By.linkText("Join")).getAttribute("href"))
			.isEqualTo("https://meet.example.kz/browser-astronomy");
		assertThat(text("main")).doesNotContain("Browser reading");
		browser.findElement(By.id("next")).click();
		assertThat(browser.getCurrentUrl()).contains("date=" + this.today.plusDays(1));
		browser.findElement(By.id("switch")).click();
		waitForTitle("My week");
		assertThat(browser.findElements(By.cssSelector("section.agenda h3"))).hasSize(7);
	}

	@Test
	@DisplayName("A1-28b the demo parent sees each child's day")
	void parentSeesBothChildren() {
		signIn("parent");
		visit("/schedule/my/day?lang=en");
		waitForTitle("My day");
		assertThat(browser.findElements(By.cssSelector("section.agenda[data-kind=CHILD]")))
			.hasSize(this.facts.parentChildIds().size());
		// the first child is the demo student (8А), the second is in 3А
		String first = text("section.agenda[data-id='" + this.facts.parentChildIds().get(0) + "']");
		String second = text("section.agenda[data-id='" + this.facts.parentChildIds().get(1) + "']");
		assertThat(first).contains(name(this.facts.parentChildIds().get(0)), "Browser astronomy")
			.doesNotContain("Browser algebra", "Browser reading");
		assertThat(second).contains(name(this.facts.parentChildIds().get(1)), "Browser algebra", "Self-study");
	}

	private String name(long personId) {
		return this.jdbc.sql("select last_name || ' ' || first_name from person where id = ?")
			.param(personId)
			.query(String.class)
			.single();
	}

	private void signIn(String account) {
		Browser.signIn(browser, this.port, account);
		visit("/?lang=en");
	}

	private void visit(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	private void waitForTitle(String title) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.titleIs(title));
	}

	private String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText();
	}

}
