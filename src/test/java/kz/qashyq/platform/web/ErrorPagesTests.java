package kz.qashyq.platform.web;

import java.net.http.HttpResponse;
import java.util.List;

import kz.qashyq.access.AccountManagement;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.support.DirectoryTestData;
import kz.qashyq.support.HttpSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Translated 403, 404 and 500 pages from the real servlet container, never a stack trace.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.servlet.multipart.max-request-size=1MB", "spring.servlet.multipart.max-file-size=1MB" })
@Import(ErrorPagesTests.Failing.class)
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	HttpSession session;

	long otherSchool;

	@BeforeEach
	void signInAsATeacherOfOneClass() {
		DirectoryTestData data = new DirectoryTestData(this.jdbc);
		long school = data.organization(data.settlement(9, "Error pages " + System.nanoTime()), "SECONDARY_SCHOOL",
				"S");
		long group = data.schoolClass(school, 4, "A");
		this.otherSchool = data.organization(data.settlement(9, "Other " + System.nanoTime()), "SECONDARY_SCHOOL", "O");
		String username = "errors" + System.nanoTime();
		this.accounts.createAccount(username, null, "Error Tester", this.accounts.hash("Secret-123"), false,
				List.of(new Grant(Role.TEACHER, ScopeRef.group(group))));
		this.session = new HttpSession(this.port);
		assertThat(this.session.signIn(username, "Secret-123")).doesNotContain("error");
	}

	@Test
	void shouldShowATranslatedForbiddenPage() {
		HttpResponse<String> response = this.session.get("/directory/organizations/" + this.otherSchool + "?lang=kk");
		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("<html lang=\"kk\"", "Рұқсат жоқ");
	}

	@Test
	void shouldShowATranslatedNotFoundPage() {
		HttpResponse<String> response = this.session.get("/directory/groups/987654321?lang=ru");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("<html lang=\"ru\"", "Страница не найдена");
		assertThat(this.session.get("/no/such/page?lang=en").body()).contains("Page not found");
	}

	@Test
	void shouldShowATranslatedErrorPageWithoutAStackTrace() {
		HttpResponse<String> response = this.session.get("/test/failure?lang=en");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("<html lang=\"en\"", "Something went wrong")
			.doesNotContain("secret detail", "IllegalStateException", "at kz.");
	}

	@Test
	void shouldRefuseAnOversizedUploadWithATranslatedPageBeforeReadingIt() {
		HttpResponse<String> response = this.session
			.postFile("/directory/organizations/" + this.otherSchool + "/roster", "ru", 2 * 1024 * 1024);
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("<html lang=\"ru\"", "Файл слишком большой").doesNotContain("Tomcat");
	}

	/**
	 * A page that fails, to see what a user is shown then.
	 */
	@TestConfiguration
	@RestController
	static class Failing {

		@GetMapping("/test/failure")
		String fail() {
			throw new IllegalStateException("secret detail");
		}

	}

}
