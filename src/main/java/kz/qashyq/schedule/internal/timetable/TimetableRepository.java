package kz.qashyq.schedule.internal.timetable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import kz.qashyq.schedule.internal.timetable.solver.SharedDevicePair;
import kz.qashyq.schedule.internal.timetable.solver.Unavailability;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the study load, the timetables and their lessons, teachers' unavailable times
 * and the solver runs. Reads the directory's classes, staff and learners by id.
 */
@Repository
public class TimetableRepository {

	private static final String TEACHER_NAME = "p.last_name || ' ' || p.first_name";

	private final JdbcClient jdbc;

	TimetableRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- directory reads

	List<GroupRow> groups(long organizationId) {
		return this.jdbc.sql("""
				select id, organization_id, name, kind, grade from study_group where organization_id = ?
				and academic_year = (select max(academic_year) from study_group where organization_id = ?)
				order by kind, grade nulls last, name""")
			.params(organizationId, organizationId)
			.query(TimetableRepository::group)
			.list();
	}

	Optional<GroupRow> group(long groupId) {
		return this.jdbc.sql("select id, organization_id, name, kind, grade from study_group where id = ?")
			.param(groupId)
			.query(TimetableRepository::group)
			.optional();
	}

	private static GroupRow group(ResultSet rs, int row) throws SQLException {
		return new GroupRow(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("name"), rs.getString("kind"),
				(Integer) rs.getObject("grade"));
	}

