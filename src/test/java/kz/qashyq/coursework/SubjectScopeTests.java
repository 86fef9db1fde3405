package kz.qashyq.coursework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.qashyq.coursework.internal.Assignments;
import kz.qashyq.coursework.internal.Grading;
import kz.qashyq.coursework.internal.Rubrics.ScoreInput;
import kz.qashyq.coursework.internal.Submissions;
import kz.qashyq.coursework.internal.Views;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Who reads which subject of a class (ADR 0004): a subject teacher only the submissions,
 * grades and journal of the subjects they teach there; the class teacher every subject of
 * the class, without grading; the head every subject of the organization.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SubjectScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Assignments assignments;

	@Autowired
	Submissions submissions;

	@Autowired
	Grading grading;

	final ObjectMapper json = new ObjectMapper();

	CourseworkTestData data;

	long assignment;

	long submission;

	QashyqUser mathematics;

	QashyqUser physics;

	QashyqUser classTeacher;

	QashyqUser head;

	@BeforeEach
	void gradeAMathematicsSubmission() {
		this.data = new CourseworkTestData(this.jdbc);
		this.data.signInTeacher();
		this.assignment = this.assignments.create(this.data.group, CourseworkTestData.form(true));
		this.data.signInLearner(this.data.first);
		this.submission = this.submissions
			.submit(this.assignment, new Submissions.LearnerSubmission("Ответ", List.of(), true, null))
			.receipt()
			.submissionId();
		this.data.signInTeacher();
		List<Views.Criterion> criteria = this.assignments.page(this.assignment).assignment().criteria();
		this.grading.grade(this.submission,
				new Grading.GradeForm(Map.of(criteria.get(0).id(), new ScoreInput(null, new BigDecimal("6")),
						criteria.get(1).id(), new ScoreInput(null, new BigDecimal("3"))), "Молодец", null));
		DirectoryTestData.signOut();
		this.mathematics = staff(this.data.teacher, new Grant(Role.TEACHER, ScopeRef.group(this.data.group)));
		this.physics = staff(this.data.otherTeacher, new Grant(Role.TEACHER, ScopeRef.group(this.data.group)));
		long homeroom = new DirectoryTestData(this.jdbc).person("Классная", "Жанар", java.time.LocalDate.of(1980, 3, 3),
				true);
		this.classTeacher = staff(homeroom, new Grant(Role.CURATOR, ScopeRef.group(this.data.group)));
		this.head = staff(null, new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(this.data.school)));
	}

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	private static QashyqUser staff(Long person, Grant grant) {
		long id = System.nanoTime();
		return new QashyqUser(id, "scope-" + id, "Staff", person, null, true, false, List.of(grant));
	}

	private int status(String uri, QashyqUser user, Object... ids) throws Exception {
		return this.mvc.perform(get(uri, ids).with(user(user))).andReturn().getResponse().getStatus();
	}

	private JsonNode body(String uri, QashyqUser user, Object... ids) throws Exception {
		MvcResult result = this.mvc.perform(get(uri, ids).with(user(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
		return this.json.readTree(result.getResponse().getContentAsByteArray());
	}

	private String page(String uri, QashyqUser user, Object... ids) throws Exception {
		MvcResult result = this.mvc.perform(get(uri, ids).with(user(user))).andReturn();
		assertThat(result.getResponse().getStatus()).as(uri).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	@Test
	@DisplayName("The physics teacher of the class gets 404 for a mathematics submission, its grade and journal")
	void shouldHideAnotherSubjectFromTheSubjectTeacher() throws Exception {
		assertThat(status("/coursework/submissions/{id}", this.physics, this.submission)).isEqualTo(404);
		assertThat(status("/api/v1/coursework/submissions/{id}/grade", this.physics, this.submission)).isEqualTo(404);
		assertThat(status("/coursework/submissions/{id}/receipt", this.physics, this.submission)).isEqualTo(404);
		assertThat(status("/coursework/assignments/{id}", this.physics, this.assignment)).isEqualTo(404);
		assertThat(body("/api/v1/learners/{id}/tasks", this.physics, this.data.first).get("tasks")).isEmpty();
		assertThat(this.mvc
			.perform(get("/journal/groups/{id}", this.data.group).param("subject", CourseworkTestData.SUBJECT)
				.with(user(this.physics)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(body("/api/v1/journal/groups/{id}", this.physics, this.data.group).get("subjects"))
			.extracting(JsonNode::asText)
			.containsExactly("Физика");
	}

	@Test
	@DisplayName("The mathematics teacher reads and grades the submission")
	void shouldLetTheSubjectTeacherReadAndGrade() throws Exception {
		assertThat(page("/coursework/submissions/{id}", this.mathematics, this.submission)).contains("grade-form");
		assertThat(body("/api/v1/coursework/submissions/{id}/grade", this.mathematics, this.submission).get("points")
			.decimalValue()).isEqualByComparingTo("9");
		assertThat(body("/api/v1/learners/{id}/tasks", this.mathematics, this.data.first).get("tasks")).hasSize(1);
	}

	@Test
	@DisplayName("The class teacher reads every subject of the class but grades none; the head reads it too")
	void shouldLetTheClassTeacherAndTheHeadReadEverySubject() throws Exception {
		assertThat(page("/coursework/submissions/{id}", this.classTeacher, this.submission)).contains("Ответ")
			.doesNotContain("grade-form");
		assertThat(body("/api/v1/coursework/submissions/{id}/grade", this.classTeacher, this.submission).get("points")
			.decimalValue()).isEqualByComparingTo("9");
		assertThat(body("/api/v1/learners/{id}/tasks", this.classTeacher, this.data.first).get("tasks")).hasSize(1);
		assertThat(body("/api/v1/journal/groups/{id}", this.classTeacher, this.data.group).get("subjects"))
			.extracting(JsonNode::asText)
			.contains(CourseworkTestData.SUBJECT, "Физика");
		assertThat(this.mvc
			.perform(post("/coursework/submissions/{id}/grade", this.submission).param("feedback", "x")
				.with(csrf())
				.with(user(this.classTeacher)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(page("/coursework/submissions/{id}", this.head, this.submission)).contains("grade-form");
	}

}
