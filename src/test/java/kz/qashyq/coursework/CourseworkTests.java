package kz.qashyq.coursework;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import kz.qashyq.coursework.internal.AssignmentForm;
import kz.qashyq.coursework.internal.Assignments;
import kz.qashyq.coursework.internal.Grading;
import kz.qashyq.coursework.internal.InvalidCourseworkInput;
import kz.qashyq.coursework.internal.Rubrics.CriterionInput;
import kz.qashyq.coursework.internal.Rubrics.DescriptorInput;
import kz.qashyq.coursework.internal.Rubrics.ScoreInput;
import kz.qashyq.coursework.internal.Submissions;
import kz.qashyq.coursework.internal.Tasks;
import kz.qashyq.coursework.internal.Views;
import kz.qashyq.platform.storage.FileCategory;
import kz.qashyq.platform.storage.FileStorage;
import kz.qashyq.schedule.MyDayEntry;
import kz.qashyq.support.DirectoryTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static kz.qashyq.coursework.CourseworkTestData.ZONE;
import static kz.qashyq.coursework.CourseworkTestData.form;
import static kz.qashyq.coursework.CourseworkTestData.local;
import static kz.qashyq.coursework.CourseworkTestData.png;
import static kz.qashyq.coursework.CourseworkTestData.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Assignments, submissions and grading through the services, in a school of the test's
 * own.
 */
