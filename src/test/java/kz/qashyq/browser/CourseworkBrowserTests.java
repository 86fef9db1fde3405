package kz.qashyq.browser;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;

import kz.qashyq.demo.DemoData;
import kz.qashyq.demo.DemoFacts;
import kz.qashyq.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coursework flow in a real headless Chromium, with the demo accounts as a new user
 * would try them: the demo mathematics teacher issues an assignment with a rubric to her
 * class, the demo student of that class uploads two photos of notebook pages, the teacher
 * grades by the rubric, and the student's mother (the demo parent) sees the mark.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CourseworkBrowserTests {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

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
	@DisplayName("A1-25j, A1-27f, A1-24k, A1-28c the teacher issues work with a rubric (its total the criteria's sum), the learner uploads photos, the teacher grades, the journal shows the mark, the parent sees it")
	void teacherIssuesLearnerSubmitsTeacherGradesParentSees() throws IOException {
		DemoFacts facts = this.demo.facts();
		// the demo's story: the student is in the teacher's class, the parent is the
		// student's mother
		long child = facts.studentId();
		long group = facts.studentClassId();
		assertThat(facts.teacherClassIds()).contains(group);
		assertThat(facts.parentChildIds()).contains(child);
		String subject = this.jdbc.sql("select subject from teaching_assignment where person_id = ? and group_id = ?")
			.params(facts.teacherPersonId(), group)
			.query(String.class)
			.list()
			.get(0);
		ZoneId zone = ZoneId.of(this.jdbc.sql("select time_zone from organization where id = ?")
			.param(facts.citySchoolId())
			.query(String.class)
			.single());
		String title = "Browser fractions " + System.nanoTime();

		Browser.signIn(browser, this.port, "teacher");
		browser.findElement(By.linkText("Assignments")).click();
		browser.findElement(By.cssSelector("#teaching a[href*='/groups/" + group + "/']")).click();
		waitFor(By.id("assignment-form"));
		browser.findElement(By.name("title")).sendKeys(title);
		browser.findElement(By.name("instructions")).sendKeys("Solve problems 1 to 5 in the notebook.");
		setValue("deadline",
				LocalDateTime.now(zone).plusDays(2).withHour(18).withMinute(0).withSecond(0).withNano(0).toString());
		browser.findElement(By.name("summative")).click();
		browser.findElement(By.name("c1.title")).sendKeys("Correct answers");
		browser.findElement(By.name("c1.max")).sendKeys("6");
		browser.findElement(By.name("c1.d1.text")).sendKeys("Half correct");
		browser.findElement(By.name("c1.d1.points")).sendKeys("3");
		browser.findElement(By.name("c1.d2.text")).sendKeys("All correct");
		browser.findElement(By.name("c1.d2.points")).sendKeys("6");
		browser.findElement(By.name("c2.title")).sendKeys("Neat work");
		browser.findElement(By.name("c2.max")).sendKeys("4");
		browser.findElement(By.name("c2.d1.text")).sendKeys("Neat");
		browser.findElement(By.name("c2.d1.points")).sendKeys("4");
		// the total is the sum of the criteria, shown as the teacher types
		assertThat(text("#rubric-total output")).isEqualTo("10");
		browser.findElement(By.cssSelector("#assignment-form button[type=submit]")).click();
		waitFor(By.id("statuses"));
		assertThat(text("main")).contains("The assignment is issued.", title, subject, "Correct answers (6)");
		long assignment = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/assignments/(\\d+).*", "$1"));

		Path folder = Files.createTempDirectory("coursework-photos");
		Path page1 = Files.write(folder.resolve("page1.png"), png());
		Path page2 = Files.write(folder.resolve("page2.png"), png());
		Browser.signIn(browser, this.port, "student");
		browser.findElement(By.linkText("Tasks")).click();
		browser.findElement(By.linkText(title)).click();
		waitFor(By.id("submit-form"));
		browser.findElement(By.name("files")).sendKeys(page1 + "\n" + page2);
		browser.findElement(By.name("honesty")).click();
		browser.findElement(By.cssSelector("#submit-form button[type=submit]")).click();
		waitFor(By.id("receipt"));
		assertThat(text("#receipt")).contains("Receipt CW-", "page1.png", "page2.png", "SHA-256");

		Browser.signIn(browser, this.port, "teacher");
		browser.findElement(By.linkText("To check")).click();
		WebElement row = browser.findElements(By.cssSelector("#inbox tbody tr"))
			.stream()
			.filter((r) -> r.getText().contains(title))
			.findFirst()
			.orElseThrow();
		row.findElement(By.tagName("a")).click();
		waitFor(By.id("grade-form"));
		List<WebElement> radios = browser.findElements(By.cssSelector("#grade-form input[type=radio]"));
		radios.get(1).click();
		radios.get(2).click();
		browser.findElement(By.name("feedback")).sendKeys("Well done, neat work.");
		browser.findElement(By.cssSelector("#grade-form button[type=submit]")).click();
		waitFor(By.cssSelector("p.ok"));
		assertThat(text("main")).contains("The grade is saved.", "10/10", "Well done, neat work.");

		Browser.signIn(browser, this.port, "parent");
		browser.findElement(By.linkText("Tasks")).click();
		WebElement task = browser.findElement(
				By.cssSelector("section[data-learner='" + child + "'] tr[data-assignment='" + assignment + "']"));
		assertThat(task.findElement(By.cssSelector(".status")).getText()).isEqualTo("Graded");
		assertThat(task.findElement(By.cssSelector(".mark")).getText()).isEqualTo("5");
		assertThat(task.findElement(By.cssSelector(".feedback")).getText()).isEqualTo("Well done, neat work.");

		// A1-24k: the grade reaches the journal (through WorkGraded, asynchronously) on
		// the day it is given, inside the journal's default range (the deadline is two
		// days ahead), for the teacher and for the parent
		LocalDate today = LocalDate.now(zone);
		Browser.signIn(browser, this.port, "teacher");
		browser.findElement(By.linkText("Journal")).click();
		browser.get("http://localhost:" + this.port + "/journal/groups/" + group + "?subject="
				+ URLEncoder.encode(subject, StandardCharsets.UTF_8));
		By posted = By.cssSelector(".mark[title*='" + title + "']");
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while (browser.findElements(posted).isEmpty() && System.nanoTime() < deadline) {
			browser.navigate().refresh();
		}
		assertThat(browser.findElement(posted).getText()).isEqualTo("5");

		Browser.signIn(browser, this.port, "parent");
		browser.findElement(By.linkText("Journal")).click();
		browser.findElement(By.cssSelector("#children a[href$='/journal/learners/" + child + "']")).click();
		waitFor(By.cssSelector(".card"));
		WebElement mark = browser.findElements(By.cssSelector(".card li"))
			.stream()
			.filter((li) -> li.getText().contains(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError(browser.getCurrentUrl() + "\n" + text("main")));
		assertThat(mark.getText()).contains(today.toString(), "5", "Well done, neat work.");
		browser.findElement(By.linkText("Tasks and deadlines")).click();
		waitFor(By.cssSelector("tr[data-assignment='" + assignment + "']"));
		assertThat(text("tr[data-assignment='" + assignment + "'] .mark")).isEqualTo("5");
	}

	private static byte[] png() {
		return Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
	}

	private static void setValue(String name, String value) {
		browser.executeScript("arguments[0].value = arguments[1];", browser.findElement(By.name(name)), value);
	}

	private static void waitFor(By by) {
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(by));
	}

	private static String text(String css) {
		return browser.findElement(By.cssSelector(css)).getText();
	}

}
