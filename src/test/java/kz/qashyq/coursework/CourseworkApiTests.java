package kz.qashyq.coursework;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.qashyq.coursework.internal.Assignments;
import kz.qashyq.coursework.internal.Grading;
import kz.qashyq.coursework.internal.Rubrics.ScoreInput;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The coursework JSON API as a mobile app uses it: tasks, submitting with an idempotency
 * key, the receipt, the grade; parents for each child.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CourseworkApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Assignments assignments;

	@Autowired
	Grading grading;

	final ObjectMapper json = new ObjectMapper();

	CourseworkTestData data;

	long assignment;

	@BeforeEach
	void createAssignment() {
		this.data = new CourseworkTestData(this.jdbc);
		this.data.signInTeacher();
		this.assignment = this.assignments.create(this.data.group, CourseworkTestData.form(true));
		DirectoryTestData.signOut();
	}

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	private static QashyqUser account(long person, Grant grant) {
		return new QashyqUser(person + 1_000_000, "api-" + person, "API user", person, null, true, false,
				List.of(grant));
	}

	private QashyqUser learner(long id) {
		return account(id, new Grant(Role.STUDENT, ScopeRef.learner(id)));
	}

	private JsonNode body(MvcResult result) throws Exception {
		return this.json.readTree(result.getResponse().getContentAsByteArray());
	}

	@Test
	@DisplayName("A1-27f the API stores a multipart upload once per Idempotency-Key and returns the same receipt")
	void shouldSubmitIdempotently() throws Exception {
		MockMultipartFile photo1 = new MockMultipartFile("files", "page1.png", "image/png", CourseworkTestData.png());
		MockMultipartFile photo2 = new MockMultipartFile("files", "page2.png", "image/png", CourseworkTestData.png());
		String key = "app-" + System.nanoTime();
		MvcResult first = this.mvc
			.perform(multipart("/api/v1/coursework/tasks/{id}/submissions", this.assignment).file(photo1)
				.file(photo2)
				.param("honesty", "true")
				.header("Idempotency-Key", key)
				.with(csrf())
				.with(user(learner(this.data.first))))
			.andReturn();
		assertThat(first.getResponse().getStatus()).isEqualTo(201);
		MvcResult retry = this.mvc
			.perform(multipart("/api/v1/coursework/tasks/{id}/submissions", this.assignment).file(photo1)
				.file(photo2)
				.param("honesty", "true")
				.header("Idempotency-Key", key)
				.with(csrf())
				.with(user(learner(this.data.first))))
			.andReturn();
		assertThat(retry.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(retry).get("number").asText()).isEqualTo(body(first).get("number").asText());
		assertThat(body(first).get("files")).hasSize(2);
		assertThat(body(first).get("files").get(0).get("sha256").asText()).hasSize(64);
		assertThat(this.jdbc.sql("select count(*) from submission where assignment_id = ?")
			.param(this.assignment)
			.query(Integer.class)
			.single()).isEqualTo(1);
		long submission = body(first).get("submissionId").asLong();
		MvcResult receipt = this.mvc
			.perform(
					get("/api/v1/coursework/submissions/{id}/receipt", submission).with(user(learner(this.data.first))))
			.andReturn();
		assertThat(body(receipt).get("number").asText()).isEqualTo(body(first).get("number").asText());
		assertThat(this.mvc
			.perform(get("/api/v1/coursework/submissions/{id}/grade", submission).with(user(learner(this.data.first))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(204);
	}

	@Test
	@DisplayName("A1-27g the API refuses a submission without the honesty confirmation, with the reason")
	void shouldRefuseWithoutHonesty() throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/api/v1/coursework/tasks/{id}/submissions", this.assignment).param("body", "Ответ")
				.header("Accept-Language", "en")
				.with(csrf())
				.with(user(learner(this.data.second))))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(422);
		assertThat(body(result).get("problems").get(0).asText()).contains("Confirm that you did the work yourself");
	}

	@Test
	@DisplayName("A1-28c the parent reads each child's tasks with status, grade and feedback; another family is refused")
	void shouldShowTheGradeToTheParent() throws Exception {
		MvcResult submitted = this.mvc
			.perform(multipart("/api/v1/coursework/tasks/{id}/submissions", this.assignment).param("body", "Ответ")
				.param("honesty", "true")
				.with(csrf())
				.with(user(learner(this.data.first))))
			.andReturn();
		long submission = body(submitted).get("submissionId").asLong();
		this.data.signInTeacher();
		List<Views.Criterion> criteria = this.assignments.page(this.assignment).assignment().criteria();
		this.grading.grade(submission,
				new Grading.GradeForm(
						Map.of(criteria.get(0).id(), new ScoreInput(null, new java.math.BigDecimal("6")),
								criteria.get(1).id(), new ScoreInput(null, new java.math.BigDecimal("3"))),
						"Молодец", null));
		DirectoryTestData.signOut();
		QashyqUser parent = account(this.data.parent, new Grant(Role.PARENT, ScopeRef.learner(this.data.first)));
		JsonNode children = body(this.mvc.perform(get("/api/v1/coursework/tasks").with(user(parent))).andReturn());
		assertThat(children).hasSize(1);
		JsonNode task = children.get(0).get("tasks").get(0);
		assertThat(task.get("status").asText()).isEqualTo("GRADED");
		assertThat(task.get("mark").decimalValue()).isEqualByComparingTo("5");
		assertThat(task.get("feedback").asText()).isEqualTo("Молодец");
		JsonNode grade = body(
				this.mvc.perform(get("/api/v1/coursework/submissions/{id}/grade", submission).with(user(parent)))
					.andReturn());
		assertThat(grade.get("points").decimalValue()).isEqualByComparingTo("9");
		QashyqUser stranger = account(this.data.strangerParent,
				new Grant(Role.PARENT, ScopeRef.learner(this.data.strangerChild)));
		assertThat(this.mvc.perform(get("/api/v1/learners/{id}/tasks", this.data.first).with(user(stranger)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/api/v1/coursework/tasks/{id}", this.assignment).with(user(stranger)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(get("/api/v1/coursework/submissions/{id}/receipt", submission).with(user(stranger)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		QashyqUser otherSchoolTeacher = account(this.data.otherTeacher,
				new Grant(Role.TEACHER, ScopeRef.group(this.data.otherGroup)));
		assertThat(this.mvc.perform(get("/coursework/assignments/{id}", this.assignment).with(user(otherSchoolTeacher)))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	@DisplayName("Learners and parents read a task and its grade without the honesty flag and staff logins; staff see them")
	void shouldKeepHonestyFlagsAndStaffLoginsFromLearnersAndParents() throws Exception {
		MvcResult submitted = this.mvc
			.perform(multipart("/api/v1/coursework/tasks/{id}/submissions", this.assignment).param("body", "Ответ")
				.param("honesty", "true")
				.with(csrf())
				.with(user(learner(this.data.first))))
			.andReturn();
		long submission = body(submitted).get("submissionId").asLong();
		QashyqUser teacher = DirectoryTestData.signIn(this.data.teacher,
				new Grant(Role.TEACHER, ScopeRef.group(this.data.group)));
		List<Views.Criterion> criteria = this.assignments.page(this.assignment).assignment().criteria();
		this.grading.grade(submission,
				new Grading.GradeForm(
						Map.of(criteria.get(0).id(), new ScoreInput(null, new java.math.BigDecimal("6")),
								criteria.get(1).id(), new ScoreInput(null, new java.math.BigDecimal("3"))),
						"Молодец", null));
		this.grading.flag(submission, "Copied from the answer key");
		DirectoryTestData.signOut();
		String creator = this.jdbc.sql("select created_by from assignment where id = ?")
			.param(this.assignment)
			.query(String.class)
			.single();
		QashyqUser parent = account(this.data.parent, new Grant(Role.PARENT, ScopeRef.learner(this.data.first)));
		for (QashyqUser reader : List.of(learner(this.data.first), parent)) {
			MvcResult result = this.mvc
				.perform(get("/api/v1/coursework/tasks/{id}", this.assignment).with(user(reader)))
				.andReturn();
			assertThat(result.getResponse().getStatus()).isEqualTo(200);
			String json = result.getResponse().getContentAsString();
			assertThat(json).doesNotContain("Copied from the answer key")
				.doesNotContain("\"" + teacher.getUsername() + "\"")
				.doesNotContain("\"" + creator + "\"");
			JsonNode task = body(result);
			assertThat(task.get("assignment").get("createdBy").isNull()).isTrue();
			JsonNode work = task.get("learners").get(0).get("submissions").get(0);
			assertThat(work.get("flags")).isEmpty();
			assertThat(work.get("grades").get(0).get("gradedBy").isNull()).isTrue();
			assertThat(work.get("grades").get(0).get("feedback").asText()).isEqualTo("Молодец");
			JsonNode grade = body(
					this.mvc.perform(get("/api/v1/coursework/submissions/{id}/grade", submission).with(user(reader)))
						.andReturn());
			assertThat(grade.get("points").decimalValue()).isEqualByComparingTo("9");
			assertThat(grade.get("gradedBy").isNull()).isTrue();
		}
		assertThat(
				body(this.mvc.perform(get("/api/v1/coursework/submissions/{id}/grade", submission).with(user(teacher)))
					.andReturn()).get("gradedBy").asText())
			.isEqualTo(teacher.getUsername());
		assertThat(this.mvc.perform(get("/coursework/submissions/{id}", submission).with(user(teacher)))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Copied from the answer key").contains(teacher.getUsername());
	}

}
