package kz.qashyq.schedule.internal.timetable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import kz.qashyq.schedule.ScheduledLesson;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A class's lessons per date from the approved timetable in force on it, the same rule as
 * "my day" (holidays of {@code organization_holiday} have none).
 */
@Repository
class ScheduledLessonQuery {

	private final JdbcClient jdbc;

	ScheduledLessonQuery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ScheduledLesson> lessonsOf(long groupId, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("""
					with grp as (
						select g.id, g.organization_id, o.time_zone from study_group g join organization o on o.id = g.organization_id
						where g.id = :group),
					days as (
						select cast(d as date) as day
						from generate_series(cast(:from as date), cast(:to as date), interval '1 day') d),
					in_force as materialized (
						select grp.id as group_id, grp.time_zone, days.day, cast(extract(isodow from days.day) as int) as weekday,
							(select t.id from timetable t
							where t.organization_id = grp.organization_id and t.status = 'APPROVED' and t.valid_from <= days.day
							order by t.valid_from desc, t.id desc limit 1) as timetable_id
						from grp cross join days
						-- O-1.7: a subquery per day, not an anti-join, which the planner answers by computing the
						-- holiday view for every organization of the country
						where (select true from organization_holiday h where h.organization_id = grp.organization_id
							and days.day between h.from_date and h.to_date and days.day between h.version_from and h.version_to
							limit 1) is null)
					select l.id, l.group_id, f.day, l.start_time, l.minutes, l.subject, l.teacher_id, l.mode, f.time_zone
					from in_force f join timetable_lesson l on l.timetable_id = f.timetable_id and l.group_id = f.group_id
						and l.weekday = f.weekday
					order by f.day, l.start_time, l.subject""")
			.param("group", groupId)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new ScheduledLesson(rs.getLong("id"), rs.getLong("group_id"),
					rs.getObject("day", LocalDate.class), rs.getObject("start_time", LocalTime.class),
					rs.getInt("minutes"), rs.getString("subject"), (Long) rs.getObject("teacher_id"),
					rs.getString("mode"), ZoneId.of(rs.getString("time_zone"))))
			.list();
	}

	List<ScheduledLesson> lessonsOfTeacher(long teacherId, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql("""
					with orgs as (
						select distinct t.organization_id, o.time_zone
						from timetable_lesson l join timetable t on t.id = l.timetable_id
							join organization o on o.id = t.organization_id
						where l.teacher_id = :teacher and t.status = 'APPROVED'),
					days as (
						select cast(d as date) as day
						from generate_series(cast(:from as date), cast(:to as date), interval '1 day') d),
					in_force as materialized (
						select orgs.organization_id, orgs.time_zone, days.day, cast(extract(isodow from days.day) as int) as weekday,
							(select t.id from timetable t
							where t.organization_id = orgs.organization_id and t.status = 'APPROVED' and t.valid_from <= days.day
							order by t.valid_from desc, t.id desc limit 1) as timetable_id
						from orgs cross join days
						where (select true from organization_holiday h where h.organization_id = orgs.organization_id
							and days.day between h.from_date and h.to_date and days.day between h.version_from and h.version_to
							limit 1) is null)
					select l.id, l.group_id, f.day, l.start_time, l.minutes, l.subject, l.teacher_id, l.mode, f.time_zone
					from in_force f join timetable_lesson l on l.teacher_id = :teacher and l.timetable_id = f.timetable_id
						and l.weekday = f.weekday
					order by f.day, l.start_time, l.subject""")
			.param("teacher", teacherId)
			.param("from", from)
			.param("to", to)
			.query((rs, row) -> new ScheduledLesson(rs.getLong("id"), rs.getLong("group_id"),
					rs.getObject("day", LocalDate.class), rs.getObject("start_time", LocalTime.class),
					rs.getInt("minutes"), rs.getString("subject"), (Long) rs.getObject("teacher_id"),
					rs.getString("mode"), ZoneId.of(rs.getString("time_zone"))))
			.list();
	}

}
