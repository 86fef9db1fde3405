package kz.qashyq;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.qashyq.demo.DemoData;
import kz.qashyq.demo.DemoFacts;
import kz.qashyq.support.HttpSession;
import kz.qashyq.support.StatementCounting;
import kz.qashyq.support.StatementCounting.StatementCounter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages and actions people use at 08:30, each served by a fixed number of SQL
 * statements whatever the size of the class or the country: every statement of the
 * request is counted (session, security, the page, the session save), over real HTTP on
 * the demo data. A budget that grows with the data (one query per learner, per lesson)
 * fails here long before it fails under load.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(StatementCounting.class)
class MorningPeakQueryBudgetTests {

	private static final Pattern TASK = Pattern.compile("/coursework/tasks/(\\d+)");

	private static final Pattern DESCRIPTOR = Pattern
		.compile("type=\"radio\" name=\"(s\\d+\\.descriptor)\" value=\"(\\d+)\"");

	private static final Pattern SUBMISSION = Pattern.compile("/coursework/submissions/(\\d+)");

	private static final Pattern TAUGHT = Pattern.compile("/journal/groups/(\\d+)\\?subject=([^&\"]+)\"");

	private static final Pattern CELL = Pattern.compile(
			"/journal/groups/(\\d+)/cell\\?subject=([^&\"]+)&amp;date=([0-9-]+)&amp;start=([0-9:%A]+)&amp;learner=(\\d+)");

	@LocalServerPort
	int port;

	@Autowired
	StatementCounter statements;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	DemoFacts facts;

	@BeforeEach
	void findTheDemo() {
		this.facts = this.demo.facts();
	}

	@Test
	@DisplayName("Signing in: the login page reads nothing, the sign-in itself a few statements")
	void signIn() {
		HttpSession visitor = new HttpSession(this.port);
		assertThat(visitor.get("/login").statusCode()).isEqualTo(200);
		assertThat(this.statements.ofRequest("GET /login")).isZero();
		assertThat(visitor.signIn("student", "demo")).doesNotContain("error");
		assertThat(this.statements.ofRequest("POST /login")).isLessThanOrEqualTo(10);
	}

	@Test
	@DisplayName("Student: home, My day, tasks, a task page")
	void student() {
		HttpSession student = signedIn("student");
		// the home page carries the day: today's lessons (My day) and the work card
		// (Tasks)
		assertThat(budget(student, "/", "<main")).isLessThanOrEqualTo(19);
		assertThat(budget(student, "/schedule/my/day", "<main")).isLessThanOrEqualTo(9);
		String tasks = student.get("/coursework/my/tasks").body();
		assertThat(budget(student, "/coursework/my/tasks", "<main")).isLessThanOrEqualTo(5);
		Matcher task = TASK.matcher(tasks);
		assertThat(task.find()).as("a task on %s", tasks).isTrue();
		assertThat(budget(student, "/coursework/tasks/" + task.group(1), "<main")).isLessThanOrEqualTo(13);
	}

	@Test
	@DisplayName("Parent: home and My day of four children, a child's journal")
	void parent() {
		HttpSession parent = signedIn("parent");
		// a parent's pages grow with the number of children (a few statements each),
		// never
		// with the size of their classes; the demo mother has four
		int children = this.facts.parentChildIds().size();
		assertThat(children).isEqualTo(4);
		assertThat(budget(parent, "/", "<main")).isLessThanOrEqualTo(13 + 6 * children);
		assertThat(budget(parent, "/schedule/my/day", "<main")).isLessThanOrEqualTo(7 + 3 * children);
		assertThat(budget(parent, "/journal/learners/" + this.facts.parentChildIds().get(0), "<main"))
			.isLessThanOrEqualTo(7);
	}

