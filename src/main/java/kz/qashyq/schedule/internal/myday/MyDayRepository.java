package kz.qashyq.schedule.internal.myday;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads behind "my day": four queries whatever the span (a day, a week, a feed's
 * weeks) and however many children or classes are shown. Every one is served by an index:
 * {@code timetable_organization_idx} finds the approved timetable in force per
 * organization and day, {@code timetable_lesson_group_idx} and
 * {@code timetable_lesson_teacher_idx} the lessons, {@code tv_broadcast_grade_idx} the
 * broadcasts, {@code event_invitee_person_idx} and {@code school_event_group_idx} the
 * events.
 */
@Repository
class MyDayRepository {

	private final JdbcClient jdbc;

	MyDayRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes the rest of this transaction use PostgreSQL's cached generic plans. The day's
	 * statements take arrays of ids, for which PostgreSQL plans every execution anew; at
	 * region scale planning cost more than running (about 2 ms of database CPU per page,
	 * measured with pg_stat_statements), while the generic plans use the same indexes.
	 */
	void useGenericPlans() {
		this.jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
	}

	/**
	 * The learners' classes, the classes asked for, and the organizations the person
	 * currently works in, with their organizations' time zones: a learner's row has the
	 * learner id (and null class fields when they have no class), a class's row only the
	 * class, a staff position's row neither.
	 */
	List<ContextRow> context(Collection<Long> learnerIds, Collection<Long> groupIds, Long staffPersonId) {
		return this.jdbc.sql("""
				select l.person_id as learner_id, p.last_name || ' ' || p.first_name as learner_name, g.id as group_id,
					g.name as group_name, g.grade, g.language, l.organization_id, o.time_zone
				from learner l join person p on p.id = l.person_id join organization o on o.id = l.organization_id
				left join study_group g on g.id = l.group_id
				where l.person_id = any(cast(:learners as bigint[]))
				union all
				select null, null, g.id, g.name, g.grade, g.language, g.organization_id, o.time_zone
				from study_group g join organization o on o.id = g.organization_id
				where g.id = any(cast(:groups as bigint[]))
				union all
				select null, null, null, null, null, null, sp.organization_id, o.time_zone
				from staff_position sp join organization o on o.id = sp.organization_id
				where sp.person_id = cast(:staff as bigint) and sp.to_date is null""")
			.param("learners", learnerIds.toArray(Long[]::new))
			.param("groups", groupIds.toArray(Long[]::new))
			.param("staff", staffPersonId)
			.query((rs, row) -> new ContextRow((Long) rs.getObject("learner_id"), rs.getString("learner_name"),
					(Long) rs.getObject("group_id"), rs.getString("group_name"), (Integer) rs.getObject("grade"),
					rs.getString("language"), rs.getLong("organization_id"), ZoneId.of(rs.getString("time_zone"))))
			.list();
	}

	/**
	 * The lessons, per local date from {@code from} to {@code to}, of the approved
	 * timetable in force on that date (the approved one of the organization with the
	 * greatest {@code valid_from} on or before it) of each given organization: the
	 * lessons of the given classes and those the teacher gives.
	 */
	List<LessonRow> lessons(LocalDate from, LocalDate to, Collection<Long> organizationIds, Collection<Long> groupIds,
			Long teacherId) {
		return this.jdbc
			.sql("""
					with days as (
						select cast(d as date) as day
						from generate_series(cast(:from as date), cast(:to as date), interval '1 day') d),
					orgs as (
						select distinct id from unnest(cast(:orgs as bigint[])) id),
					in_force as materialized (
						select orgs.id as organization_id, o.time_zone, days.day,
							cast(extract(isodow from days.day) as int) as weekday,
							(select t.id from timetable t
							where t.organization_id = orgs.id and t.status = 'APPROVED' and t.valid_from <= days.day
							order by t.valid_from desc, t.id desc limit 1) as timetable_id
						from orgs join organization o on o.id = orgs.id cross join days
						-- O-1.7: no lessons on the organization's holidays; a subquery per organization and day, not
						-- an anti-join, which the planner answers by computing the view for every organization
						where (select true from organization_holiday h where h.organization_id = orgs.id
							and days.day between h.from_date and h.to_date and days.day between h.version_from and h.version_to
							limit 1) is null)
					select f.day, tl.id, tl.group_id, g.name as group_name, tl.subject, tl.teacher_id,
						tp.last_name || ' ' || tp.first_name || coalesce(' ' || tp.middle_name, '') as teacher_name,
						tl.start_time, tl.minutes, tl.mode, tl.meeting_url, tl.tv_broadcast_id, b.channel, b.topic,
						f.time_zone, coalesce(tl.teacher_id = cast(:teacher as bigint), false) as taught
					from in_force f
					cross join lateral (
						select * from timetable_lesson l
						where l.timetable_id = f.timetable_id and l.group_id = any(cast(:groups as bigint[]))
							and l.weekday = f.weekday
						union all
						select * from timetable_lesson l
						where l.teacher_id = cast(:teacher as bigint) and l.timetable_id = f.timetable_id
							and l.weekday = f.weekday and l.group_id <> all(cast(:groups as bigint[]))) tl
					join study_group g on g.id = tl.group_id
					left join person tp on tp.id = tl.teacher_id
					left join tv_broadcast b on b.id = tl.tv_broadcast_id
					order by f.day, tl.start_time, g.name""")
			.param("from", from)
			.param("to", to)
			.param("orgs", organizationIds.toArray(Long[]::new))
			.param("groups", groupIds.toArray(Long[]::new))
			.param("teacher", teacherId)
			.query((rs, row) -> new LessonRow(rs.getObject("day", LocalDate.class), rs.getLong("id"),
					rs.getLong("group_id"), rs.getString("group_name"), rs.getString("subject"),
					(Long) rs.getObject("teacher_id"), rs.getString("teacher_name"),
					rs.getObject("start_time", LocalTime.class), rs.getInt("minutes"), rs.getString("mode"),
					rs.getString("meeting_url"), (Long) rs.getObject("tv_broadcast_id"), rs.getString("channel"),
					rs.getString("topic"), ZoneId.of(rs.getString("time_zone")), rs.getBoolean("taught")))
			.list();
	}

