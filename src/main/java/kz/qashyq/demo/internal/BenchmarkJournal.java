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
 * person.
 */
@Component
class BenchmarkJournal {

	private static final String ACTOR = BenchmarkTimetables.ACTOR;

	private final JdbcClient jdbc;

	BenchmarkJournal(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What was written. */
	record Counts(long lessons, long attendance) {

		Counts plus(Counts other) {
			return new Counts(this.lessons + other.lessons, this.attendance + other.attendance);
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
		return new Counts(lessons, attendance);
	}

}