@SpringBootTest
@RecordApplicationEvents
class CourseworkTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Assignments assignments;

	@Autowired
	Submissions submissions;

	@Autowired
	Grading grading;

	@Autowired
	Tasks tasks;

	@Autowired
	FileStorage storage;

	@Autowired
	ApplicationEvents events;

	CourseworkTestData data;

	@BeforeEach
	void createSchool() {
		this.data = new CourseworkTestData(this.jdbc);
	}

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	private long assignment(boolean summative) {
		this.data.signInTeacher();
		return this.assignments.create(this.data.group, form(summative));
	}

	private AssignmentForm withTimes(AssignmentForm f, String release, String deadline) {
		return new AssignmentForm(f.subject(), f.title(), f.instructions(), f.workType(), f.summative(), f.topicId(),
				release, deadline, f.channels(), f.totalPoints(), f.criteria(), f.learnerIds(), f.materials());
	}

	private AssignmentForm withRubric(AssignmentForm f, List<CriterionInput> criteria, BigDecimal total) {
		return new AssignmentForm(f.subject(), f.title(), f.instructions(), f.workType(), f.summative(), f.topicId(),
				f.release(), f.deadline(), f.channels(), total, criteria, f.learnerIds(), f.materials());
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	@Test
	@DisplayName("A1-24j an assignment without a deadline, or with a deadline before the release, is refused")
	void shouldRefuseMissingOrEarlyDeadline() {
		this.data.signInTeacher();
		int before = count("assignment");
		LocalDateTime now = LocalDateTime.now(ZONE);
		assertThatThrownBy(() -> this.assignments.create(this.data.group, withTimes(form(true), null, "")))
			.isInstanceOfSatisfying(InvalidCourseworkInput.class,
					(ex) -> assertThat(ex.keys()).contains("coursework.error.deadline.missing"));
		assertThatThrownBy(() -> this.assignments.create(this.data.group,
				withTimes(form(true), local(now.plusDays(2)), local(now.plusDays(1)))))
			.isInstanceOfSatisfying(InvalidCourseworkInput.class,
					(ex) -> assertThat(ex.keys()).containsExactly("coursework.error.deadline.beforeRelease"));
		assertThat(count("assignment")).isEqualTo(before);
	}

	@Test
	@DisplayName("A1-25j a rubric whose points do not add up is refused with a translated error")
	void shouldRefuseRubricThatDoesNotAddUp() {
		this.data.signInTeacher();
		int before = count("assignment");
		assertThatThrownBy(() -> this.assignments.create(this.data.group,
				withRubric(form(true), CourseworkTestData.rubric(), new BigDecimal("12"))))
			.isInstanceOfSatisfying(InvalidCourseworkInput.class,
					(ex) -> assertThat(ex.keys()).containsExactly("coursework.error.rubric.sum"));
		assertThatThrownBy(() -> this.assignments.create(this.data.group,
				withRubric(form(true), CourseworkTestData.rubric(), BigDecimal.ZERO)))
			.isInstanceOfSatisfying(InvalidCourseworkInput.class,
					(ex) -> assertThat(ex.keys()).contains("coursework.error.rubric.total"));
		List<CriterionInput> above = List.of(new CriterionInput("Верность", new BigDecimal("5"),
				List.of(new DescriptorInput("Верно", new BigDecimal("7")))));
		assertThatThrownBy(
				() -> this.assignments.create(this.data.group, withRubric(form(true), above, new BigDecimal("5"))))
			.isInstanceOfSatisfying(InvalidCourseworkInput.class,
					(ex) -> assertThat(ex.keys()).containsExactly("coursework.error.rubric.descriptorAbove"));
		assertThatThrownBy(
				() -> this.assignments.create(this.data.group, withRubric(form(true), List.of(), BigDecimal.TEN)))
			.isInstanceOfSatisfying(InvalidCourseworkInput.class,
					(ex) -> assertThat(ex.keys()).containsExactly("coursework.error.rubric.empty"));
		assertThat(count("assignment")).isEqualTo(before);
	}

	@Test
	@DisplayName("A rubric's total points, when not stated, are the sum of its criteria")
	void shouldTakeTheCriteriaSumAsTheTotal() {
		this.data.signInTeacher();
		List<CriterionInput> rubric = CourseworkTestData.rubric();
		long id = this.assignments.create(this.data.group, withRubric(form(true), rubric, null));
		BigDecimal expected = rubric.stream().map(CriterionInput::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(expected).isPositive();
		assertThat(this.jdbc.sql("select max_points from assignment where id = ?")
			.param(id)
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo(expected);
	}

	@Test
	@DisplayName("A1-15a a teacher issues work only in a subject they teach in the class; learners see it from its release")
	void shouldIssueOnlyInTaughtSubjectAndShowFromRelease() {
		this.data.signInPhysicsTeacher();
		assertThatThrownBy(() -> this.assignments.create(this.data.group, form(true))).isInstanceOfSatisfying(
				InvalidCourseworkInput.class,
				(ex) -> assertThat(ex.keys()).containsExactly("coursework.error.subject"));
		this.data.signInTeacher();
		LocalDateTime now = LocalDateTime.now(ZONE);
		long later = this.assignments.create(this.data.group,
				withTimes(form(false), local(now.plusDays(1)), local(now.plusDays(3))));
		long released = this.assignments.create(this.data.group, form(false));
		this.data.signInLearner(this.data.first);
		List<Long> seen = this.tasks.mine().get(0).tasks().stream().map(Views.TaskRow::assignmentId).toList();
		assertThat(seen).contains(released).doesNotContain(later);
		assertThatThrownBy(() -> this.tasks.task(later)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.assignments.create(this.data.group, form(true)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("A1-27f, A1-27g a learner submits photos with the honesty confirmation and gets a receipt with SHA-256")
	void shouldSubmitWithReceipt() {
		long id = assignment(true);
		this.data.signInLearner(this.data.first);
		assertThatThrownBy(() -> this.submissions.submit(id,
				new Submissions.LearnerSubmission("Ответ", List.of(upload("p1.png", png())), false, null)))
			.isInstanceOfSatisfying(InvalidCourseworkInput.class,
					(ex) -> assertThat(ex.keys()).containsExactly("coursework.error.honesty"));
		Submissions.Outcome outcome = this.submissions.submit(id, new Submissions.LearnerSubmission("Ответ",
				List.of(upload("p1.png", png()), upload("p2.png", png())), true, null));
		Views.Receipt receipt = outcome.receipt();
		assertThat(receipt.number()).startsWith("CW-");
		assertThat(receipt.files()).hasSize(2).allSatisfy((file) -> {
			assertThat(file.sha256()).hasSize(64);
			assertThat(file.size()).isEqualTo(png().length);
		});
		assertThat(receipt.late()).isFalse();
		assertThat(
				this.events.stream(SubmissionReceived.class).filter((e) -> e.submissionId() == receipt.submissionId()))
			.singleElement()
			.satisfies((e) -> {
				assertThat(e.channel()).isEqualTo("PLATFORM");
				assertThat(e.learnerId()).isEqualTo(this.data.first);
				assertThat(e.groupId()).isEqualTo(this.data.group);
			});
		Views.Receipt again = this.submissions
			.submit(id, new Submissions.LearnerSubmission("Исправлено", List.of(), true, null))
			.receipt();
		assertThat(again.version()).isEqualTo(2);
		assertThat(this.tasks.task(id).learners().get(0).submissions()).hasSize(2);
	}

	@Test
	@DisplayName("A1-27f a retried upload with the same key stores one submission and returns the same receipt")
	void shouldNotDuplicateARetriedUpload() {
		long id = assignment(true);
		this.data.signInLearner(this.data.second);
		Submissions.LearnerSubmission submission = new Submissions.LearnerSubmission(null,
				List.of(upload("p1.png", png())), true, "key-" + System.nanoTime());
		Submissions.Outcome first = this.submissions.submit(id, submission);
		int files = count("stored_file");
		Submissions.Outcome second = this.submissions.submit(id, submission);
		assertThat(first.repeated()).isFalse();
		assertThat(second.repeated()).isTrue();
		assertThat(second.receipt()).isEqualTo(first.receipt());
		assertThat(count("stored_file")).isEqualTo(files);
		assertThat(this.jdbc.sql("select count(*) from submission where assignment_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	@DisplayName("A1-27f a refused file refuses the whole submission and nothing is written")
	void shouldRefuseTheWholeSubmissionForOneBadFile() {
		long id = assignment(true);
		this.data.signInLearner(this.data.third);
		byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();
		long limit = this.storage.limit(FileCategory.IMAGE);
		List<AssignmentForm.Upload> bad = List.of(upload("photo.png", pdf), upload("empty.png", new byte[0]),
				upload("../etc/p.png", png()), new AssignmentForm.Upload("huge.png", () -> huge(limit + 1)));
		for (AssignmentForm.Upload upload : bad) {
			int submissions = count("submission");
			int files = count("stored_file");
			assertThatThrownBy(() -> this.submissions.submit(id,
					new Submissions.LearnerSubmission("text", List.of(upload("good.png", png()), upload), true, null)))
				.as(upload.name())
				.isInstanceOfSatisfying(InvalidCourseworkInput.class,
						(ex) -> assertThat(ex.keys()).singleElement().asString().startsWith("storage.rejected."));
			assertThat(count("submission")).as(upload.name()).isEqualTo(submissions);
			assertThat(count("stored_file")).as(upload.name()).isEqualTo(files);
		}
	}

	private static InputStream huge(long size) {
		byte[] head = png();
		return new InputStream() {
			long position;

			@Override
			public int read() {
				if (this.position >= size) {
					return -1;
				}
				int value = (this.position < head.length) ? head[(int) this.position] & 0xff : 0;
				this.position++;
				return value;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				if (this.position >= size) {
					return -1;
				}
				int n = (int) Math.min(length, size - this.position);
				for (int i = 0; i < n; i++) {
					buffer[offset + i] = (this.position + i < head.length) ? head[(int) (this.position + i)] : 0;
				}
				this.position += n;
				return n;
			}
		};
	}

	@Test
	@DisplayName("A1-27f the teacher records work that came by post, with the channel kept and late flagged")
	void shouldRecordChannelSubmissionsAndFlagLate() {
		this.data.signInTeacher();
		LocalDateTime now = LocalDateTime.now(ZONE);
		long id = this.assignments.create(this.data.group,
				withTimes(form(true), local(now.minusDays(3)), local(now.minusDays(1))));
		Views.Receipt late = this.submissions
			.record(id,
					new Submissions.RecordedSubmission(this.data.first, "POST", local(now.minusHours(2)),
							"Тетрадь пришла по почте", List.of(upload("scan.png", png())), null))
			.receipt();
		Views.Receipt onTime = this.submissions
			.record(id,
					new Submissions.RecordedSubmission(this.data.second, "WHATSAPP", local(now.minusDays(2)), null,
							List.of(), null))
			.receipt();
		assertThat(late.channel()).isEqualTo(Channel.POST);
		assertThat(late.late()).isTrue();
		assertThat(onTime.channel()).isEqualTo(Channel.WHATSAPP);
		assertThat(onTime.late()).isFalse();
		assertThatThrownBy(() -> this.submissions.record(id,
				new Submissions.RecordedSubmission(this.data.first, "EMAIL", local(now), null, List.of(), null)))
			.isInstanceOfSatisfying(InvalidCourseworkInput.class,
					(ex) -> assertThat(ex.keys()).containsExactly("coursework.error.recordChannel"));
		Map<Long, TaskStatus> statuses = new java.util.HashMap<>();
		this.assignments.page(id).learners().forEach((row) -> statuses.put(row.learnerId(), row.status()));
		assertThat(statuses).containsEntry(this.data.first, TaskStatus.LATE)
			.containsEntry(this.data.second, TaskStatus.SUBMITTED)
			.containsEntry(this.data.third, TaskStatus.OVERDUE);
		assertThat(this.tasks.overdue(this.data.group).overdue()).extracting(Views.TaskRow::learnerId)
			.containsExactly(this.data.third);
		assertThat(this.tasks.inbox()).extracting(Views.InboxRow::submissionId)
			.contains(late.submissionId(), onTime.submissionId());
	}

	@Test
	@DisplayName("A1-25j a grade needs every criterion scored; points are summed into the mark; a mark off the scale is refused")
	void shouldGradeByTheRubric() {
		long id = assignment(true);
		this.data.signInLearner(this.data.first);
		long submission = this.submissions.submit(id, new Submissions.LearnerSubmission("Ответ", List.of(), true, null))
			.receipt()
			.submissionId();
		this.data.signInTeacher();
		List<Views.Criterion> criteria = this.assignments.page(id).assignment().criteria();
		assertThatThrownBy(() -> this.grading.grade(submission, new Grading.GradeForm(Map.of(), "Молодец", null)))
			.isInstanceOfSatisfying(InvalidCourseworkInput.class,
					(ex) -> assertThat(ex.keys()).containsExactly("coursework.error.grade.noScores"));
		Map<Long, ScoreInput> partial = Map.of(criteria.get(0).id(), new ScoreInput(null, new BigDecimal("5")));
		assertThatThrownBy(() -> this.grading.grade(submission, new Grading.GradeForm(partial, null, null)))
			.isInstanceOfSatisfying(InvalidCourseworkInput.class,
					(ex) -> assertThat(ex.keys()).containsExactly("coursework.error.grade.unscored"));
		Map<Long, ScoreInput> full = Map.of(criteria.get(0).id(), new ScoreInput(null, new BigDecimal("5")),
				criteria.get(1).id(), new ScoreInput(criteria.get(1).descriptors().get(1).id(), null));
		assertThatThrownBy(() -> this.grading.grade(submission, new Grading.GradeForm(full, null, new BigDecimal("6"))))
			.isInstanceOfSatisfying(InvalidCourseworkInput.class,
					(ex) -> assertThat(ex.keys()).containsExactly("coursework.error.grade.mark"));
		assertThat(this.jdbc.sql("select count(*) from grade where submission_id = ?")
			.param(submission)
			.query(Integer.class)
			.single()).isZero();
		this.grading.grade(submission, new Grading.GradeForm(full, "Хорошо", null));
		WorkGraded graded = this.events.stream(WorkGraded.class)
			.filter((e) -> e.submissionId() == submission)
			.findFirst()
			.orElseThrow();
		assertThat(graded.points()).isEqualByComparingTo("9");
		assertThat(graded.maxPoints()).isEqualByComparingTo("10");
		assertThat(graded.mark()).isEqualByComparingTo("5");
		assertThat(graded.scale()).isEqualTo(GradingScale.FIVE_POINT);
		// dated the day it is given, not by the deadline two days ahead: the journal's
		// default range ends today
		assertThat(graded.date()).isEqualTo(LocalDateTime.now(ZONE).toLocalDate());
		Map<Long, ScoreInput> lower = Map.of(criteria.get(0).id(), new ScoreInput(null, new BigDecimal("2")),
				criteria.get(1).id(), new ScoreInput(null, BigDecimal.ONE));
		this.grading.grade(submission, new Grading.GradeForm(lower, "Пересмотрено", null));
		Grading.SubmissionPage page = this.grading.page(submission);
		assertThat(page.submission().grades()).hasSize(2);
		assertThat(page.submission().grade().mark()).isEqualByComparingTo("2");
		assertThat(this.events.stream(WorkGraded.class).filter((e) -> e.submissionId() == submission)).hasSize(2);
	}

	@Test
	@DisplayName("A1-28c the parent sees the status, grade and comment of their child, and not another family's")
	void shouldShowTheChildsGradeToTheParent() {
		long id = assignment(false);
		this.data.signInLearner(this.data.first);
		long submission = this.submissions.submit(id, new Submissions.LearnerSubmission("Ответ", List.of(), true, null))
			.receipt()
			.submissionId();
		this.data.signInTeacher();
		List<Views.Criterion> criteria = this.assignments.page(id).assignment().criteria();
		this.grading
			.grade(submission,
					new Grading.GradeForm(
							Map.of(criteria.get(0).id(), new ScoreInput(null, new BigDecimal("6")),
									criteria.get(1).id(), new ScoreInput(null, new BigDecimal("4"))),
							"Отличная работа", null));
		this.grading.flag(submission, "Совпадает с работой соседа");
		this.data.signInParent();
		Views.TaskRow row = this.tasks.mine()
			.get(0)
			.tasks()
			.stream()
			.filter((t) -> t.assignmentId() == id)
			.findFirst()
			.orElseThrow();
		assertThat(row.status()).isEqualTo(TaskStatus.GRADED);
		assertThat(row.points()).isEqualByComparingTo("10");
		assertThat(row.mark()).as("formative: no mark").isNull();
		assertThat(row.feedback()).isEqualTo("Отличная работа");
		assertThat(this.tasks.learner(this.data.first, null).tasks()).isNotEmpty();
		assertThat(this.submissions.receipt(submission).learnerId()).isEqualTo(this.data.first);
		assertThatThrownBy(() -> this.grading.page(submission)).isInstanceOf(AccessDeniedException.class);
		this.data.signInStrangerParent();
		assertThatThrownBy(() -> this.tasks.learner(this.data.first, null))
			.isInstanceOf(kz.qashyq.platform.web.NotFoundException.class);
		assertThatThrownBy(() -> this.tasks.task(id)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.submissions.receipt(submission)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(
				() -> this.submissions.submit(id, new Submissions.LearnerSubmission("x", List.of(), true, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("A1-27g a suspected violation flagged by the teacher is seen by the curator and the deputy head")
	void shouldShowHonestyFlagsToCuratorAndDeputy() {
		long id = assignment(true);
		this.data.signInLearner(this.data.second);
		long submission = this.submissions.submit(id, new Submissions.LearnerSubmission("Ответ", List.of(), true, null))
			.receipt()
			.submissionId();
		this.data.signInTeacher();
		assertThatThrownBy(() -> this.grading.flag(submission, " ")).isInstanceOf(InvalidCourseworkInput.class);
		this.grading.flag(submission, "Совпадает с работой соседа");
		this.data.signInPhysicsTeacher();
		assertThatThrownBy(() -> this.grading.flag(submission, "Не мой предмет"))
			.isInstanceOf(AccessDeniedException.class);
		DirectoryTestData.signIn(null, new kz.qashyq.platform.security.Grant(kz.qashyq.platform.security.Role.CURATOR,
				kz.qashyq.platform.security.ScopeRef.group(this.data.group)));
		assertThat(this.tasks.overdue(this.data.group).flags()).singleElement()
			.satisfies((flag) -> assertThat(flag.comment()).isEqualTo("Совпадает с работой соседа"));
		assertThat(this.grading.page(submission).submission().flags()).hasSize(1);
		DirectoryTestData.signIn(null,
				new kz.qashyq.platform.security.Grant(kz.qashyq.platform.security.Role.DEPUTY_HEAD,
						kz.qashyq.platform.security.ScopeRef.organization(this.data.school)));
		assertThat(this.assignments.mine().flags()).extracting((flag) -> flag.submissionId())
			.containsExactly(submission);
	}

	@Test
	@DisplayName("A1-27c the learner's day shows the task due with its status")
	void shouldPutTasksOnTheLearnersDay() {
		long id = assignment(true);
		LocalDateTime deadline = LocalDateTime.parse(form(true).deadline());
		List<MyDayEntry> entries = this.tasks.entries(this.data.second, this.data.group, ZONE, deadline.toLocalDate(),
				deadline.toLocalDate());
		assertThat(entries).filteredOn((e) -> e.id() == id).singleElement().satisfies((e) -> {
			assertThat(e.kind()).isEqualTo(MyDayEntry.TASK);
			assertThat(e.mode()).isEqualTo("NOT_SUBMITTED");
			assertThat(e.topic()).isEqualTo(CourseworkTestData.SUBJECT);
			assertThat(e.start()).isEqualTo(e.end());
			assertThat(e.meetingUrl()).isEqualTo("/coursework/tasks/" + id);
		});
	}

	@Test
	@DisplayName("A1-27e only the channels the organization allows may be chosen")
	void shouldLimitChannelsToTheOrganizations() {
		this.jdbc.sql("insert into coursework_channels (organization_id, channels, updated_by) values (?, ?, 'test')")
			.params(this.data.school, new String[] { "PLATFORM", "POST" })
			.update();
		this.data.signInTeacher();
		assertThatThrownBy(() -> this.assignments.create(this.data.group, form(true))).isInstanceOfSatisfying(
				InvalidCourseworkInput.class,
				(ex) -> assertThat(ex.keys()).containsExactly("coursework.error.channel"));
	}

	@Test
	@DisplayName("A1-15c an assignment linked to a topic planned after its release carries a warning")
	void shouldWarnOfATopicPlannedLater() {
		long plan = this.jdbc.sql("""
				insert into thematic_plan (group_id, subject, updated_by) values (?, ?, 'test') returning id""")
			.params(this.data.group, CourseworkTestData.SUBJECT)
			.query(Long.class)
			.single();
		long topic = this.jdbc.sql("""
				insert into plan_topic (plan_id, position, title, hours, planned_date) values (?, 1, 'Дроби', 1, ?)
				returning id""").params(plan, java.time.LocalDate.now(ZONE).plusDays(5)).query(Long.class).single();
		this.data.signInTeacher();
		AssignmentForm f = form(true);
		long id = this.assignments.create(this.data.group,
				new AssignmentForm(f.subject(), f.title(), f.instructions(), f.workType(), f.summative(), topic,
						f.release(), f.deadline(), f.channels(), f.totalPoints(), f.criteria(), f.learnerIds(),
						List.of(upload("sheet.png", png()))));
		Views.AssignmentView view = this.assignments.page(id).assignment();
		assertThat(view.topicTitle()).isEqualTo("Дроби");
		assertThat(view.topicLater()).isTrue();
		assertThat(view.materials()).singleElement().satisfies((m) -> assertThat(m.name()).isEqualTo("sheet.png"));
		try (InputStream in = this.submissions.open(this.assignments.material(id, 1))) {
			assertThat(in.readAllBytes()).isEqualTo(png());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		assertThat(new ByteArrayInputStream(png())).isNotNull();
	}

}
