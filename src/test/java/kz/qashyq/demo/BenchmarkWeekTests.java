package kz.qashyq.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.qashyq.demo.internal.BenchmarkGenerator;
import kz.qashyq.demo.internal.BenchmarkGenerator.Parameters;
import kz.qashyq.demo.internal.BenchmarkGenerator.Report;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.policy.GradeBand;
import kz.qashyq.policy.PlannedLesson;
import kz.qashyq.policy.Policies;
import kz.qashyq.schedule.MyDay;
import kz.qashyq.schedule.MyDayEntry;
import kz.qashyq.schedule.MyDayView;
import kz.qashyq.schedule.ScheduledLesson;
import kz.qashyq.schedule.Timetables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benchmark generator's current week and accounts at a small scale (two schools,
 * 1,000 learners), appended to the demo data of this context's database: timetables,
 * coursework, journal and sign-in.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchmarkWeekTests {

	@Autowired
	BenchmarkGenerator generator;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Timetables timetables;

	@Autowired
	Policies policies;

	@Autowired
	MyDay myDay;

	@Autowired
	AuthenticationManager authenticationManager;

	@Autowired
	Clock clock;

	Report report;

	List<Long> organizations;

	@BeforeAll
	void generate() {
		this.report = this.generator.generate(new Parameters(2, 2, 1000, 11, 500, true, "bench-secret"));
		this.organizations = this.report.organizationIds();
	}

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyClassHasAnApprovedTimetableWithLessonsThisWeekWithinTheRules() {
		List<GroupRow> groups = this.jdbc.sql("""
				select g.id, g.kind, g.grade, g.organization_id, o.time_zone from study_group g
				join organization o on o.id = g.organization_id where g.organization_id in (:ids)""")
			.param("ids", this.organizations)
			.query((rs, row) -> new GroupRow(rs.getLong("id"), rs.getString("kind"), (Integer) rs.getObject("grade"),
					rs.getLong("organization_id"), ZoneId.of(rs.getString("time_zone"))))
			.list();
		assertThat(groups).hasSizeGreaterThanOrEqualTo(1000 / 30);
		assertThat(count("""
				select count(*) from timetable where organization_id in (:ids) and status = 'APPROVED'
				and source = 'GENERATED' and approved_at is not null""")).isEqualTo(2);
		assertThat(this.report.timetables()).isEqualTo(2);
		for (GroupRow group : groups) {
			LocalDate monday = LocalDate.now(this.clock.withZone(group.zone()))
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			List<ScheduledLesson> week = this.timetables.lessonsOf(group.id(), monday, monday.plusDays(6));
			Map<LocalDate, Long> perDay = week.stream()
				.collect(Collectors.groupingBy(ScheduledLesson::date, Collectors.counting()));
			assertThat(perDay.keySet()).as("teaching days of %s", group)
				.containsExactlyInAnyOrder(monday, monday.plusDays(1), monday.plusDays(2), monday.plusDays(3),
						monday.plusDays(4));
			int most = (group.grade() == 0) ? 4 : (group.grade() <= 4) ? 5 : 6;
			assertThat(perDay.values()).as("lessons a day of %s", group)
				.allSatisfy((lessons) -> assertThat(lessons).isBetween((long) Math.min(5, most), (long) most));
			GradeBand band = GradeBand.of(group.kind(), group.grade());
			for (ScheduledLesson lesson : week) {
				assertThat(this.policies.check(new PlannedLesson(group.organizationId(), band, lesson.date(),
						lesson.localStart(), lesson.minutes(), "LIVE".equals(lesson.mode()))))
					.as("%s %s", group, lesson)
					.isEmpty();
				assertThat(count("select count(*) from teaching_assignment where group_id = " + group.id()
						+ " and person_id = " + lesson.teacherId() + " and subject = '" + lesson.subject() + "'"))
					.as("taught by the assigned teacher")
					.isEqualTo(1);
			}
		}
		assertThat(count("""
				select count(*) from timetable_lesson a join timetable_lesson b on a.timetable_id = b.timetable_id
				and a.id < b.id and a.weekday = b.weekday
				and a.start_time < b.start_time + b.minutes * interval '1 minute'
				and b.start_time < a.start_time + a.minutes * interval '1 minute'
				and (a.teacher_id = b.teacher_id or a.group_id = b.group_id)
				join timetable t on t.id = a.timetable_id where t.organization_id in (:ids)"""))
			.as("teachers or classes at two places at once")
			.isZero();
	}

	@Test
	void courseworkGradesAndJournalMarksAreConsistent() {
		assertThat(count("""
				select count(*) from (select distinct group_id, subject from teaching_assignment t
				join study_group g on g.id = t.group_id where g.organization_id in (:ids)) x""")).as("class subjects")
			.isEqualTo(count("select count(*) from assignment where organization_id in (:ids)"))
			.isEqualTo((int) this.report.assignments());
		assertThat(count("""
				select count(*) from assignment where organization_id in (:ids) and deadline_at < now()"""))
			.isPositive();
		assertThat(count("""
				select count(*) from assignment where organization_id in (:ids) and release_at < now()
				and deadline_at > now()""")).isPositive();
		int due = count("""
				select count(*) from assignment a join learner l on l.group_id = a.group_id
				where a.organization_id in (:ids) and a.deadline_at < now()""");
		int submissions = count("""
				select count(*) from submission s join assignment a on a.id = s.assignment_id
				where a.organization_id in (:ids)""");
		assertThat(submissions).isEqualTo((int) this.report.submissions()).isBetween(due * 6 / 10, due * 8 / 10);
		assertThat(count("""
				select count(*) from submission s join assignment a on a.id = s.assignment_id
				left join learner l on l.person_id = s.learner_id and l.group_id = a.group_id
				where a.organization_id in (:ids) and (a.deadline_at > now() or l.person_id is null
				or s.received_at < a.release_at)""")).as("submissions to open work or by strangers").isZero();
		assertThat(
				count("""
						select count(*) from (select distinct s.learner_id, cast(s.received_at at time zone o.time_zone as date)
						from submission s join assignment a on a.id = s.assignment_id join organization o on o.id = a.organization_id
						where a.organization_id in (:ids)) x"""))
			.as("submission contacts")
			.isPositive()
			.isEqualTo(count("""
					select count(*) from learner_contact c join learner l on l.person_id = c.learner_id
					where l.organization_id in (:ids) and c.kind = 'SUBMISSION'"""));
		int grades = count("""
				select count(*) from grade g join submission s on s.id = g.submission_id
				join assignment a on a.id = s.assignment_id where a.organization_id in (:ids)""");
		assertThat(grades).isEqualTo((int) this.report.grades()).isBetween(submissions * 4 / 10, submissions * 6 / 10);
		assertThat(
				count("""
						select count(*) from grade g join submission s on s.id = g.submission_id
						join assignment a on a.id = s.assignment_id
						where a.organization_id in (:ids) and (a.summative <> (g.mark is not null) or g.points > g.max_points)"""))
			.isZero();
		assertThat(count("""
				select count(*) from grade g join submission s on s.id = g.submission_id
				join assignment a on a.id = s.assignment_id
				where a.organization_id in (:ids) and (select count(*) from journal_mark m where m.submission_id = s.id
				and m.source = 'COURSEWORK' and m.learner_id = s.learner_id and m.group_id = a.group_id
				and m.subject = a.subject and m.points = g.points and m.mark is not distinct from g.mark) <> 1"""))
			.as("graded submissions without exactly one matching journal mark")
			.isZero();
		assertThat(count("""
				select count(*) from journal_mark where organization_id in (:ids)""")).isEqualTo(grades)
			.isEqualTo((int) this.report.journalMarks());
		List<String[]> history = this.jdbc.sql("""
				select m.mark, m.submission_id, c.new_value from journal_mark m
				left join journal_change c on c.group_id = m.group_id and c.learner_id = m.learner_id
				and c.subject = m.subject and c.what = 'MARK' and c.day = m.mark_date
				and c.new_value like '%(coursework ' || m.submission_id || ')'
				where m.organization_id in (:ids)""")
			.param("ids", this.organizations)
			.query((rs,
					row) -> new String[] { (rs.getBigDecimal(1) != null)
							? rs.getBigDecimal(1).stripTrailingZeros().toPlainString() : "feedback", rs.getString(2),
							rs.getString(3) })
			.list();
		assertThat(history).hasSize(grades)
			.allSatisfy((line) -> assertThat(line[2]).isEqualTo(line[0] + " (coursework " + line[1] + ")"));
	}

	@Test
	void journalHasTheAttendanceOfEveryLessonHeldThisWeek() {
		int held = 0;
		for (GroupRow group : this.jdbc.sql("""
				select g.id, g.kind, g.grade, g.organization_id, o.time_zone from study_group g
				join organization o on o.id = g.organization_id where g.organization_id in (:ids)""")
			.param("ids", this.organizations)
			.query((rs, row) -> new GroupRow(rs.getLong("id"), rs.getString("kind"), (Integer) rs.getObject("grade"),
					rs.getLong("organization_id"), ZoneId.of(rs.getString("time_zone"))))
			.list()) {
			LocalDateTime now = LocalDateTime.now(this.clock.withZone(group.zone()));
			LocalDate monday = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			long ended = this.timetables.lessonsOf(group.id(), monday, now.toLocalDate())
				.stream()
				.filter((l) -> !LocalDateTime.of(l.date(), l.localStart()).plusMinutes(l.minutes()).isAfter(now))
				.count();
			int lessons = count("select count(*) from journal_lesson where group_id = " + group.id()
					+ " and topic is not null and timetable_lesson_id is not null");
			// a lesson may end between generating and this check
			assertThat(lessons).as("journal lessons of %s", group).isBetween((int) ended - 1, (int) ended);
			held += lessons;
		}
		assertThat(held).isEqualTo((int) this.report.journalLessons());
		assertThat(count("""
				select count(*) from journal_lesson j join learner l on l.group_id = j.group_id
				join study_group g on g.id = j.group_id where g.organization_id in (:ids)""")).isEqualTo(count("""
				select count(*) from lesson_attendance a join journal_lesson j on j.id = a.lesson_id
				join study_group g on g.id = j.group_id where g.organization_id in (:ids)"""))
			.isEqualTo((int) this.report.attendance());
		if (held > 0) {
			int present = count("""
					select count(*) from lesson_attendance a join journal_lesson j on j.id = a.lesson_id
					join study_group g on g.id = j.group_id
					where g.organization_id in (:ids) and a.status = 'PRESENT' and a.participation = 'ONLINE'""");
			assertThat(present).as("mostly present online").isGreaterThan((int) (this.report.attendance() / 2));
		}
	}

	@Test
	void generatedAccountsSignInWithTheirRolesAndTheStudentSeesTheLessonsOfTheDay() {
		assertThat(count("""
				select count(*) from account a join learner l on l.person_id = a.person_id
				where l.organization_id in (:ids) and a.username = 'b-l' || l.person_id""")).isEqualTo(1000);
		assertThat(this.report.accounts()).isEqualTo(1000 + count("""
				select count(distinct pl.parent_id) from parent_link pl join learner l on l.person_id = pl.learner_id
				where l.organization_id in (:ids) and pl.primary_contact""") + count("""
				select count(distinct t.person_id) from teaching_assignment t join study_group g on g.id = t.group_id
				where g.organization_id in (:ids)"""));
		assertThat(this.jdbc.sql("""
				select count(distinct password_hash) from account where username like 'b-%' and person_id in (
				select person_id from learner where organization_id in (:ids))""")
			.param("ids", this.organizations)
			.query(Integer.class)
			.single()).as("one hash").isEqualTo(1);
		long learnerId = this.jdbc.sql("""
				select l.person_id from learner l join study_group g on g.id = l.group_id
				where l.organization_id in (:ids) and g.grade between 5 and 9 order by l.person_id limit 1""")
			.param("ids", this.organizations)
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> signIn("b-l" + learnerId, "bench")).isInstanceOf(BadCredentialsException.class);
		QashyqUser student = signIn("b-l" + learnerId, "bench-secret");
		assertThat(student.hasRole(Role.STUDENT)).isTrue();
		ZoneId zone = ZoneId.of(this.jdbc
			.sql("""
					select o.time_zone from learner l join organization o on o.id = l.organization_id where l.person_id = ?""")
			.param(learnerId)
			.query(String.class)
			.single());
		LocalDate today = LocalDate.now(this.clock.withZone(zone));
		MyDayView week = this.myDay.mine(today, true);
		List<MyDayEntry> lessons = week.agendas()
			.stream()
			.flatMap((agenda) -> agenda.days().stream())
			.flatMap((day) -> day.entries().stream())
			.filter((entry) -> MyDayEntry.LESSON.equals(entry.kind()))
			.toList();
		assertThat(lessons).as("lessons of the week").hasSizeGreaterThanOrEqualTo(25);
		MyDayView day = this.myDay.mine(today, false);
		List<MyDayEntry> todays = day.agendas()
			.stream()
			.flatMap((agenda) -> agenda.days().stream())
			.filter((d) -> d.date().equals(today))
			.flatMap((d) -> d.entries().stream())
			.filter((entry) -> MyDayEntry.LESSON.equals(entry.kind()))
			.toList();
		if (today.getDayOfWeek().getValue() <= 5) {
			assertThat(todays).as("lessons today").hasSizeBetween(5, 6);
		}
		else {
			assertThat(todays).as("no lessons at the weekend").isEmpty();
		}
		SecurityContextHolder.clearContext();
		long parentId = this.jdbc.sql("""
				select pl.parent_id from parent_link pl where pl.learner_id = ? and pl.primary_contact""")
			.param(learnerId)
			.query(Long.class)
			.single();
		assertThat(signIn("b-p" + parentId, "bench-secret").hasRole(Role.PARENT)).isTrue();
		long teacherId = this.jdbc.sql("""
				select t.person_id from teaching_assignment t where t.group_id = (select group_id from learner
				where person_id = ?) order by t.person_id limit 1""").param(learnerId).query(Long.class).single();
		assertThat(signIn("b-t" + teacherId, "bench-secret").hasRole(Role.TEACHER)).isTrue();
	}

	private QashyqUser signIn(String username, String password) {
		Authentication authentication = this.authenticationManager
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
		SecurityContextHolder.getContext().setAuthentication(authentication);
		return (QashyqUser) authentication.getPrincipal();
	}

	private int count(String sql) {
		var statement = this.jdbc.sql(sql);
		if (sql.contains(":ids")) {
			statement = statement.param("ids", this.organizations);
		}
		return statement.query(Integer.class).single();
	}

	record GroupRow(long id, String kind, Integer grade, long organizationId, ZoneId zone) {

	}

}