	/**
	 * The TV broadcasts for the grades that start within the window.
	 */
	List<BroadcastRow> broadcasts(Collection<Integer> grades, Instant from, Instant to) {
		return this.jdbc.sql("""
				select id, channel, language, grade, subject, topic, starts_at, ends_at from tv_broadcast
				where grade = any(cast(:grades as int[])) and starts_at >= :from and starts_at < :to
				order by starts_at""")
			.param("grades", grades.toArray(Integer[]::new))
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, row) -> new BroadcastRow(rs.getLong("id"), rs.getString("channel"), rs.getString("language"),
					rs.getInt("grade"), rs.getString("subject"), rs.getString("topic"),
					rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant()))
			.list();
	}

	/**
	 * The events within the window that the people are invited to (with the invitee), and
	 * those of the classes (with a null invitee).
	 */
	List<EventRow> events(Collection<Long> personIds, Collection<Long> groupIds, Instant from, Instant to) {
		return this.jdbc
			.sql("""
					select e.id, e.group_id, e.kind, e.title_kk, e.title_ru, e.title_en, e.topics, e.starts_at, e.minutes,
						e.meeting_url, o.time_zone, g.name as group_name, i.person_id as invitee_id
					from event_invitee i join school_event e on e.id = i.event_id join organization o on o.id = e.organization_id
					left join study_group g on g.id = e.group_id
					where i.person_id = any(cast(:people as bigint[])) and e.starts_at >= :from and e.starts_at < :to
					union all
					select e.id, e.group_id, e.kind, e.title_kk, e.title_ru, e.title_en, e.topics, e.starts_at, e.minutes,
						e.meeting_url, o.time_zone, g.name, null
					from school_event e join organization o on o.id = e.organization_id
					left join study_group g on g.id = e.group_id
					where e.group_id = any(cast(:groups as bigint[])) and e.starts_at >= :from and e.starts_at < :to
					order by starts_at, id""")
			.param("people", personIds.toArray(Long[]::new))
			.param("groups", groupIds.toArray(Long[]::new))
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, row) -> new EventRow(rs.getLong("id"), (Long) rs.getObject("group_id"), rs.getString("kind"),
					rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en"),
					rs.getString("topics"), rs.getTimestamp("starts_at").toInstant(), rs.getInt("minutes"),
					rs.getString("meeting_url"), ZoneId.of(rs.getString("time_zone")), rs.getString("group_name"),
					(Long) rs.getObject("invitee_id")))
			.list();
	}

	record ContextRow(Long learnerId, String learnerName, Long groupId, String groupName, Integer grade,
			String language, long organizationId, ZoneId zone) {

	}

	record LessonRow(LocalDate day, long id, long groupId, String groupName, String subject, Long teacherId,
			String teacherName, LocalTime start, int minutes, String mode, String meetingUrl, Long tvBroadcastId,
			String channel, String topic, ZoneId zone, boolean taught) {

	}

	record BroadcastRow(long id, String channel, String language, int grade, String subject, String topic,
			Instant start, Instant end) {

	}

	record EventRow(long id, Long groupId, String kind, String titleKk, String titleRu, String titleEn, String topics,
			Instant start, int minutes, String meetingUrl, ZoneId zone, String groupName, Long inviteeId) {

	}

}