	/**
	 * The organization's teachers: current staff and whoever teaches one of its classes.
	 */
	List<Teacher> teachers(long organizationId) {
		return this.jdbc.sql("""
				select p.id, %s as name from person p where p.id in (
					select person_id from staff_position where organization_id = ?
						and (to_date is null or to_date >= current_date)
					union select a.person_id from teaching_assignment a join study_group g on g.id = a.group_id
						where g.organization_id = ?)
				order by name, p.id""".formatted(TEACHER_NAME))
			.params(organizationId, organizationId)
			.query((rs, row) -> new Teacher(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/**
	 * The subjects the organization knows: of its teaching assignments, staff and load.
	 */
	List<String> subjects(long organizationId) {
		return this.jdbc.sql("""
				select subject from teaching_assignment a join study_group g on g.id = a.group_id
					where g.organization_id = ?
				union select subject from staff_position where organization_id = ? and subject is not null
					and position in ('TEACHER', 'EDUCATOR')
				union select l.subject from study_load l join study_group g on g.id = l.group_id
					where g.organization_id = ?
				order by 1""").params(organizationId, organizationId, organizationId).query(String.class).list();
	}

	/**
	 * Pairs of the organization's classes that hold siblings sharing one device.
	 */
	List<SharedDevicePair> sharedDevicePairs(long organizationId) {
		return this.jdbc.sql("""
				select distinct least(a.group_id, b.group_id) as first, greatest(a.group_id, b.group_id) as second
				from learner a join learner b on b.household_device_id = a.household_device_id
					and b.person_id <> a.person_id and b.group_id <> a.group_id
				where a.organization_id = ? and b.organization_id = ? order by 1, 2""")
			.params(organizationId, organizationId)
			.query((rs, row) -> new SharedDevicePair(rs.getLong("first"), rs.getLong("second")))
			.list();
	}

	// ---- study load

	List<LoadRow> load(long organizationId) {
		return this.jdbc
			.sql("""
					select l.id, l.group_id, g.name as group_name, l.subject, l.teacher_id, %s as teacher_name,
						l.hours_per_week, l.live
					from study_load l join study_group g on g.id = l.group_id join person p on p.id = l.teacher_id
					where g.organization_id = ? order by g.kind, g.grade nulls last, g.name, l.subject"""
				.formatted(TEACHER_NAME))
			.param(organizationId)
			.query((rs, row) -> new LoadRow(rs.getLong("id"), rs.getLong("group_id"), rs.getString("group_name"),
					rs.getString("subject"), rs.getLong("teacher_id"), rs.getString("teacher_name"),
					rs.getInt("hours_per_week"), rs.getBoolean("live")))
			.list();
	}

	/**
	 * The organization's teaching assignments without a load row: one teacher per class
	 * and subject.
	 */
	List<Assignment> assignmentsWithoutLoad(long organizationId) {
		return this.jdbc.sql("""
				select distinct on (a.group_id, a.subject) a.group_id, g.kind, g.grade, a.subject, a.person_id
				from teaching_assignment a join study_group g on g.id = a.group_id
				where g.organization_id = ? and not exists (select 1 from study_load l
					where l.group_id = a.group_id and l.subject = a.subject)
				order by a.group_id, a.subject, a.person_id""")
			.param(organizationId)
			.query((rs, row) -> new Assignment(rs.getLong("group_id"), rs.getString("kind"),
					(Integer) rs.getObject("grade"), rs.getString("subject"), rs.getLong("person_id")))
			.list();
	}

	/** Adds a load row or replaces the teacher, hours and mode of the class's subject. */
	long saveLoad(long groupId, String subject, long teacherId, int hours, boolean live) {
		return this.jdbc.sql("""
				insert into study_load (group_id, subject, teacher_id, hours_per_week, live) values (?, ?, ?, ?, ?)
				on conflict (group_id, subject) do update set teacher_id = excluded.teacher_id,
					hours_per_week = excluded.hours_per_week, live = excluded.live
				returning id""").params(groupId, subject, teacherId, hours, live).query(Long.class).single();
	}

	Optional<Long> loadOrganization(long loadId) {
		return this.jdbc
			.sql("select g.organization_id from study_load l join study_group g on g.id = l.group_id where l.id = ?")
			.param(loadId)
			.query(Long.class)
			.optional();
	}

	int deleteLoad(long loadId) {
		return this.jdbc.sql("delete from study_load where id = ?").param(loadId).update();
	}

	// ---- teachers' unavailable times

	List<UnavailabilityRow> unavailability(long organizationId) {
		return this.jdbc.sql("""
				select u.id, u.teacher_id, %s as teacher_name, u.weekday, u.from_time, u.to_time
				from teacher_unavailability u join person p on p.id = u.teacher_id
				where u.organization_id = ? order by teacher_name, u.weekday, u.from_time""".formatted(TEACHER_NAME))
			.param(organizationId)
			.query((rs, row) -> new UnavailabilityRow(rs.getLong("id"), rs.getLong("teacher_id"),
					rs.getString("teacher_name"), rs.getInt("weekday"), rs.getObject("from_time", LocalTime.class),
					rs.getObject("to_time", LocalTime.class)))
			.list();
	}

	List<Unavailability> unavailabilityFacts(long organizationId) {
		return unavailability(organizationId).stream()
			.map((row) -> new Unavailability(row.teacherId(), row.weekday(), minutes(row.from()), minutes(row.to())))
			.toList();
	}

	private static int minutes(LocalTime time) {
		return (time.equals(LocalTime.MAX)) ? 24 * 60 : time.getHour() * 60 + time.getMinute();
	}

	long addUnavailability(long organizationId, long teacherId, int weekday, LocalTime from, LocalTime to,
			String createdBy) {
		return this.jdbc
			.sql("""
					insert into teacher_unavailability (organization_id, teacher_id, weekday, from_time, to_time, created_by)
					values (?, ?, ?, ?, ?, ?) returning id""")
			.params(organizationId, teacherId, weekday, from, to, createdBy)
			.query(Long.class)
			.single();
	}

	int deleteUnavailability(long organizationId, long id) {
		return this.jdbc.sql("delete from teacher_unavailability where id = ? and organization_id = ?")
			.params(id, organizationId)
			.update();
	}

	// ---- timetables

	List<TimetableRow> timetables(long organizationId) {
		return this.jdbc.sql("""
				select t.*, (select count(*) from timetable_lesson l where l.timetable_id = t.id) as lessons
				from timetable t where organization_id = ? order by valid_from desc, id desc""")
			.param(organizationId)
			.query(TimetableRepository::timetable)
			.list();
	}

	Optional<TimetableRow> timetable(long id) {
		return this.jdbc.sql("""
				select t.*, (select count(*) from timetable_lesson l where l.timetable_id = t.id) as lessons
				from timetable t where id = ?""").param(id).query(TimetableRepository::timetable).optional();
	}

	Optional<TimetableRow> timetableForUpdate(long id) {
		return this.jdbc.sql("select t.*, 0 as lessons from timetable t where id = ? for update")
			.param(id)
			.query(TimetableRepository::timetable)
			.optional();
	}

	Optional<TimetableRow> byPublicToken(String token) {
		return this.jdbc.sql("""
				select t.*, 0 as lessons from timetable t where public_token = ? and status = 'APPROVED'""")
			.param(token)
			.query(TimetableRepository::timetable)
			.optional();
	}

	/**
	 * The approved timetable of the organization in force on the date (the latest
	 * approved one taking effect by then), else the earliest approved one.
	 */
	Optional<TimetableRow> approved(long organizationId, LocalDate on) {
		return this.jdbc.sql("""
				select t.*, 0 as lessons from timetable t where organization_id = ? and status = 'APPROVED'
				order by (valid_from <= ?) desc, case when valid_from <= ? then valid_from end desc nulls last,
					valid_from limit 1""")
			.params(organizationId, on, on)
			.query(TimetableRepository::timetable)
			.optional();
	}

	private static TimetableRow timetable(ResultSet rs, int row) throws SQLException {
		return new TimetableRow(rs.getLong("id"), rs.getLong("organization_id"),
				rs.getObject("valid_from", LocalDate.class), rs.getString("status"), rs.getString("source"),
				rs.getString("note"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getString("approved_by"), rs.getObject("approved_at", OffsetDateTime.class),
				rs.getString("public_token"), rs.getInt("lessons"));
	}

	long createTimetable(long organizationId, LocalDate validFrom, String source, String note, String createdBy) {
		return this.jdbc.sql("""
				insert into timetable (organization_id, valid_from, status, source, note, created_by)
				values (?, ?, 'DRAFT', ?, ?, ?) returning id""")
			.params(organizationId, validFrom, source, note, createdBy)
			.query(Long.class)
			.single();
	}

	int deleteDraft(long id) {
		return this.jdbc.sql("delete from timetable where id = ? and status = 'DRAFT'").param(id).update();
	}

	/** Archives the organization's approved timetables; returns their ids. */
	List<Long> archiveApproved(long organizationId) {
		return this.jdbc.sql(
				"update timetable set status = 'ARCHIVED' where organization_id = ? and status = 'APPROVED' returning id")
			.param(organizationId)
			.query(Long.class)
			.list();
	}

	void approve(long id, String approvedBy) {
		this.jdbc.sql(
				"update timetable set status = 'APPROVED', approved_by = ?, approved_at = now() where id = ? and status = 'DRAFT'")
			.params(approvedBy, id)
			.update();
	}

	void setPublicToken(long id, String token) {
		this.jdbc.sql("update timetable set public_token = ? where id = ?").params(token, id).update();
	}

	// ---- lessons

	List<LessonRow> lessons(long timetableId) {
		return lessonsWhere("l.timetable_id = ?", timetableId);
	}

	List<LessonRow> lessonsOfGroup(long timetableId, long groupId) {
		return lessonsWhere("l.timetable_id = ? and l.group_id = ?", timetableId, groupId);
	}

	Optional<LessonRow> lesson(long lessonId) {
		return lessonsWhere("l.id = ?", lessonId).stream().findFirst();
	}

	private List<LessonRow> lessonsWhere(String where, Object... params) {
		return this.jdbc
			.sql("""
					select l.*, g.name as group_name, g.kind as group_kind, g.grade, %s as teacher_name
					from timetable_lesson l join study_group g on g.id = l.group_id left join person p on p.id = l.teacher_id
					where %s order by l.weekday, l.start_time, g.kind, g.grade nulls last, g.name"""
				.formatted(TEACHER_NAME, where))
			.params(params)
			.query((rs, row) -> new LessonRow(rs.getLong("id"), rs.getLong("timetable_id"), rs.getLong("group_id"),
					rs.getString("group_name"), rs.getString("group_kind"), (Integer) rs.getObject("grade"),
					rs.getString("subject"), (Long) rs.getObject("teacher_id"), rs.getString("teacher_name"),
					rs.getInt("weekday"), rs.getObject("start_time", LocalTime.class), rs.getInt("minutes"),
					rs.getString("mode"), rs.getString("meeting_url"), (Long) rs.getObject("tv_broadcast_id")))
			.list();
	}

	long insertLesson(long timetableId, LessonForm form) {
		return this.jdbc.sql("""
				insert into timetable_lesson (timetable_id, group_id, subject, teacher_id, weekday, start_time, minutes,
					mode, meeting_url, tv_broadcast_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(timetableId, form.groupId(), form.subject(), form.teacherId(), form.weekday(), form.startTime(),
					form.minutes(), form.mode(), form.meetingUrl(), form.tvBroadcastId())
			.query(Long.class)
			.single();
	}

	void updateLesson(long lessonId, LessonForm form) {
		this.jdbc.sql("""
				update timetable_lesson set group_id = ?, subject = ?, teacher_id = ?, weekday = ?, start_time = ?,
					minutes = ?, mode = ?, meeting_url = ?, tv_broadcast_id = ? where id = ?""")
			.params(form.groupId(), form.subject(), form.teacherId(), form.weekday(), form.startTime(), form.minutes(),
					form.mode(), form.meetingUrl(), form.tvBroadcastId(), lessonId)
			.update();
	}

	int deleteLesson(long lessonId) {
		return this.jdbc.sql("delete from timetable_lesson where id = ?").param(lessonId).update();
	}

	boolean broadcastExists(long id) {
		return this.jdbc.sql("select exists (select 1 from tv_broadcast where id = ?)")
			.param(id)
			.query(Boolean.class)
			.single();
	}

	// ---- solver runs

	long createJob(long organizationId, LocalDate validFrom, int lessons, int seconds, String startedBy, String node,
			String status) {
		return this.jdbc
			.sql("""
					insert into timetable_job (organization_id, valid_from, status, lessons, seconds_limit, started_by, node,
						started_at, heartbeat_at)
					values (?, ?, ?, ?, ?, ?, ?, case when ? = 'RUNNING' then now() end, now()) returning id""")
			.params(organizationId, validFrom, status, lessons, seconds, startedBy, node, status)
			.query(Long.class)
			.single();
	}

	void jobRunning(long jobId) {
		this.jdbc
			.sql("update timetable_job set status = 'RUNNING', started_at = now(), heartbeat_at = now() where id = ?")
			.param(jobId)
			.update();
	}

	void jobProgress(long jobId, String score, int hard, int soft) {
		this.jdbc.sql("""
				update timetable_job set best_score = ?, hard_score = ?, soft_score = ?, heartbeat_at = now()
				where id = ? and status = 'RUNNING'""").params(score, hard, soft, jobId).update();
	}

	void jobFinished(long jobId, String status, Long timetableId, String score, Integer hard, Integer soft,
			String error) {
		this.jdbc.sql("""
				update timetable_job set status = ?, timetable_id = ?, best_score = coalesce(?, best_score),
					hard_score = coalesce(?, hard_score), soft_score = coalesce(?, soft_score), error = ?,
					finished_at = now(), heartbeat_at = now() where id = ?""")
			.params(status, timetableId, score, hard, soft, error, jobId)
			.update();
	}

	boolean requestStop(long jobId) {
		return this.jdbc
			.sql("update timetable_job set stop_requested = true where id = ? and status in ('QUEUED', 'RUNNING')")
			.param(jobId)
			.update() > 0;
	}

	boolean stopRequested(long jobId) {
		return this.jdbc.sql("select stop_requested from timetable_job where id = ?")
			.param(jobId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	void heartbeat(List<Long> jobIds) {
		for (Long id : jobIds) {
			this.jdbc.sql("update timetable_job set heartbeat_at = now() where id = ?").param(id).update();
		}
	}

	/** Fails the runs a gone node left behind (or this node's own, at start-up). */
	int failAbandoned(String node, boolean includingOwn) {
		return this.jdbc.sql("""
				update timetable_job set status = 'FAILED', error = 'abandoned', finished_at = now()
				where status in ('QUEUED', 'RUNNING') and ((node = ? and ?)
					or (node <> ? and heartbeat_at < now() - interval '2 minutes'))""")
			.params(node, includingOwn, node)
			.update();
	}

	Optional<JobRow> job(long jobId) {
		return jobsWhere("id = ?", jobId).stream().findFirst();
	}

	List<JobRow> recentJobs(long organizationId) {
		return jobsWhere("organization_id = ? order by created_at desc limit 5", organizationId);
	}

	private List<JobRow> jobsWhere(String where, Object param) {
		return this.jdbc.sql("select * from timetable_job where " + where)
			.param(param)
			.query((rs, row) -> new JobRow(rs.getLong("id"), rs.getLong("organization_id"),
					rs.getObject("valid_from", LocalDate.class), rs.getString("status"), rs.getInt("lessons"),
					rs.getString("best_score"), (Integer) rs.getObject("hard_score"),
					(Integer) rs.getObject("soft_score"), rs.getInt("seconds_limit"), rs.getBoolean("stop_requested"),
					(Long) rs.getObject("timetable_id"), rs.getString("error"), rs.getString("started_by"),
					rs.getString("node"), rs.getObject("created_at", OffsetDateTime.class),
					rs.getObject("started_at", OffsetDateTime.class),
					rs.getObject("finished_at", OffsetDateTime.class)))
			.list();
	}

	// ---- rows

	public record GroupRow(long id, long organizationId, String name, String kind, Integer grade) {

	}

	public record Teacher(long id, String name) {

	}

	public record Assignment(long groupId, String kind, Integer grade, String subject, long teacherId) {

	}

	public record LoadRow(long id, long groupId, String groupName, String subject, long teacherId, String teacherName,
			int hoursPerWeek, boolean live) {

	}

	public record UnavailabilityRow(long id, long teacherId, String teacherName, int weekday, LocalTime from,
			LocalTime to) {

	}

	public record TimetableRow(long id, long organizationId, LocalDate validFrom, String status, String source,
			String note, String createdBy, OffsetDateTime createdAt, String approvedBy, OffsetDateTime approvedAt,
			String publicToken, int lessons) {

		public boolean draft() {
			return "DRAFT".equals(this.status);
		}

	}

	public record LessonRow(long id, long timetableId, long groupId, String groupName, String groupKind, Integer grade,
			String subject, Long teacherId, String teacherName, int weekday, LocalTime start, int minutes, String mode,
			String meetingUrl, Long tvBroadcastId) {

		public LocalTime end() {
			return this.start.plusMinutes(this.minutes);
		}

	}

	public record JobRow(long id, long organizationId, LocalDate validFrom, String status, int lessons,
			String bestScore, Integer hardScore, Integer softScore, int secondsLimit, boolean stopRequested,
			Long timetableId, String error, String startedBy, String node, OffsetDateTime createdAt,
			OffsetDateTime startedAt, OffsetDateTime finishedAt) {

		public boolean running() {
			return "QUEUED".equals(this.status) || "RUNNING".equals(this.status);
		}

	}

}
