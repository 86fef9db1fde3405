package kz.qashyq.access;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import kz.qashyq.support.HttpSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sessions live in the database (Spring Session JDBC) so that nodes are interchangeable;
 * these tests hold what the 08:30 peak needs of them: several requests in flight for one
 * signed-in user never fail, an anonymous visitor stores nothing, and a signed-in request
 * does not rewrite its session row every time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionStorageTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("Concurrent requests of one signed-in session all succeed (no duplicate session attributes)")
	void shouldAnswerConcurrentRequestsOfOneSession() throws Exception {
		HttpSession parent = new HttpSession(this.port);
		assertThat(parent.signIn("parent", "demo")).doesNotContain("error");
		List<String> paths = List.of("/schedule/my/day", "/", "/coursework/my/tasks", "/schedule/my/week?lang=ru",
				"/schedule/my/day?lang=kk", "/schedule/my/day?lang=en");
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			List<Callable<Integer>> calls = new ArrayList<>();
			for (int i = 0; i < 96; i++) {
				String path = paths.get(i % paths.size());
				calls.add(() -> parent.get(path).statusCode());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> result : pool.invokeAll(calls)) {
				statuses.add(result.get());
			}
			assertThat(statuses).hasSize(96).containsOnly(200);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	@DisplayName("An anonymous visitor writes no session: the login page, redirects to it and a failed sign-in store nothing")
	void shouldStoreNothingForAnonymousVisitors() {
		long before = sessions();
		HttpSession anonymous = new HttpSession(this.port);
		for (int i = 0; i < 5; i++) {
			HttpResponse<String> login = anonymous.get("/login?lang=ru");
			assertThat(login.statusCode()).isEqualTo(200);
			assertThat(login.body()).contains("name=\"_csrf\"");
			assertThat(login.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("SESSION="));
		}
		HttpResponse<String> journal = anonymous.get("/journal");
		assertThat(journal.statusCode()).isEqualTo(302);
		assertThat(journal.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).endsWith("/login"));
		assertThat(journal.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("SESSION="));
		assertThat(anonymous.signIn("parent", "wrong-password")).contains("/login?error");
		assertThat(sessions()).isEqualTo(before);
	}

	@Test
	@DisplayName("After signing in, the visitor lands on the page asked for before (kept in a cookie, not a session)")
	void shouldReturnToTheRequestedPageAfterSigningIn() {
		HttpSession visitor = new HttpSession(this.port);
		assertThat(visitor.get("/coursework/my/tasks").statusCode()).isEqualTo(302);
		assertThat(visitor.signIn("student", "demo")).contains("/coursework/my/tasks");
		assertThat(visitor.get("/coursework/my/tasks").statusCode()).isEqualTo(200);
	}

	@Test
	@DisplayName("A signed-in request rewrites its session row at most once a minute, not on every request")
	void shouldNotRewriteTheSessionOnEveryRequest() {
		HttpSession student = new HttpSession(this.port);
		assertThat(student.signIn("student", "demo")).doesNotContain("error");
		assertThat(student.get("/schedule/my/day").statusCode()).isEqualTo(200);
		Timestamp first = lastAccess("student");
		for (int i = 0; i < 5; i++) {
			assertThat(student.get("/schedule/my/day").statusCode()).isEqualTo(200);
		}
		assertThat(lastAccess("student")).isEqualTo(first);
	}

	private long sessions() {
		return this.jdbc.sql("select count(*) from spring_session").query(Long.class).single();
	}

	private Timestamp lastAccess(String principal) {
		return this.jdbc
			.sql("select to_timestamp(max(last_access_time) / 1000.0) from spring_session where principal_name = ?")
			.param(principal)
			.query(Timestamp.class)
			.single();
	}

}
