package kz.qashyq.coursework;

import java.time.LocalDateTime;
import java.util.List;

import kz.qashyq.coursework.internal.Assignments;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.support.DirectoryTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The coursework pages: the forms refuse bad input with a translated message and save
 * nothing; a retried form stores once; the receipt downloads as text.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CourseworkWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Assignments assignments;

	@Autowired
	kz.qashyq.coursework.internal.Submissions submissions;

	@Autowired
	kz.qashyq.coursework.internal.Grading grading;

	CourseworkTestData data;

	QashyqUser teacher;

	@BeforeEach
	void createSchool() {
		this.data = new CourseworkTestData(this.jdbc);
		this.teacher = new QashyqUser(this.data.teacher + 2_000_000, "web-teacher-" + this.data.teacher, "Teacher",
				this.data.teacher, null, true, false,
				List.of(new Grant(Role.TEACHER, ScopeRef.group(this.data.group))));
	}

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	private QashyqUser learner(long id) {
		return new QashyqUser(id + 2_000_000, "web-learner-" + id, "Learner", id, null, true, false,
				List.of(new Grant(Role.STUDENT, ScopeRef.learner(id))));
	}

	private MockMultipartHttpServletRequestBuilder assignmentForm(String total) {
		LocalDateTime now = LocalDateTime.now(CourseworkTestData.ZONE);
		return (MockMultipartHttpServletRequestBuilder) multipart("/coursework/groups/{g}/assignments", this.data.group)
			.param("subject", CourseworkTestData.SUBJECT)
			.param("title", "Уравнения")
			.param("workType", "PRACTICAL")
			.param("summative", "true")
			.param("deadline", CourseworkTestData.local(now.plusDays(1)))
			.param("channels", "PLATFORM", "POST")
			.param("c1.title", "Верность")
			.param("c1.max", "5")
			.param("c1.d1.text", "Верно")
			.param("c1.d1.points", "5")
			.param("c2.title", "Оформление")
			.param("c2.max", "3")
			.param("totalPoints", total)
			.param("lang", "en")
			.with(csrf())
			.with(user(this.teacher));
	}

	private int assignmentsOfGroup() {
		return this.jdbc.sql("select count(*) from assignment where group_id = ?")
			.param(this.data.group)
			.query(Integer.class)
			.single();
	}

	@Test
	@DisplayName("A1-25j the form refuses a rubric that does not add up with a translated message, and saves nothing")
	void shouldRefuseARubricThatDoesNotAddUp() throws Exception {
		MvcResult refused = this.mvc
			.perform(assignmentForm("10")
				.file(new MockMultipartFile("materials", "sheet.png", "image/png", CourseworkTestData.png())))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString())
			.contains("The criteria add up to 8 points, not to the total of 10.");
		assertThat(assignmentsOfGroup()).isZero();
		MvcResult created = this.mvc.perform(assignmentForm("8")).andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(302);
		assertThat(created.getResponse().getRedirectedUrl()).startsWith("/coursework/assignments/");
		assertThat(assignmentsOfGroup()).isEqualTo(1);
	}

	@Test
	@DisplayName("A1-27f, A1-27g the learner's form needs the honesty confirmation; a retried form stores once; the receipt downloads")
	void shouldSubmitThroughTheForm() throws Exception {
		DirectoryTestData.signIn(this.data.teacher, new Grant(Role.TEACHER, ScopeRef.group(this.data.group)));
		long id = this.assignments.create(this.data.group, CourseworkTestData.form(true));
		DirectoryTestData.signOut();
		MockMultipartFile photo = new MockMultipartFile("files", "page.png", "image/png", CourseworkTestData.png());
		MvcResult refused = this.mvc
			.perform(multipart("/coursework/tasks/{id}/submissions", id).file(photo)
				.param("lang", "en")
				.with(csrf())
				.with(user(learner(this.data.first))))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains("Confirm that you did the work yourself.");
		java.util.Set<String> redirects = new java.util.HashSet<>();
		for (int attempt = 0; attempt < 2; attempt++) {
			MvcResult stored = this.mvc
				.perform(multipart("/coursework/tasks/{id}/submissions", id).file(photo)
					.param("honesty", "true")
					.param("key", "form-" + id)
					.with(csrf())
					.with(user(learner(this.data.first))))
				.andReturn();
			redirects.add(stored.getResponse().getRedirectedUrl());
		}
		long submission = this.jdbc.sql("select id from submission where assignment_id = ?")
			.param(id)
			.query(Long.class)
			.single();
		// the retry leads to the first receipt; the receipt is in the address, so the
		// page
		// shows it again when it is replayed (by a reload, or by another node)
		assertThat(redirects).containsExactly("/coursework/tasks/" + id + "?receipt=" + submission);
		for (int replay = 0; replay < 2; replay++) {
			assertThat(this.mvc
				.perform(get("/coursework/tasks/{id}", id).param("receipt", String.valueOf(submission))
					.param("lang", "en")
					.with(user(learner(this.data.first))))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("id=\"receipt\"", "Receipt CW-");
		}
		assertThat(this.mvc
			.perform(get("/coursework/tasks/{id}", id).param("receipt", String.valueOf(submission))
				.with(user(learner(this.data.second))))
			.andReturn()
			.getResponse()
			.getStatus()).as("another learner's receipt").isEqualTo(403);
		MvcResult receipt = this.mvc
			.perform(get("/coursework/submissions/{id}/receipt", submission).param("lang", "en")
				.with(user(learner(this.data.first))))
			.andReturn();
		assertThat(receipt.getResponse().getContentAsString()).contains("Receipt CW-", "page.png", "SHA-256");
		MvcResult page = this.mvc
			.perform(get("/coursework/tasks/{id}", id).param("lang", "en").with(user(learner(this.data.first))))
			.andReturn();
		assertThat(page.getResponse().getContentAsString()).contains("Дроби", "Submitted", "page.png");
		MvcResult recorded = this.mvc
			.perform(multipart("/coursework/assignments/{id}/submissions", id)
				.file(new MockMultipartFile("files", "scan.png", "image/png", CourseworkTestData.png()))
				.param("learner", String.valueOf(this.data.second))
				.param("channel", "POST")
				.param("receivedAt", CourseworkTestData.local(LocalDateTime.now(CourseworkTestData.ZONE).minusHours(1)))
				.with(csrf())
				.with(user(this.teacher)))
			.andReturn();
		assertThat(recorded.getResponse().getRedirectedUrl()).startsWith("/coursework/assignments/" + id + "?receipt=");
		// the teacher sees a confirmation naming the learner, and the receipt names them
		// too
		String lastName = this.jdbc.sql("select last_name from person where id = ?")
			.param(this.data.second)
			.query(String.class)
			.single();
		String confirmation = this.mvc
			.perform(get(recorded.getResponse().getRedirectedUrl()).param("lang", "en").with(user(this.teacher)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(confirmation).select("#recorded").text()).startsWith("The work of ")
			.contains(lastName)
			.endsWith("is recorded; the receipt is below.");
		assertThat(org.jsoup.Jsoup.parse(confirmation).select("#receipt .receipt-for").text()).contains(lastName,
				"Дроби");
		assertThat(this.jdbc.sql("select channel from submission where assignment_id = ? and learner_id = ?")
			.params(id, this.data.second)
			.query(String.class)
			.single()).isEqualTo("POST");
		MvcResult inbox = this.mvc.perform(get("/coursework/inbox").param("lang", "en").with(user(this.teacher)))
			.andReturn();
		assertThat(inbox.getResponse().getContentAsString()).contains("Дроби", "Post");
	}

	@Test
	@DisplayName("Formative work reads the same on Tasks and in the learner's journal: its points, and that it has no mark")
	void shouldShowFormativeWorkAlikeOnTasksAndInTheJournal() throws Exception {
		DirectoryTestData.signIn(this.data.teacher, new Grant(Role.TEACHER, ScopeRef.group(this.data.group)));
		long id = this.assignments.create(this.data.group, CourseworkTestData.form(false));
		DirectoryTestData.signIn(this.data.first, new Grant(Role.STUDENT, ScopeRef.learner(this.data.first)));
		long submission = this.submissions
			.submit(id, new kz.qashyq.coursework.internal.Submissions.LearnerSubmission("Ответ", List.of(), true, null))
			.receipt()
			.submissionId();
		DirectoryTestData.signIn(this.data.teacher, new Grant(Role.TEACHER, ScopeRef.group(this.data.group)));
		List<kz.qashyq.coursework.internal.Views.Criterion> criteria = this.assignments.page(id)
			.assignment()
			.criteria();
		this.grading.grade(submission,
				new kz.qashyq.coursework.internal.Grading.GradeForm(java.util.Map.of(criteria.get(0).id(),
						new kz.qashyq.coursework.internal.Rubrics.ScoreInput(null, new java.math.BigDecimal("5")),
						criteria.get(1).id(),
						new kz.qashyq.coursework.internal.Rubrics.ScoreInput(null, new java.math.BigDecimal("3"))),
						"Хорошо", null));
		DirectoryTestData.signOut();
		String expected = "8 of 10 points, formative work without a mark";
		String tasks = this.mvc
			.perform(get("/coursework/my/tasks").param("lang", "en").with(user(learner(this.data.first))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(org.jsoup.Jsoup.parse(tasks).select("tr[data-assignment=" + id + "] .mark").text())
			.isEqualTo(expected);
		// the journal gets the grade asynchronously (WorkGraded)
		String journal = "";
		long until = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
		while (!journal.contains(expected) && System.nanoTime() < until) {
			journal = this.mvc
				.perform(get("/journal/learners/{id}", this.data.first).param("lang", "en")
					.with(user(learner(this.data.first))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			Thread.sleep(200);
		}
		assertThat(journal).contains(expected);
	}

	@Test
	@DisplayName("A learner's task list comes in pages of 40, newest deadline first, each task on exactly one page")
	void shouldPageALongTaskList() throws Exception {
		DirectoryTestData.signIn(this.data.teacher, new Grant(Role.TEACHER, ScopeRef.group(this.data.group)));
		java.util.Set<Long> created = new java.util.HashSet<>();
		for (int i = 0; i < 45; i++) {
			created.add(this.assignments.create(this.data.group, CourseworkTestData.form(false)));
		}
		DirectoryTestData.signOut();
		String first = this.mvc
			.perform(get("/coursework/my/tasks").param("lang", "en").with(user(learner(this.data.first))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Long> firstPage = assignmentIds(first);
		assertThat(firstPage).hasSize(40);
		java.util.regex.Matcher older = java.util.regex.Pattern
			.compile("href=\"(/coursework/learners/" + this.data.first + "\\?before=(\\d+))\"")
			.matcher(first);
		assertThat(older.find()).as("a link to the older tasks").isTrue();
		assertThat(first).contains("Older tasks");
		String second = this.mvc.perform(get(older.group(1)).param("lang", "en").with(user(learner(this.data.first))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Long> secondPage = assignmentIds(second);
		assertThat(secondPage).hasSize(5).doesNotContainAnyElementsOf(firstPage);
		assertThat(second).doesNotContain("Older tasks");
		java.util.Set<Long> all = new java.util.HashSet<>(firstPage);
		all.addAll(secondPage);
		assertThat(all).isEqualTo(created);
		// another learner's pages stay refused, as if there were no such learner
		assertThat(this.mvc.perform(get(older.group(1)).with(user(learner(this.data.strangerChild))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

	private static List<Long> assignmentIds(String html) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("data-assignment=\"(\\d+)\"").matcher(html);
		List<Long> ids = new java.util.ArrayList<>();
		while (matcher.find()) {
			ids.add(Long.parseLong(matcher.group(1)));
		}
		return ids;
	}

}
