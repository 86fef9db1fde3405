package kz.qashyq.guidance;

import java.time.Duration;

import kz.qashyq.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * The learner's guide in a real headless Chromium at phone width: reached from the menu,
 * a step marked done with its button.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GuidanceBrowserTests {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

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
	@DisplayName("O-3.1d the student opens Guide from the menu on a phone and marks a step done")
	void studentMarksAStepOnAPhone() {
		this.jdbc.sql("delete from guide_progress where account_id = (select id from account where username = ?)")
			.param("student")
			.update();
		browser.manage().window().setSize(new Dimension(390, 844));
		Browser.signIn(browser, this.port, "student");
		// on a phone the menu is folded: open it first
		browser.findElement(By.cssSelector("nav.main details.menu summary")).click();
		browser.findElement(By.cssSelector("nav.main a[href='/guide']")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/guide"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Guide for learners");
		WebElement step = browser.findElement(By.id("step-tasks"));
		assertThat(step.findElement(By.cssSelector("a.step-link")).getAttribute("href"))
			.endsWith("/coursework/my/tasks");
		step.findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#step-tasks .saved")));
		assertThat(browser.findElement(By.id("step-tasks")).getText()).contains("Done", "Saved");
		assertThat(browser.findElement(By.id("progress")).getText()).contains("1 of 6 steps done");
		Number overflow = (Number) browser
			.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
		assertThat(overflow.intValue()).as("no sideways scrolling at 390 px").isLessThanOrEqualTo(0);
	}

}