	@Test
	@DisplayName("Teacher: home, the class journal, one attendance mark, all present, the inbox, a submission, grading it")
	void teacher() {
		HttpSession teacher = signedIn("teacher");
		assertThat(budget(teacher, "/", "<main")).isLessThanOrEqualTo(23);
		Matcher taught = TAUGHT.matcher(teacher.get("/journal").body());
		assertThat(taught.find()).as("a class and subject the teacher keeps the journal of").isTrue();
		long group = Long.parseLong(taught.group(1));
		String grid = teacher.get("/journal/groups/" + group + "?subject=" + taught.group(2)).body();
		Matcher cell = CELL.matcher(grid);
		assertThat(cell.find()).as("an editable past lesson cell on the grid").isTrue();
		String subject = cell.group(2);
		String gridPath = "/journal/groups/" + group + "?subject=" + subject;
		assertThat(budget(teacher, gridPath, "<main")).isLessThanOrEqualTo(14);

		String lesson = "subject=" + subject + "&date=" + cell.group(3) + "&start=" + cell.group(4).replace("%3A", ":");
		HttpResponse<String> mark = teacher.postForm("/journal/groups/" + group + "/attendance", gridPath,
				lesson + "&learner=" + cell.group(5) + "&status=LATE&participation=ONLINE", "HX-Request", "true");
		assertThat(mark.statusCode()).isEqualTo(200);
		assertThat(mark.body()).contains("att LATE");
		int attendance = this.statements.ofRequest("POST /journal/groups/" + group + "/attendance");
		assertThat(attendance).isLessThanOrEqualTo(13);

		// the demo marked the lesson already: leave only the mark just made, so that all
		// present has the rest of the class to mark
		this.jdbc.sql("""
				delete from lesson_attendance a using journal_lesson j where j.id = a.lesson_id and j.group_id = ?
				and j.lesson_date = ?::date and j.start_time = ?::time and a.learner_id <> ?""")
			.params(group, cell.group(3), cell.group(4).replace("%3A", ":"), Long.parseLong(cell.group(5)))
			.update();
		long markedBefore = markedAt(group, cell.group(3), cell.group(4).replace("%3A", ":"));
		HttpResponse<String> allPresent = teacher.postForm("/journal/groups/" + group + "/all-present", gridPath,
				lesson);
		assertThat(allPresent.statusCode()).isEqualTo(302);
		assertThat(markedAt(group, cell.group(3), cell.group(4).replace("%3A", ":")))
			.as("the class marked in one click")
			.isEqualTo(this.jdbc.sql("select count(*) from learner where group_id = ?")
				.param(group)
				.query(Long.class)
				.single())
			.isGreaterThan(markedBefore + 10);
		assertThat(this.statements.ofRequest("POST /journal/groups/" + group + "/all-present"))
			.as("all present costs the same for 1 or 30 learners")
			.isLessThanOrEqualTo(11);

		String inbox = teacher.get("/coursework/inbox").body();
		assertThat(budget(teacher, "/coursework/inbox", "<main")).isLessThanOrEqualTo(2);
		Matcher submission = SUBMISSION.matcher(inbox);
		assertThat(submission.find()).as("a submission in the inbox").isTrue();
		String submissionPath = "/coursework/submissions/" + submission.group(1);
		assertThat(budget(teacher, submissionPath, "<main")).isLessThanOrEqualTo(20);

		StringBuilder grade = new StringBuilder("feedback=" + encode("Well done"));
		Matcher descriptor = DESCRIPTOR.matcher(teacher.get(submissionPath).body());
		java.util.Set<String> criteria = new java.util.HashSet<>();
		while (descriptor.find()) {
			if (criteria.add(descriptor.group(1))) {
				grade.append('&').append(descriptor.group(1)).append('=').append(descriptor.group(2));
			}
		}
		HttpResponse<String> graded = teacher.postForm(submissionPath + "/grade", submissionPath, grade.toString());
		assertThat(graded.statusCode()).as("graded by the rubric (%s)", grade).isEqualTo(302);
		assertThat(graded.headers().firstValue("Location"))
			.hasValueSatisfying((to) -> assertThat(to).as("back to the graded submission, not the form with problems")
				.endsWith(submissionPath));
		assertThat(this.statements.ofRequest("POST " + submissionPath + "/grade"))
			.as("grade, scores, the journal's event, audit, the submission read before and after")
			.isLessThanOrEqualTo(24);
	}

	@Test
	@DisplayName("Curator and head: their home pages")
	void curatorAndHead() {
		assertThat(budget(signedIn("curator"), "/", "<main")).isLessThanOrEqualTo(22);
		assertThat(budget(signedIn("head"), "/", "<main")).isLessThanOrEqualTo(12);
	}

	private long markedAt(long group, String date, String start) {
		return this.jdbc.sql("""
				select count(*) from lesson_attendance a join journal_lesson j on j.id = a.lesson_id
				where j.group_id = ? and j.lesson_date = ?::date and j.start_time = ?::time""")
			.params(group, date, start)
			.query(Long.class)
			.single();
	}

	private HttpSession signedIn(String username) {
		HttpSession session = new HttpSession(this.port);
		assertThat(session.signIn(username, "demo")).doesNotContain("error");
		return session;
	}

	/** Statements of a second GET of the page (the first warms what is cached). */
	private int budget(HttpSession session, String path, String expected) {
		session.get(path);
		HttpResponse<String> page = session.get(path);
		assertThat(page.statusCode()).as(path).isEqualTo(200);
		assertThat(page.body()).as(path).contains(expected);
		int count = this.statements.ofRequest("GET " + path);
		System.out.println("budget GET " + path + " = " + count);
		return count;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
