package kz.qashyq.schedule.timetable;

import java.time.Duration;

import kz.qashyq.demo.DemoData;
import kz.qashyq.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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
 * The deputy's timetable flow in a real headless Chromium.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "qashyq.timetable.solver.seconds=6", "qashyq.timetable.solver.unimproved-seconds=2" })
class TimetableBrowserTests {

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
	@DisplayName("O-1.10d A1-23c the deputy generates a timetable, watches the progress and inspects a class of the draft; only the head approves it")
	void deputyGeneratesAndInspectsTheHeadApproves() {
		signIn("deputy");
		visit("/timetables?lang=en");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Timetables");
		browser.findElement(By.cssSelector("form[action*='/timetables/generate'] button")).click();
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
		wait.until(ExpectedConditions.urlContains("/timetables/jobs/"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Timetable generation");
		assertThat(browser.findElement(By.id("job-status")).getText()).isIn("Waiting", "Running", "Finished");
		// htmx polls the progress until the draft is ready
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("open-draft")));
		assertThat(browser.findElement(By.id("job-status")).getText()).isEqualTo("Finished");
		assertThat(browser.findElement(By.id("job-score")).getText()).startsWith("conflicts: 0,");
		browser.findElement(By.id("open-draft")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timetable-status")));
		assertThat(browser.findElement(By.id("timetable-status")).getText()).isEqualTo("Draft");

		new Select(browser.findElement(By.cssSelector("form.inline select[name=group]"))).selectByVisibleText("7А");
		browser.findElement(By.id("show-class")).click();
		wait.until(ExpectedConditions.textToBe(By.id("class-name"), "7А"));
		String lessons = browser.findElement(By.id("class-lessons")).getText();
		assertThat(lessons).contains("Monday", "Friday", "08:30", "Live online");
		assertThat(browser.findElements(By.cssSelector("#class-lessons tbody tr"))).hasSizeGreaterThan(10);

		// A1-23c: the deputy is offered no approval
		assertThat(browser.findElements(By.id("approve"))).isEmpty();
		String draft = browser.getCurrentUrl();

		signIn("head");
		browser.get(draft);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("approve")));
		browser.findElement(By.id("approve")).click();
		wait.until(ExpectedConditions.textToBe(By.id("timetable-status"), "Approved"));
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("approved");
		long approved = this.jdbc
			.sql("""
					select count(*) from timetable where organization_id = ? and status = 'APPROVED' and created_by like 'deputy%'
					and approved_by like 'head%'""")
			.param(this.demo.facts().citySchoolId())
			.query(Long.class)
			.single();
		assertThat(approved).isOne();
	}

	private void signIn(String account) {
		Browser.signIn(browser, this.port, account);
	}

	private void visit(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

}
