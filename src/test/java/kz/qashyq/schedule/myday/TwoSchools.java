package kz.qashyq.schedule.myday;

import java.time.LocalDate;
import java.util.List;

import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.support.DirectoryTestData;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two schools in two regions (Karaganda, Asia/Almaty; Turkestan), made fresh for each
 * test: in school A a grade-5 and a grade-2 class, a learner in each with one mother, two
 * teachers; an approved timetable from 6 April 2020 that replaced one of September 2019,
 * and a draft; in school B a class with a learner and its own approved timetable.
 */
public final class TwoSchools {

	/** Monday of the first distance week (O-1.9c). */
	public static final LocalDate MONDAY = LocalDate.of(2020, 4, 6);

	public final DirectoryTestData directory;

	public final ScheduleTestData schedule;

	public final long schoolA;

	public final long classA;

	public final long classA2;

	public final long learnerA;

	public final long siblingA;

	public final long parentA;

	public final long teacherA;

	public final long otherTeacherA;

	public final long schoolB;

	public final long classB;

	public final long learnerB;

	public final long approved;

	public TwoSchools(JdbcClient jdbc) {
		this.directory = new DirectoryTestData(jdbc);
		this.schedule = new ScheduleTestData(jdbc);
		// the demo's TV week of 6 April 2020 would add its broadcasts to these classes'
		// days: the tests count exactly what they insert
		jdbc.sql("""
				delete from tv_broadcast b where imported_by = 'demo' and starts_at < '2020-05-01'
					and not exists (select 1 from timetable_lesson l where l.tv_broadcast_id = b.id)""").update();
		this.schoolA = this.directory.organization(this.directory.settlement(9, "Day town A " + System.nanoTime()),
				"SECONDARY_SCHOOL", "School A");
		this.classA = this.directory.schoolClass(this.schoolA, 5, "A");
		this.classA2 = this.directory.schoolClass(this.schoolA, 2, "B");
		this.learnerA = this.directory.learner(this.schoolA, this.classA, "Aliyev", "Arman");
		this.siblingA = this.directory.learner(this.schoolA, this.classA2, "Aliyeva", "Dana");
		this.parentA = this.directory.parentOf(this.learnerA, "Aliyeva", "Aigul");
		jdbc.sql("insert into parent_link (learner_id, parent_id, relation) values (?, ?, 'MOTHER')")
			.params(this.siblingA, this.parentA)
			.update();
		this.teacherA = this.directory.person("Serikova", "Saule", LocalDate.of(1980, 1, 2), true);
		this.otherTeacherA = this.directory.person("Omarov", "Oral", LocalDate.of(1979, 1, 2), false);
		this.schedule.teaches(this.classA, this.teacherA, "Mathematics");
		this.schedule.teaches(this.classA2, this.teacherA, "Mathematics");
		this.schedule.teaches(this.classA, this.otherTeacherA, "History");

		this.schoolB = this.directory.organization(this.directory.settlement(15, "Day town B " + System.nanoTime()),
				"SECONDARY_SCHOOL", "School B");
		this.classB = this.directory.schoolClass(this.schoolB, 5, "B");
		this.learnerB = this.directory.learner(this.schoolB, this.classB, "Bekov", "Bolat");

		long older = this.schedule.approvedTimetable(this.schoolA, LocalDate.of(2019, 9, 2));
		this.schedule.liveLesson(older, this.classA, "Old geography", this.otherTeacherA, 1, "08:30");
		this.approved = this.schedule.approvedTimetable(this.schoolA, MONDAY);
		this.schedule.liveLesson(this.approved, this.classA, "Mathematics", this.teacherA, 1, "09:00");
		this.schedule.liveLesson(this.approved, this.classA, "History", this.otherTeacherA, 1, "09:40");
		this.schedule.liveLesson(this.approved, this.classA, "Tuesday reading", this.otherTeacherA, 2, "09:00");
		this.schedule.liveLesson(this.approved, this.classA2, "Mathematics", this.teacherA, 1, "10:20");
		this.schedule.lesson(this.approved, this.classA2, "Self-study art", null, 1, "11:00", 30, "SELF_STUDY", null,
				null);
		long draft = this.schedule.timetable(this.schoolA, MONDAY.plusDays(1), "DRAFT");
		this.schedule.liveLesson(draft, this.classA, "Draft chemistry", this.teacherA, 1, "09:00");
		long schoolBTimetable = this.schedule.approvedTimetable(this.schoolB, MONDAY);
		this.schedule.liveLesson(schoolBTimetable, this.classB, "Biology of B", null, 1, "09:00");
	}

	public QashyqUser student() {
		return user(this.learnerA, new Grant(Role.STUDENT, ScopeRef.learner(this.learnerA)));
	}

	public QashyqUser parent() {
		return user(this.parentA, new Grant(Role.PARENT, ScopeRef.learner(this.learnerA)),
				new Grant(Role.PARENT, ScopeRef.learner(this.siblingA)));
	}

	public static QashyqUser user(long personId, Grant... grants) {
		return new QashyqUser(personId + 7_000_000L, "person-" + personId, "Person " + personId, personId, null, true,
				false, List.of(grants));
	}

}
