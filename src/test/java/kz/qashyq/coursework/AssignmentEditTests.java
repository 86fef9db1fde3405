package kz.qashyq.coursework;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import kz.qashyq.coursework.internal.AssignmentEdits;
import kz.qashyq.coursework.internal.AssignmentForm;
import kz.qashyq.coursework.internal.Assignments;
import kz.qashyq.coursework.internal.InvalidCourseworkInput;
import kz.qashyq.coursework.internal.Rubrics.CriterionInput;
import kz.qashyq.coursework.internal.Rubrics.DescriptorInput;
import kz.qashyq.coursework.internal.Submissions;
import kz.qashyq.support.DirectoryTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static kz.qashyq.coursework.CourseworkTestData.ZONE;
import static kz.qashyq.coursework.CourseworkTestData.form;
import static kz.qashyq.coursework.CourseworkTestData.local;
import static kz.qashyq.coursework.CourseworkTestData.png;
import static kz.qashyq.coursework.CourseworkTestData.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Editing an issued assignment (issue 9): everything before anyone has submitted, only
 * the deadline and the instructions after; every change is kept and told to the learners;
 * only those who may grade the work may edit it.
 */
@SpringBootTest
class AssignmentEditTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Assignments assignments;

	@Autowired
	AssignmentEdits edits;

	@Autowired
	Submissions submissions;

	CourseworkTestData data;

	@BeforeEach
	void createSchool() {
		this.data = new CourseworkTestData(this.jdbc);
	}

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	private static AssignmentForm edited(AssignmentForm f, String title, String instructions, String deadline,
			List<CriterionInput> criteria) {
		return new AssignmentForm(f.subject(), title, instructions, f.workType(), f.summative(), f.topicId(),
				f.release(), deadline, f.channels(), null, criteria, f.learnerIds(), f.materials());
	}

	@Test
	@DisplayName("Before any submission the teacher changes everything, the rubric too; the learners are told what changed")
	void shouldChangeEverythingBeforeSubmissions() {
		this.data.signInTeacher();
		AssignmentForm form = form(true);
		long id = this.assignments.create(this.data.group, form);
		String later = local(LocalDateTime.now(ZONE).plusDays(5));
		List<CriterionInput> rubric = List.of(
				new CriterionInput("Решение", new BigDecimal("8"),
						List.of(new DescriptorInput("Верно", new BigDecimal("8")))),
				new CriterionInput("Оформление", new BigDecimal("4"), List.of()));

		this.edits.update(id, edited(form, "Дроби и проценты", "Задачи 1–8", later, rubric));

		assertThat(
				this.jdbc.sql("select title || '|' || instructions || '|' || max_points from assignment where id = ?")
					.param(id)
					.query(String.class)
					.single())
			.isEqualTo("Дроби и проценты|Задачи 1–8|12.00");
		assertThat(this.jdbc.sql("select title from rubric_criterion where assignment_id = ? order by position")
			.param(id)
			.query(String.class)
			.list()).containsExactly("Решение", "Оформление");
		List<AssignmentEdits.Change> changes = this.edits.changes(id, ZONE);
		assertThat(changes).singleElement().satisfies((change) -> {
			assertThat(change.deadlineChanged()).isTrue();
			assertThat(change.newDeadline()).isEqualTo(LocalDateTime.parse(later));
			assertThat(change.instructionsChanged()).isTrue();
			assertThat(change.otherChanged()).isTrue();
		});
	}

	@Test
	@DisplayName("After a submission only the deadline and the instructions change; the rubric the work was written for stays")
	void shouldChangeOnlyDeadlineAndInstructionsAfterASubmission() {
		this.data.signInTeacher();
		AssignmentForm form = form(true);
		long id = this.assignments.create(this.data.group, form);
		this.data.signInLearner(this.data.first);
		this.submissions.submit(id,
				new Submissions.LearnerSubmission("Ответ", List.of(upload("p1.png", png())), true, null));
		this.data.signInTeacher();
		String later = local(LocalDateTime.now(ZONE).plusDays(4));
		List<CriterionInput> other = List.of(new CriterionInput("Другое", new BigDecimal("5"), List.of()));

		this.edits.update(id, edited(form, "Другое название", "Новая инструкция", later, other));

		assertThat(
				this.jdbc.sql("select title || '|' || instructions || '|' || max_points from assignment where id = ?")
					.param(id)
					.query(String.class)
					.single())
			.as("the title and rubric stay")
			.isEqualTo("Дроби|Новая инструкция|10.00");
		assertThat(this.jdbc.sql("select count(*) from rubric_criterion where assignment_id = ? and title = 'Другое'")
			.param(id)
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.edits.changes(id, ZONE)).singleElement().satisfies((change) -> {
			assertThat(change.newDeadline()).isEqualTo(LocalDateTime.parse(later));
			assertThat(change.instructionsChanged()).isTrue();
			assertThat(change.otherChanged()).isFalse();
		});

		// a deadline before the release is refused, with nothing written
		assertThatThrownBy(() -> this.edits.update(id,
				edited(form, "Дроби", "x", local(LocalDateTime.now(ZONE).minusDays(3)), List.of())))
			.isInstanceOfSatisfying(InvalidCourseworkInput.class,
					(ex) -> assertThat(ex.keys()).containsExactly("coursework.error.deadline.beforeRelease"));
		assertThat(this.edits.changes(id, ZONE)).hasSize(1);
	}

	@Test
	@DisplayName("A teacher of another subject may not edit the assignment; nothing changes")
	void shouldRefuseAnotherSubjectsTeacher() {
		this.data.signInTeacher();
		AssignmentForm form = form(true);
		long id = this.assignments.create(this.data.group, form);
		this.data.signInPhysicsTeacher();
		assertThatThrownBy(() -> this.edits.update(id,
				edited(form, "Чужое", "x", local(LocalDateTime.now(ZONE).plusDays(3)), form.criteria())))
			.isInstanceOf(AccessDeniedException.class);
		this.data.signInLearner(this.data.first);
		assertThatThrownBy(() -> this.edits.page(id)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.jdbc.sql("select title from assignment where id = ?").param(id).query(String.class).single())
			.isEqualTo("Дроби");
	}

}
