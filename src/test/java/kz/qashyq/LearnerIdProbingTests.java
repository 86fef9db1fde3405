package kz.qashyq;

import java.net.http.HttpResponse;
import java.util.List;

import kz.qashyq.demo.DemoData;
import kz.qashyq.demo.DemoFacts;
import kz.qashyq.support.HttpSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint that takes a learner id answers a learner outside the reader's scope
 * exactly like a learner that does not exist (404, the same page or JSON), so that
 * probing ids tells nobody which learners exist (ADR 0004). Over real HTTP, with the
 * servlet container's error pages, as the demo accounts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LearnerIdProbingTests {

	/** Pages that take a learner id. */
	private static final List<String> PAGES = List.of("/directory/learners/%d", "/journal/learners/%d",
			"/coursework/learners/%d", "/content/learners/%d/schedule");

	/** JSON that takes a learner id. */
	private static final List<String> JSON = List.of("/api/v1/learners/%d", "/api/v1/journal/learners/%d",
			"/api/v1/learners/%d/tasks", "/api/v1/learners/%d/thematic-schedule", "/api/v1/children/%d/day",
			"/api/v1/children/%d/week");

	/** Forms that change a learner's data. */
	private static final List<String> FORMS = List.of("/directory/learners/%d/social-flags",
			"/directory/learners/%d/postal-address", "/journal/preschool/learners/%d/choice");

	private static final long MISSING = 987_654_321L;

	@LocalServerPort
	int port;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("A learner of another organization and a learner id that does not exist get the same 404")
	void shouldAnswerALearnerOutOfScopeLikeOneThatDoesNotExist() {
		DemoFacts facts = this.demo.facts();
		long foreign = this.jdbc.sql("select min(person_id) from learner where organization_id = ?")
			.param(facts.universityId())
			.query(Long.class)
			.single();
		assertThat(
				this.jdbc.sql("select count(*) from person where id = ?").param(MISSING).query(Integer.class).single())
			.isZero();
		for (String account : List.of("parent", "student", "teacher", "head")) {
			HttpSession session = new HttpSession(this.port);
			assertThat(session.signIn(account, "demo")).as(account).doesNotContain("error");
			for (String page : PAGES) {
				assertSameNotFound(account, page, foreign, session.get(page.formatted(foreign) + "?lang=en"),
						session.get(page.formatted(MISSING) + "?lang=en"));
			}
			for (String json : JSON) {
				assertSameNotFound(account, json, foreign, session.getJson(json.formatted(foreign)),
						session.getJson(json.formatted(MISSING)));
			}
			for (String form : FORMS) {
				assertSameNotFound(account, form, foreign, session.postForm(form.formatted(foreign), "/", "lang=en"),
						session.postForm(form.formatted(MISSING), "/", "lang=en"));
			}
		}
		HttpSession parent = new HttpSession(this.port);
		parent.signIn("parent", "demo");
		long child = facts.parentChildIds().get(0);
		assertThat(parent.get("/journal/learners/" + child).statusCode()).isEqualTo(200);
		assertThat(parent.getJson("/api/v1/learners/" + child + "/tasks").statusCode()).isEqualTo(200);
	}

	private static void assertSameNotFound(String account, String endpoint, long foreign,
			HttpResponse<String> outOfScope, HttpResponse<String> missing) {
		assertThat(outOfScope.statusCode()).as("%s as %s, a learner out of scope", endpoint, account).isEqualTo(404);
		assertThat(missing.statusCode()).as("%s as %s, no such learner", endpoint, account).isEqualTo(404);
		assertThat(shape(outOfScope.body(), foreign)).as("%s as %s", endpoint, account)
			.isEqualTo(shape(missing.body(), MISSING));
	}

	/**
	 * The body without what differs between any two responses: the id, the time, tokens.
	 */
	private static String shape(String body, long id) {
		return body.replace(String.valueOf(id), "ID")
			.replaceAll("\"timestamp\":\"[^\"]+\"", "")
			.replaceAll("name=\"_csrf\"[^>]*value=\"[^\"]+\"", "")
			.replaceAll("X-XSRF-TOKEN&quot;: &quot;[^&]+&quot;", "");
	}

}
