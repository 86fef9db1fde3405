package kz.qashyq.demo.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The journal of the current week for the benchmark organizations, written set-wise in
 * SQL over their generated timetables: a journal lesson with a topic for every lesson of
 * the week that has ended (holidays left out, as the schedule leaves them out) and the
 * attendance of every learner of the class at it, distributed like the demo journal: most
 * present online, about 4 % late, 5 % absent and 4 % excused; learners without internet
 * take part by TV or by post, and in the in-person regime everyone present is there in
 * person. Kindergarten groups get their daily attendance of the working days of the week
 * up to today instead (O-1.6b), as in the demo: every seventh pupil's parent chose "stays
 * at home" for the week (O-1.5e), about 8 % of the others are absent ill.
 */
@Component
class BenchmarkJournal {

	private static final String ACTOR = BenchmarkTimetables.ACTOR;

	private final JdbcClient jdbc;

	BenchmarkJournal(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What was written. */
	record Counts(long lessons, long attendance, long preschoolDays) {

		Counts plus(Counts other) {
			return new Counts(this.lessons + other.lessons, this.attendance + other.attendance,
					this.preschoolDays + other.preschoolDays);
		}

	}

	Counts write(List<Long> organizationIds, Instant now) {
		Timestamp at = Timestamp.from(now);
		int lessons = this.jdbc.sql("""
				insert into journal_lesson (group_id, subject, lesson_date, start_time, timetable_lesson_id, topic,
					created_by)
				select l.group_id, l.subject, d.day, l.start_time, l.id,
					case when g.language = 'kk' then 'Тақырып ' else 'Тема ' end
						|| extract(week from d.day) || '.' || l.weekday || ': ' || l.subject, :actor
				from timetable t join timetable_lesson l on l.timetable_id = t.id
				join organization o on o.id = t.organization_id join study_group g on g.id = l.group_id
				cross join lateral (select cast(date_trunc('week', cast(:now as timestamptz) at time zone o.time_zone)
					as date) + (l.weekday - 1) as day) d
				where t.organization_id in (:ids) and t.created_by = :actor and t.status = 'APPROVED'
				and d.day + l.start_time + l.minutes * interval '1 minute'
					<= cast(:now as timestamptz) at time zone o.time_zone
				and not exists (select 1 from organization_holiday h where h.organization_id = t.organization_id
					and d.day between h.from_date and h.to_date and d.day between h.version_from and h.version_to)
				on conflict (group_id, subject, lesson_date, start_time) do nothing""")
			.param("now", at)
			.param("ids", organizationIds)
			.param("actor", ACTOR)
			.update();
		int attendance = this.jdbc
			.sql("""
					insert into lesson_attendance (lesson_id, learner_id, status, participation, reason, marked_by, marked_at)
					select x.lesson_id, x.learner_id, x.status,
						case when x.status in ('ABSENT', 'EXCUSED') then null
						when x.mode = 'IN_PERSON' then 'IN_PERSON'
						when not x.has_internet then case when x.learner_id % 2 = 0 then 'POST' else 'TV' end
						when x.roll > 96 then 'TV' else 'ONLINE' end,
						case when x.status = 'EXCUSED' then case when x.language = 'kk' then 'Ауырды (анықтама)'
							else 'Болезнь (справка)' end end,
						x.marked_by, x.marked_at
					from (select j.id as lesson_id, le.person_id as learner_id, le.has_internet, g.language, tl.mode,
						'b-t' || tl.teacher_id as marked_by,
						(j.lesson_date + j.start_time + interval '5 minutes') at time zone o.time_zone as marked_at,
						case when r.roll < 5 then 'ABSENT' when r.roll < 9 then 'EXCUSED' when r.roll < 13 then 'LATE'
						else 'PRESENT' end as status, r.roll
						from journal_lesson j join timetable_lesson tl on tl.id = j.timetable_lesson_id
						join study_group g on g.id = j.group_id join organization o on o.id = g.organization_id
						join learner le on le.group_id = j.group_id
						cross join lateral (select cast((j.id * 2654435761 + le.person_id * 40503) % 1000003 % 100 as int)
							as roll) r
						where g.organization_id in (:ids) and j.created_by = :actor) x
					on conflict do nothing""")
			.param("ids", organizationIds)
			.param("actor", ACTOR)
			.update();
		int days = preschool(organizationIds, at);
		return new Counts(lessons, attendance, days);
	}

	/**
	 * The daily attendance of the kindergarten groups and the parents' choices.
	 * @return the pupil-days written
	 */
	private int preschool(List<Long> organizationIds, Timestamp now) {
		this.jdbc.sql("""
				insert into preschool_attendance_choice (learner_id, from_date, to_date, stays_home, recorded_by)
				select l.person_id, w.monday, w.monday + 4, true, :actor
				from learner l join study_group g on g.id = l.group_id join organization o on o.id = g.organization_id
				cross join lateral (select cast(date_trunc('week', cast(:now as timestamptz) at time zone o.time_zone)
					as date) as monday) w
				where g.organization_id in (:ids) and g.kind = 'PRESCHOOL_GROUP' and l.person_id % 7 = 0""")
			.param("now", now)
			.param("ids", organizationIds)
			.param("actor", ACTOR)
			.update();
		return this.jdbc.sql("""
				insert into preschool_attendance (learner_id, day, group_id, present, reason, parents_choice, marked_by)
				select l.person_id, d.day, l.group_id,
					l.person_id % 7 <> 0 and (l.person_id * 31 + extract(doy from d.day)) % 100 >= 8,
					case when l.person_id % 7 = 0 then 'PARENTS_CHOICE'
					when (l.person_id * 31 + extract(doy from d.day)) % 100 < 8 then
						case when g.language = 'kk' then 'Ауырды' else 'Болезнь' end end,
					l.person_id % 7 = 0, :actor
				from learner l join study_group g on g.id = l.group_id join organization o on o.id = g.organization_id
				cross join lateral (select cast(cast(:now as timestamptz) at time zone o.time_zone as date) as today) n
				cross join lateral (select cast(generate_series(cast(date_trunc('week', n.today) as date),
					least(n.today, cast(date_trunc('week', n.today) as date) + 4), interval '1 day') as date) as day) d
				where g.organization_id in (:ids) and g.kind = 'PRESCHOOL_GROUP'
				on conflict do nothing""")
			.param("now", now)
			.param("ids", organizationIds)
			.param("actor", ACTOR)
			.update();
	}

}
