package kz.qashyq.schedule.timetable;

import java.time.LocalDate;
import java.util.List;

import kz.qashyq.demo.DemoData;
import kz.qashyq.demo.DemoFacts;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.schedule.TimetableProblem;
import kz.qashyq.schedule.TimetableRejected;
import kz.qashyq.schedule.internal.timetable.LessonInput;
import kz.qashyq.schedule.internal.timetable.StudyLoadInput;
import kz.qashyq.schedule.internal.timetable.StudyLoadService;
import kz.qashyq.schedule.internal.timetable.TimetableGenerator;
import kz.qashyq.schedule.internal.timetable.TimetableService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Lessons of a timetable are checked against the policy through the timetable service
 * (each rejection names its rule), against double booking, and approval and scope rules
 * hold.
 */
@SpringBootTest
class TimetableServiceTests {

	static final LocalDate APRIL_6_2020 = LocalDate.of(2020, 4, 6);

	@Autowired
	TimetableService timetables;

	@Autowired
	StudyLoadService load;

	@Autowired
	TimetableGenerator generator;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	void signIn(String username) {
		QashyqUser user = (QashyqUser) this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	DemoFacts facts() {
		return this.demo.facts();
	}

	long classOf(long organizationId, String name) {
		return this.jdbc.sql("select id from study_group where organization_id = ? and name = ?")
			.params(organizationId, name)
			.query(Long.class)
			.single();
	}

	String subjectOf(long groupId) {
		return this.jdbc.sql("select subject from teaching_assignment where group_id = ? order by subject limit 1")
			.param(groupId)
			.query(String.class)
			.single();
	}

	long teacherOf(long groupId, String subject) {
		return this.jdbc.sql(
				"select person_id from teaching_assignment where group_id = ? and subject = ? order by person_id limit 1")
			.params(groupId, subject)
			.query(Long.class)
			.single();
	}

	long draft(String username, long organizationId) {
		signIn(username);
		return this.timetables.createDraft(organizationId, APRIL_6_2020.toString());
	}

	LessonInput lesson(long groupId, int weekday, String start, int minutes, String mode) {
		String subject = subjectOf(groupId);
		return new LessonInput(String.valueOf(groupId), subject, String.valueOf(teacherOf(groupId, subject)),
				String.valueOf(weekday), start, String.valueOf(minutes), mode, "https://meet.example.kz/a", null);
	}

	List<String> rulesOf(Runnable action) {
		TimetableRejected rejected = catchThrowableOfType(TimetableRejected.class, action::run);
		assertThat(rejected).as("the lesson is rejected").isNotNull();
		return rejected.problems().stream().map(TimetableProblem::ruleId).toList();
	}

	int lessons(long timetableId) {
		return this.jdbc.sql("select count(*) from timetable_lesson where timetable_id = ?")
			.param(timetableId)
			.query(Integer.class)
			.single();
	}

	@Test
	@DisplayName("O-1.10a a 31-minute school lesson is refused and not saved")
	void shouldRejectA31MinuteSchoolLesson() {
		long timetable = draft("deputy", facts().citySchoolId());
		long grade5 = classOf(facts().citySchoolId(), "5А");
		assertThat(rulesOf(() -> this.timetables.addLesson(timetable, lesson(grade5, 1, "08:30", 31, "LIVE"))))
			.containsExactly("O-1.10a");
		assertThat(lessons(timetable)).isZero();
		this.timetables.addLesson(timetable, lesson(grade5, 1, "08:30", 30, "LIVE"));
		assertThat(lessons(timetable)).isOne();
	}

	@Test
	@DisplayName("O-1.10b an 08:00 lesson for grade 5 is refused")
	void shouldRejectAn0800StartForGrade5() {
		long timetable = draft("deputy", facts().citySchoolId());
		long grade5 = classOf(facts().citySchoolId(), "5Б");
		assertThat(rulesOf(() -> this.timetables.addLesson(timetable, lesson(grade5, 2, "08:00", 30, "LIVE"))))
			.containsExactly("O-1.10b");
		assertThat(lessons(timetable)).isZero();
	}

	@Test
	@DisplayName("O-1.10c a Saturday lesson is refused")
	void shouldRejectASaturdayLesson() {
		long timetable = draft("deputy", facts().citySchoolId());
		long grade7 = classOf(facts().citySchoolId(), "7А");
		assertThat(rulesOf(() -> this.timetables.addLesson(timetable, lesson(grade7, 6, "09:00", 30, "SELF_STUDY"))))
			.containsExactly("O-1.10c");
		assertThat(lessons(timetable)).isZero();
	}

	@Test
	@DisplayName("A1-24c a 20-minute live TVET session is refused, a 15-minute one is saved")
	void shouldRejectA20MinuteLiveTvetSession() {
		long college = facts().collegeId();
		long timetable = draft("college-head", college);
		long group = facts().curatorGroupId();
		assertThat(rulesOf(() -> this.timetables.addLesson(timetable, lesson(group, 3, "14:00", 20, "LIVE"))))
			.containsExactly("A1-24c");
		this.timetables.addLesson(timetable, lesson(group, 3, "14:00", 15, "LIVE"));
		assertThat(lessons(timetable)).isOne();
	}

	@Test
	@DisplayName("O-1.10b O-2.10 grade 10 and a TVET group at 13:00 are refused (from 14:00)")
	void shouldRejectGrade10AndTvetAt1300() {
		long timetable = draft("deputy", facts().citySchoolId());
		long grade10 = classOf(facts().citySchoolId(), "10А");
		assertThat(rulesOf(() -> this.timetables.addLesson(timetable, lesson(grade10, 1, "13:00", 30, "LIVE"))))
			.containsExactly("O-1.10b");
		this.timetables.addLesson(timetable, lesson(grade10, 1, "14:00", 30, "LIVE"));
		long collegeTimetable = draft("college-head", facts().collegeId());
		assertThat(rulesOf(() -> this.timetables.addLesson(collegeTimetable,
				lesson(facts().curatorGroupId(), 1, "13:00", 15, "LIVE"))))
			.containsExactly("O-2.10");
	}

	@Test
	@DisplayName("O-1.10d a teacher or a class booked twice at the same time is refused, with both reasons")
	void shouldRejectDoubleBooking() {
		long timetable = draft("deputy", facts().citySchoolId());
		long grade5 = classOf(facts().citySchoolId(), "5А");
		this.timetables.addLesson(timetable, lesson(grade5, 1, "09:10", 30, "LIVE"));
		TimetableRejected sameClass = catchThrowableOfType(TimetableRejected.class,
				() -> this.timetables.addLesson(timetable, lesson(grade5, 1, "09:20", 30, "LIVE")));
		assertThat(sameClass.problems()).extracting(TimetableProblem::messageCode)
			.containsExactlyInAnyOrder("timetable.error.teacherBusy", "timetable.error.classBusy");
		assertThat(sameClass.problems()).extracting(TimetableProblem::ruleId).containsOnly("O-1.10d");
		String subject = subjectOf(grade5);
		long teacher = teacherOf(grade5, subject);
		long otherClass = this.jdbc
			.sql("""
					select group_id from teaching_assignment where person_id = ? and group_id <> ? order by group_id limit 1""")
			.params(teacher, grade5)
			.query(Long.class)
			.single();
		LessonInput sameTeacher = new LessonInput(String.valueOf(otherClass), subject, String.valueOf(teacher), "1",
				"09:00", "30", "LIVE", null, null);
		assertThat(
				catchThrowableOfType(TimetableRejected.class, () -> this.timetables.addLesson(timetable, sameTeacher))
					.problems())
			.extracting(TimetableProblem::messageCode)
			.containsExactly("timetable.error.teacherBusy");
		assertThat(lessons(timetable)).isOne();
		this.timetables.addLesson(timetable, lesson(grade5, 1, "09:50", 30, "LIVE"));
		assertThat(lessons(timetable)).isEqualTo(2);
	}

	@Test
	@DisplayName("Bad input: an unknown subject or teacher in a lesson or in the study load is refused with a translated reason")
	void shouldRejectUnknownSubjectOrTeacher() {
		long timetable = draft("deputy", facts().citySchoolId());
		long grade5 = classOf(facts().citySchoolId(), "5А");
		LessonInput unknown = new LessonInput(String.valueOf(grade5), "Alchemy", "999999", "1", "09:00", "30", "LIVE",
				null, null);
		assertThat(catchThrowableOfType(TimetableRejected.class, () -> this.timetables.addLesson(timetable, unknown))
			.problems()).extracting(TimetableProblem::messageCode)
			.containsExactlyInAnyOrder("timetable.error.subject", "timetable.error.teacher");
		assertThat(catchThrowableOfType(TimetableRejected.class,
				() -> this.load.save(facts().citySchoolId(),
						new StudyLoadInput(String.valueOf(grade5), "Alchemy", "999999", "2", "true")))
			.problems()).extracting(TimetableProblem::messageCode)
			.containsExactlyInAnyOrder("timetable.error.subject", "timetable.error.teacher");
		assertThat(lessons(timetable)).isZero();
	}

	@Test
	@DisplayName("A1-23c only the head approves: the deputy's draft is refused to the deputy, approved by the head, archives the previous one and is audited")
	void shouldApproveAndArchiveThePreviousVersion() {
		long school = facts().citySchoolId();
		long first = draft("deputy", school);
		this.timetables.addLesson(first, lesson(classOf(school, "6А"), 2, "08:30", 30, "LIVE"));
		assertThatThrownBy(() -> this.timetables.approve(first)).isInstanceOf(AccessDeniedException.class);
		assertThat(status(first)).isEqualTo("DRAFT");
		signIn("head");
		this.timetables.approve(first);
		long second = this.timetables.createDraft(school, "2020-04-13");
		this.timetables.addLesson(second, lesson(classOf(school, "6А"), 3, "08:30", 30, "LIVE"));
		this.timetables.approve(second);
		assertThat(status(first)).isEqualTo("ARCHIVED");
		assertThat(status(second)).isEqualTo("APPROVED");
		assertThat(this.jdbc.sql("select count(*) from timetable where organization_id = ? and status = 'APPROVED'")
			.param(school)
			.query(Integer.class)
			.single()).isOne();
		assertThat(this.jdbc.sql("select count(*) from audit_log where action = 'TIMETABLE_APPROVED' and object_id = ?")
			.param(String.valueOf(second))
			.query(Integer.class)
			.single()).isOne();
		assertThatThrownBy(
				() -> this.timetables.addLesson(second, lesson(classOf(school, "6А"), 4, "08:30", 30, "LIVE")))
			.isInstanceOf(TimetableRejected.class);
	}

	@Test
	@DisplayName("A1-23c approval refuses a draft with a lesson that breaks a rule, naming it")
	void shouldRefuseApprovalOfADraftWithAViolation() {
		long school = facts().citySchoolId();
		long draft = draft("deputy", school);
		long grade5 = classOf(school, "5А");
		this.jdbc.sql("""
				insert into timetable_lesson (timetable_id, group_id, subject, weekday, start_time, minutes, mode)
				values (?, ?, 'Математика', 1, '08:00', 30, 'SELF_STUDY')""").params(draft, grade5).update();
		signIn("head");
		TimetableRejected rejected = catchThrowableOfType(TimetableRejected.class,
				() -> this.timetables.approve(draft));
		assertThat(rejected.problems()).extracting(TimetableProblem::ruleId).containsExactly("O-1.10b");
		assertThat(status(draft)).isEqualTo("DRAFT");
	}

	@Test
	@DisplayName("O-1.4b only those who manage the organization's timetable may change it, only there")
	void shouldRefuseOtherRolesAndOtherOrganizations() {
		long collegeDraft = draft("college-head", facts().collegeId());
		LessonInput input = lesson(facts().curatorGroupId(), 1, "14:00", 15, "LIVE");
		signIn("deputy");
		assertThatThrownBy(() -> this.timetables.addLesson(collegeDraft, input))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.timetables.approve(collegeDraft)).isInstanceOf(AccessDeniedException.class);
		signIn("teacher");
		assertThatThrownBy(() -> this.timetables.createDraft(facts().citySchoolId(), "2020-04-06"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.load.derive(facts().citySchoolId())).isInstanceOf(AccessDeniedException.class);
		signIn("observer");
		assertThatThrownBy(() -> this.timetables.list(facts().citySchoolId()))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(lessons(collegeDraft)).isZero();
	}

	@Test
	@DisplayName("O-1.10d more hours than the policy's slots is refused before solving, saying what to change")
	void shouldRefuseAnImpossibleLoad() {
		signIn("deputy");
		long school = facts().citySchoolId();
		long grade5 = classOf(school, "5А");
		String subject = subjectOf(grade5);
		this.load.save(school, new StudyLoadInput(String.valueOf(grade5), subject,
				String.valueOf(teacherOf(grade5, subject)), "40", "true"));
		TimetableRejected rejected = catchThrowableOfType(TimetableRejected.class,
				() -> this.generator.prepare(school, APRIL_6_2020, true));
		assertThat(rejected.problems()).extracting(TimetableProblem::messageCode)
			.contains("timetable.error.classOverloaded");
		assertThat(rejected.problems()).filteredOn((p) -> p.messageCode().equals("timetable.error.classOverloaded"))
			.first()
			.satisfies((p) -> assertThat(p.arguments()).contains("5А"));
		this.load.save(school, new StudyLoadInput(String.valueOf(grade5), subject,
				String.valueOf(teacherOf(grade5, subject)), "2", "true"));
	}

	@Test
	@DisplayName("A1-24b the public link shows the approved timetable without names and can be turned off")
	void shouldPublishWithoutPersonalData() {
		long school = facts().citySchoolId();
		long draft = draft("deputy", school);
		this.timetables.addLesson(draft, lesson(classOf(school, "9А"), 2, "08:30", 30, "LIVE"));
		signIn("head");
		this.timetables.approve(draft);
		this.timetables.publish(draft);
		String token = this.jdbc.sql("select public_token from timetable where id = ?")
			.param(draft)
			.query(String.class)
			.single();
		signOut();
		TimetableService.PublicPage page = this.timetables.publicPage(token);
		assertThat(page.classes()).containsKey("9А");
		assertThat(page.classes().get("9А").get(2)).allSatisfy((lesson) -> {
			assertThat(lesson.teacherName()).isNull();
			assertThat(lesson.meetingUrl()).isNull();
		});
		signIn("deputy");
		this.timetables.unpublish(draft);
		assertThatThrownBy(() -> this.timetables.publicPage(token))
			.isInstanceOf(kz.qashyq.platform.web.NotFoundException.class);
	}

	@Test
	@DisplayName("O-1.10d a changed lesson is checked like a new one, against the other lessons but not itself")
	void shouldCheckAChangedLesson() {
		long timetable = draft("deputy", facts().citySchoolId());
		long grade6 = classOf(facts().citySchoolId(), "6Б");
		long first = this.timetables.addLesson(timetable, lesson(grade6, 2, "08:30", 30, "LIVE"));
		long second = this.timetables.addLesson(timetable, lesson(grade6, 2, "09:10", 30, "LIVE"));
		this.timetables.updateLesson(timetable, second, lesson(grade6, 2, "09:20", 25, "LIVE"));
		assertThat(catchThrowableOfType(TimetableRejected.class,
				() -> this.timetables.updateLesson(timetable, second, lesson(grade6, 2, "08:45", 30, "LIVE")))
			.problems()).extracting(TimetableProblem::messageCode).contains("timetable.error.classBusy");
		assertThat(this.jdbc.sql("select start_time::text from timetable_lesson where id = ?")
			.param(second)
			.query(String.class)
			.single()).isEqualTo("09:20:00");
		this.timetables.deleteLesson(timetable, first);
		assertThat(lessons(timetable)).isOne();
	}

	@Test
	@DisplayName("O-1.10d a teacher's unavailable time is recorded; a period ending before it starts is refused")
	void shouldRecordTeacherUnavailability() {
		signIn("deputy");
		long school = facts().citySchoolId();
		long teacher = facts().teacherPersonId();
		assertThat(catchThrowableOfType(TimetableRejected.class,
				() -> this.load.addUnavailability(school, String.valueOf(teacher), "1", "12:00", "10:00"))
			.problems()).extracting(TimetableProblem::messageCode).containsExactly("timetable.error.period");
		this.load.addUnavailability(school, String.valueOf(teacher), "1", "08:00", "10:00");
		assertThat(this.load.page(school).unavailability()).singleElement()
			.satisfies((row) -> assertThat(row.teacherId()).isEqualTo(teacher));
		this.load.deleteUnavailability(school, this.load.page(school).unavailability().get(0).id());
		assertThat(this.load.page(school).unavailability()).isEmpty();
	}

	String status(long timetableId) {
		return this.jdbc.sql("select status from timetable where id = ?")
			.param(timetableId)
			.query(String.class)
			.single();
	}

}
