package kz.qashyq.browser;

import java.time.Duration;
import java.util.List;

import kz.qashyq.demo.DemoData;
import kz.qashyq.demo.DemoFacts;
import kz.qashyq.support.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
 * Each demo account signs in through a real headless Chromium and sees its home page with
 * the right data; scope, read-only and language rules hold in the browser too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoAccountsBrowserTests {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

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
	void loadFacts() {
		this.facts = this.demo.facts();
	}

	@Test
	@DisplayName("O-1.4b the ministry sees the tree of all regions and cities with counts")
	void ministrySeesTheWholeTree() {
		signIn("ministry");
		List<WebElement> rows = browser.findElements(By.cssSelector("#tree tbody tr"));
		assertThat(rows).hasSize(20);
		assertThat(text("#tree")).contains("Karaganda Region", "Astana city");
		assertThat(rowOf("#tree", "Karaganda Region")).contains(String.valueOf(count(
				"select count(*) from learner l join organization_scope s on s.organization_id = l.organization_id where s.region_id = 9")));
	}

	@Test
	@DisplayName("O-2.9a the observer sees its region read-only and has no form to submit")
	void observerSeesItsRegionAndCannotSubmit() {
		signIn("observer");
		assertThat(browser.findElements(By.cssSelector("#tree tbody tr"))).hasSize(1);
		assertThat(text("#tree")).contains("Karaganda Region");
		browser.findElement(By.linkText("Karaganda Region")).click();
		assertThat(text("main")).contains(name("district", this.facts.ruralDistrictId()));
		assertThat(formsOtherThanSignOut()).isZero();
		visit("/directory/organizations/" + this.facts.citySchoolId());
		assertThat(formsOtherThanSignOut()).isZero();
		// a form made by hand in the page is still refused by the server
		String token = browser.findElement(By.tagName("body"))
			.getAttribute("hx-headers")
			.replaceAll(".*: \"(.*)\".*", "$1");
		browser.executeScript("""
				const f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];
				const t = document.createElement('input'); t.name = '_csrf'; t.value = arguments[1]; f.appendChild(t);
				const k = document.createElement('input'); k.name = 'flag'; k.value = 'LOW_INCOME'; f.appendChild(k);
				document.body.appendChild(f); f.submit();""",
				"/directory/learners/" + this.facts.studentId() + "/social-flags", token);
		waitForTitle("Access denied");
	}

	@Test
	@DisplayName("O-1.4b the regional department sees its region")
	void regionSeesItsRegion() {
		signIn("region");
		assertThat(browser.findElements(By.cssSelector("#tree tbody tr"))).hasSize(1);
		browser.findElement(By.linkText("Karaganda Region")).click();
		browser.findElement(By.linkText(name("district", this.facts.cityDistrictId()))).click();
		assertThat(text("main")).contains(name("organization", this.facts.citySchoolId()));
	}

	@Test
	@DisplayName("O-1.4b the head and the deputy see their school's classes, staff and learners")
	void headAndDeputySeeTheirSchool() {
		for (String account : List.of("head", "deputy")) {
			signIn(account);
			assertThat(text("main")).contains(name("organization", this.facts.citySchoolId()));
			assertThat(browser.findElements(By.cssSelector("section.org table.groups tbody tr"))).hasSize(
					count("select count(*) from study_group where organization_id = " + this.facts.citySchoolId()));
			assertThat(text("section.org")).contains(String
				.valueOf(count("select count(*) from learner where organization_id = " + this.facts.citySchoolId())));
			assertThat(text("main")).doesNotContain(name("organization", this.facts.collegeId()));
		}
	}

	@Test
	@DisplayName("O-1.4b the teacher sees their classes and learners and is refused another school's class")
	void teacherSeesTheirClassesOnly() {
		signIn("teacher");
		for (long classId : this.facts.teacherClassIds()) {
			assertThat(text("main")).contains(groupName(classId));
		}
		browser.findElement(By.linkText(groupName(this.facts.teacherClassIds().get(0)))).click();
		assertThat(browser.findElements(By.cssSelector("section.group tbody tr")))
			.hasSize(count("select count(*) from learner where group_id = " + this.facts.teacherClassIds().get(0)));
		visit("/directory/groups/" + this.facts.ruralClassId());
		waitForTitle("Access denied");
		assertThat(text("main")).doesNotContain(name("organization", this.facts.ruralSchoolId()));
	}

	@Test
	@DisplayName("A1-26a, A1-28a the curator sees their group with the parents' contacts")
	void curatorSeesTheGroupWithParents() {
		signIn("curator");
		assertThat(text("section.supervised h2")).contains(groupName(this.facts.curatorGroupId()));
		String phone = this.jdbc
			.sql("""
					select p.phone from learner l join parent_link pl on pl.learner_id = l.person_id and pl.primary_contact
					join person p on p.id = pl.parent_id where l.group_id = ? and p.phone is not null order by l.person_id limit 1""")
			.param(this.facts.curatorGroupId())
			.query(String.class)
			.single();
		assertThat(text("section.supervised")).contains(phone);
	}

	@Test
	@DisplayName("O-1.4b the student sees their class and teachers")
	void studentSeesTheirClass() {
		signIn("student");
		assertThat(text("#student")).contains(groupName(this.facts.studentClassId()),
				name("organization", this.facts.citySchoolId()));
		assertThat(browser.findElements(By.cssSelector("#student table tr"))).isNotEmpty();
		visit("/directory/groups/" + this.facts.studentClassId());
		waitForTitle("Access denied");
	}

	@Test
	@DisplayName("A1-28a the parent sees all four children, in their classes of three organizations")
	void parentSeesTheirChildren() {
		signIn("parent");
		assertThat(browser.findElements(By.cssSelector("#children .card"))).hasSize(this.facts.parentChildIds().size())
			.hasSize(4);
		for (long classId : this.facts.parentChildClassIds()) {
			assertThat(text("#children")).contains(groupName(classId));
		}
		browser.findElement(By.cssSelector("#children a[href$='/learners/" + this.facts.parentChildIds().get(0) + "']"))
			.click();
		assertThat(text("main"))
			.contains(this.jdbc.sql("select iin from person where id = ?")
				.param(this.facts.parentChildIds().get(0))
				.query(String.class)
				.single())
			.doesNotContain("Social flags");
	}

	@Test
	@DisplayName("O-1.4b the college head sees the college")
	void collegeHeadSeesTheCollege() {
		signIn("college-head");
		assertThat(text("main")).contains(name("organization", this.facts.collegeId()))
			.doesNotContain(name("organization", this.facts.citySchoolId()));
	}

	@Test
	void switchingLanguageChangesThePage() {
		signIn("teacher");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		browser.findElement(By.cssSelector("a[hreflang=kk]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "kk"));
		assertThat(text("h1")).contains("Қош келдіңіз");
		browser.findElement(By.cssSelector("a[hreflang=ru]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "ru"));
		assertThat(text("h1")).contains("Добро пожаловать");
		visit("/");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).as("the choice is remembered")
			.isEqualTo("ru");
	}

	private void signIn(String account) {
		Browser.signIn(browser, this.port, account);
		visit("/?lang=en"); // the account may remember another language from an earlier
							// test
		assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith("Welcome");
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

	private String rowOf(String table, String name) {
		return browser.findElements(By.cssSelector(table + " tbody tr"))
			.stream()
			.map(WebElement::getText)
			.filter((row) -> row.contains(name))
			.findFirst()
			.orElseThrow();
	}

	private long formsOtherThanSignOut() {
		return browser.findElements(By.tagName("form"))
			.stream()
			.filter((form) -> !form.getAttribute("action").endsWith("/logout"))
			.count();
	}

	private String name(String table, long id) {
		return this.jdbc.sql("select name_en from " + table + " where id = ?").param(id).query(String.class).single();
	}

	private String groupName(long id) {
		return this.jdbc.sql("select name from study_group where id = ?").param(id).query(String.class).single();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

}
