package kz.qashyq.journal.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.qashyq.journal.AttendanceStatus;
import kz.qashyq.coursework.WorkGraded;
import kz.qashyq.journal.MarkKind;
import kz.qashyq.journal.Participation;
import kz.qashyq.platform.web.RequestMemo;
import kz.qashyq.journal.internal.JournalViews.TaughtRow;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The journal's SQL: lessons, attendance, marks, term marks, history and contacts.
 */
@Repository
class JournalRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	JournalRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	Optional<GroupRow> group(long groupId) {
		return RequestMemo.get("journal.group:" + groupId,
				() -> this.jdbc.sql("""
						select g.id, g.name, g.kind, g.organization_id, o.time_zone, k.level
						from study_group g join organization o on o.id = g.organization_id
						join organization_kind k on k.code = o.kind where g.id = ?""")
					.param(groupId)
					.query((rs, row) -> new GroupRow(rs.getLong("id"), rs.getString("name"), rs.getString("kind"),
							rs.getLong("organization_id"), ZoneId.of(rs.getString("time_zone")), rs.getString("level")))
					.optional());
	}

	ZoneId zoneOf(long organizationId) {
		return this.jdbc.sql("select time_zone from organization where id = ?")
			.param(organizationId)
			.query(String.class)
			.optional()
			.map(ZoneId::of)
			.orElse(ZoneId.of("Asia/Almaty"));
	}

	List<LearnerRow> learners(long groupId) {
		return this.jdbc.sql("""
				select l.person_id, p.last_name || ' ' || p.first_name as name, l.has_internet, l.kind
				from learner l join person p on p.id = l.person_id where l.group_id = ?
				order by p.last_name, p.first_name, l.person_id""")
			.param(groupId)
			.query((rs, row) -> new LearnerRow(rs.getLong("person_id"), rs.getString("name"),
					rs.getBoolean("has_internet"), rs.getString("kind"), groupId))
			.list();
	}

	Optional<LearnerRow> learner(long learnerId) {
		return this.jdbc.sql("""
				select l.person_id, p.last_name || ' ' || p.first_name as name, l.has_internet, l.kind, l.group_id
				from learner l join person p on p.id = l.person_id where l.person_id = ?""")
			.param(learnerId)
			.query((rs, row) -> new LearnerRow(rs.getLong("person_id"), rs.getString("name"),
					rs.getBoolean("has_internet"), rs.getString("kind"), (Long) rs.getObject("group_id")))
			.optional();
	}

	/** The subjects of a class: taught there, or with journal lessons or marks. */
	List<String> subjects(long groupId) {
		return this.jdbc.sql("""
				select subject from teaching_assignment where group_id = :g
				union select subject from journal_lesson where group_id = :g
				union select subject from journal_mark where group_id = :g
				order by 1""").param("g", groupId).query(String.class).list();
	}

	/**
	 * Whether the person teaches the subject in the class (assigned, or on its
	 * timetable).
	 */
	/**
	 * The subjects a person teaches in a class (by teaching assignment or in the approved
	 * timetable), as {@link #teaches} decides for one.
	 */
	java.util.Set<String> subjectsTaught(long groupId, long personId) {
		return new java.util.HashSet<>(this.jdbc.sql("""
				select subject from teaching_assignment where group_id = :g and person_id = :p
				union select l.subject from timetable_lesson l join timetable t on t.id = l.timetable_id
					where l.group_id = :g and l.teacher_id = :p and t.status = 'APPROVED'""")
			.param("g", groupId)
			.param("p", personId)
			.query(String.class)
			.list());
	}

	boolean teaches(long groupId, long personId, String subject) {
		return this.jdbc
			.sql("""
					select exists (select 1 from teaching_assignment where group_id = :g and person_id = :p and subject = :s)
						or exists (select 1 from timetable_lesson l join timetable t on t.id = l.timetable_id
							where l.group_id = :g and l.teacher_id = :p and l.subject = :s and t.status = 'APPROVED')""")
			.param("g", groupId)
			.param("p", personId)
			.param("s", subject)
			.query(Boolean.class)
			.single();
	}

	/** The (class, subject) pairs a person teaches, with the class's name. */
	List<TaughtRow> taught(long personId) {
		return this.jdbc.sql("""
				select g.id, g.name, a.subject from teaching_assignment a join study_group g on g.id = a.group_id
				where a.person_id = ? order by g.name, a.subject""")
			.param(personId)
			.query((rs, row) -> new TaughtRow(rs.getLong("id"), rs.getString("name"), rs.getString("subject")))
			.list();
	}

	List<TaughtRow> groupsNamed(Collection<Long> groupIds) {
		return this.jdbc.sql("select id, name, kind from study_group where id = any(cast(? as bigint[])) order by name")
			.param(groupIds.toArray(Long[]::new))
			.query((rs, row) -> new TaughtRow(rs.getLong("id"), rs.getString("name"), rs.getString("kind")))
			.list();
	}

	List<TaughtRow> groupsOfOrganizations(Collection<Long> organizationIds) {
		return this.jdbc.sql("""
				select id, name, kind from study_group where organization_id = any(cast(? as bigint[]))
				order by organization_id, grade nulls last, name limit 200""")
			.param(organizationIds.toArray(Long[]::new))
			.query((rs, row) -> new TaughtRow(rs.getLong("id"), rs.getString("name"), rs.getString("kind")))
			.list();
	}

	List<JournalLessonRow> lessons(long groupId, String subject, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select id, lesson_date, start_time, timetable_lesson_id, topic from journal_lesson
				where group_id = ? and subject = ? and lesson_date between ? and ? order by lesson_date, start_time""")
			.params(groupId, subject, from, to)
			.query((rs, row) -> new JournalLessonRow(rs.getLong("id"), rs.getObject("lesson_date", LocalDate.class),
					rs.getObject("start_time", LocalTime.class), (Long) rs.getObject("timetable_lesson_id"),
					rs.getString("topic")))
			.list();
	}

	Optional<JournalLessonRow> lesson(long groupId, String subject, LocalDate date, LocalTime start) {
		return this.jdbc.sql("""
				select id, lesson_date, start_time, timetable_lesson_id, topic from journal_lesson
				where group_id = ? and subject = ? and lesson_date = ? and start_time = ?""")
			.params(groupId, subject, date, start)
			.query((rs, row) -> new JournalLessonRow(rs.getLong("id"), rs.getObject("lesson_date", LocalDate.class),
					rs.getObject("start_time", LocalTime.class), (Long) rs.getObject("timetable_lesson_id"),
					rs.getString("topic")))
			.optional();
	}

	/** The journal lesson of the key, made with the given topic when it is new. */
	long lessonId(long groupId, String subject, LocalDate date, LocalTime start, Long timetableLessonId, String topic,
			String actor) {
		return this.jdbc
			.sql("""
					insert into journal_lesson (group_id, subject, lesson_date, start_time, timetable_lesson_id, topic, created_by)
					values (?, ?, ?, ?, ?, ?, ?)
					on conflict (group_id, subject, lesson_date, start_time) do update set subject = excluded.subject
					returning id""")
			.params(groupId, subject, date, start, timetableLessonId, topic, actor)
			.query(Long.class)
			.single();
	}

	void setTopic(long lessonId, String topic) {
		this.jdbc.sql("update journal_lesson set topic = ? where id = ?").params(topic, lessonId).update();
	}

	List<AttendanceRow> attendance(long groupId, String subject, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select j.lesson_date, j.start_time, j.subject, a.learner_id, a.status, a.participation, a.reason
				from lesson_attendance a join journal_lesson j on j.id = a.lesson_id
				where j.group_id = ? and j.subject = ? and j.lesson_date between ? and ?""")
			.params(groupId, subject, from, to)
			.query(JournalRepository::attendanceRow)
			.list();
	}

	List<AttendanceRow> attendanceOfLearner(long learnerId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select j.lesson_date, j.start_time, j.subject, a.learner_id, a.status, a.participation, a.reason
				from lesson_attendance a join journal_lesson j on j.id = a.lesson_id
				where a.learner_id = ? and j.lesson_date between ? and ? order by j.lesson_date, j.start_time""")
			.params(learnerId, from, to)
			.query(JournalRepository::attendanceRow)
			.list();
	}

	/** The attendance of a class's lessons of every subject within the dates. */
	List<AttendanceRow> attendanceOfGroup(long groupId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select j.lesson_date, j.start_time, j.subject, a.learner_id, a.status, a.participation, a.reason
				from lesson_attendance a join journal_lesson j on j.id = a.lesson_id
				where j.group_id = ? and j.lesson_date between ? and ?""")
			.params(groupId, from, to)
			.query(JournalRepository::attendanceRow)
			.list();
	}

	private static AttendanceRow attendanceRow(ResultSet rs, int row) throws SQLException {
		String participation = rs.getString("participation");
		return new AttendanceRow(rs.getObject("lesson_date", LocalDate.class),
				rs.getObject("start_time", LocalTime.class), rs.getString("subject"), rs.getLong("learner_id"),
				AttendanceStatus.valueOf(rs.getString("status")),
				(participation != null) ? Participation.valueOf(participation) : null, rs.getString("reason"));
	}

	Optional<AttendanceRow> attendanceOf(long lessonId, long learnerId) {
		return this.jdbc.sql("""
				select j.lesson_date, j.start_time, j.subject, a.learner_id, a.status, a.participation, a.reason
				from lesson_attendance a join journal_lesson j on j.id = a.lesson_id
				where a.lesson_id = ? and a.learner_id = ?""")
			.params(lessonId, learnerId)
			.query(JournalRepository::attendanceRow)
			.optional();
	}

	/** The learners already marked at a journal lesson. */
	Set<Long> markedAt(long lessonId) {
		return new HashSet<>(this.jdbc.sql("select learner_id from lesson_attendance where lesson_id = ?")
			.param(lessonId)
			.query(Long.class)
			.list());
	}

	/**
	 * Marks the learners at a lesson in one batch, leaving any mark that another request
	 * made meanwhile.
	 * @return the learners that were marked here
	 */
	List<NewAttendance> insertAttendance(long lessonId, List<NewAttendance> rows, String actor) {
		int[][] counts = this.batch.batchUpdate("""
				insert into lesson_attendance (lesson_id, learner_id, status, participation, marked_by)
				values (?, ?, ?, ?, ?) on conflict (lesson_id, learner_id) do nothing""", rows, rows.size(),
				(statement, row) -> {
					statement.setLong(1, lessonId);
					statement.setLong(2, row.learnerId());
					statement.setString(3, row.status().name());
					statement.setString(4, (row.participation() != null) ? row.participation().name() : null);
					statement.setString(5, actor);
				});
		List<NewAttendance> inserted = new ArrayList<>();
		int index = 0;
		for (int[] chunk : counts) {
			for (int count : chunk) {
				if (count != 0) {
					inserted.add(rows.get(index));
				}
				index++;
			}
		}
		return inserted;
	}

	/** One learner's new attendance at a lesson. */
	record NewAttendance(long learnerId, AttendanceStatus status, Participation participation, String description) {

	}

	/**
	 * The history rows of many learners' changes of one kind on one day, in one batch.
	 */
	void histories(long groupId, String subject, String what, LocalDate day, List<NewAttendance> rows, String actor) {
		this.batch.batchUpdate("""
				insert into journal_change (group_id, learner_id, subject, what, day, old_value, new_value, changed_by)
				values (?, ?, ?, ?, ?, null, ?, ?)""", rows, rows.size(), (statement, row) -> {
			statement.setLong(1, groupId);
			statement.setLong(2, row.learnerId());
			statement.setString(3, subject);
			statement.setString(4, what);
			statement.setObject(5, day);
			statement.setString(6, row.description());
			statement.setString(7, actor);
		});
	}

	void saveAttendance(long lessonId, long learnerId, AttendanceStatus status, Participation participation,
			String reason, String actor) {
		this.jdbc.sql("""
				insert into lesson_attendance (lesson_id, learner_id, status, participation, reason, marked_by)
				values (?, ?, ?, ?, ?, ?)
				on conflict (lesson_id, learner_id) do update set status = excluded.status,
					participation = excluded.participation, reason = excluded.reason, marked_by = excluded.marked_by,
					marked_at = now()""")
			.params(lessonId, learnerId, status.name(), (participation != null) ? participation.name() : null, reason,
					actor)
			.update();
	}

	private static final String MARK_COLUMNS = """
			select id, learner_id, subject, mark_date, kind, scale, mark, points, max_points, source, submission_id,
				title, work_type, comment, entered_by, entered_at from journal_mark""";

	private static MarkRow markRow(ResultSet rs, int row) throws SQLException {
		return new MarkRow(rs.getLong("id"), rs.getLong("learner_id"), rs.getString("subject"),
				rs.getObject("mark_date", LocalDate.class), MarkKind.valueOf(rs.getString("kind")),
				rs.getString("scale"), rs.getBigDecimal("mark"), rs.getBigDecimal("points"),
				rs.getBigDecimal("max_points"), rs.getString("source"), (Long) rs.getObject("submission_id"),
				rs.getString("title"), rs.getString("work_type"), rs.getString("comment"), rs.getString("entered_by"),
				rs.getTimestamp("entered_at").toInstant());
	}

	List<MarkRow> marks(long groupId, String subject, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql(MARK_COLUMNS
					+ " where group_id = ? and subject = ? and mark_date between ? and ? order by mark_date, id")
			.params(groupId, subject, from, to)
			.query(JournalRepository::markRow)
			.list();
	}

	/** A learner's marks of a subject on a date. */
	List<MarkRow> marksOf(long learnerId, String subject, LocalDate date) {
		return this.jdbc.sql(MARK_COLUMNS + " where learner_id = ? and subject = ? and mark_date = ? order by id")
			.params(learnerId, subject, date)
			.query(JournalRepository::markRow)
			.list();
	}

	List<MarkRow> marksOfGroup(long groupId, LocalDate from, LocalDate to) {
		return this.jdbc.sql(MARK_COLUMNS + " where group_id = ? and mark_date between ? and ? order by mark_date, id")
			.params(groupId, from, to)
			.query(JournalRepository::markRow)
			.list();
	}

	List<MarkRow> marksOfLearner(long learnerId, LocalDate from, LocalDate to) {
		return this.jdbc
			.sql(MARK_COLUMNS + " where learner_id = ? and mark_date between ? and ? order by subject, mark_date, id")
			.params(learnerId, from, to)
			.query(JournalRepository::markRow)
			.list();
	}

	Optional<MarkRow> mark(long markId, long groupId) {
		return this.jdbc.sql(MARK_COLUMNS + " where id = ? and group_id = ?")
			.params(markId, groupId)
			.query(JournalRepository::markRow)
			.optional();
	}

	long insertManualMark(long organizationId, long groupId, long learnerId, String subject, LocalDate date,
			MarkKind kind, String scale, BigDecimal mark, String comment, String actor) {
		return this.jdbc.sql("""
				insert into journal_mark (organization_id, group_id, learner_id, subject, mark_date, kind, scale, mark,
					source, comment, entered_by) values (?, ?, ?, ?, ?, ?, ?, ?, 'MANUAL', ?, ?) returning id""")
			.params(organizationId, groupId, learnerId, subject, date, kind.name(), scale, mark, comment, actor)
			.query(Long.class)
			.single();
	}

	void updateManualMark(long markId, MarkKind kind, BigDecimal mark, String comment, String actor) {
		this.jdbc.sql("""
				update journal_mark set kind = ?, mark = ?, comment = ?, entered_by = ?, entered_at = now()
				where id = ? and source = 'MANUAL'""").params(kind.name(), mark, comment, actor, markId).update();
	}

	void deleteMark(long markId) {
		this.jdbc.sql("delete from journal_mark where id = ? and source = 'MANUAL'").param(markId).update();
	}

	Optional<MarkRow> markOfSubmission(long submissionId) {
		return this.jdbc.sql(MARK_COLUMNS + " where submission_id = ?")
			.param(submissionId)
			.query(JournalRepository::markRow)
			.optional();
	}

	/** Posts a graded submission; a regrade of the same submission replaces the row. */
	/**
	 * The mark of a graded submission: inserted, or replaced by a regrade.
	 */
	long upsertCourseworkMark(WorkGraded graded, MarkKind kind) {
		return this.jdbc
			.sql("""
					insert into journal_mark (organization_id, group_id, learner_id, subject, mark_date, kind, scale, mark, points,
						max_points, source, submission_id, assignment_id, title, work_type, comment, entered_by, entered_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'COURSEWORK', ?, ?, ?, ?, ?, ?, ?)
					on conflict (submission_id) do update set mark_date = excluded.mark_date, kind = excluded.kind,
						scale = excluded.scale, mark = excluded.mark, points = excluded.points, max_points = excluded.max_points,
						title = excluded.title, work_type = excluded.work_type, comment = excluded.comment,
						entered_by = excluded.entered_by, entered_at = excluded.entered_at
					returning id""")
			.params(graded.organizationId(), graded.groupId(), graded.learnerId(), graded.subject(), graded.date(),
					kind.name(), graded.scale().name(), graded.summative() ? graded.mark() : null, graded.points(),
					graded.maxPoints(), graded.submissionId(), graded.assignmentId(), graded.title(), graded.workType(),
					graded.feedback(), graded.gradedBy(), java.sql.Timestamp.from(graded.gradedAt()))
			.query(Long.class)
			.single();
	}

	List<TermRow> termMarks(long groupId, String subject, LocalDate termFrom) {
		return this.jdbc.sql("""
				select learner_id, term_from, term_to, percent, mark, fixed_by, fixed_at from term_mark
				where group_id = ? and subject = ? and term_from = ?""")
			.params(groupId, subject, termFrom)
			.query((rs, row) -> new TermRow(rs.getLong("learner_id"), rs.getObject("term_from", LocalDate.class),
					rs.getObject("term_to", LocalDate.class), rs.getBigDecimal("percent"), rs.getBigDecimal("mark"),
					rs.getString("fixed_by"), rs.getTimestamp("fixed_at").toInstant()))
			.list();
	}

	List<JournalViews.FixedTerm> termMarksOfLearner(long learnerId) {
		return this.jdbc.sql("""
				select subject, term_from, term_to, mark, scale from term_mark where learner_id = ?
				order by term_from desc, subject""")
			.param(learnerId)
			.query((rs, row) -> new JournalViews.FixedTerm(rs.getString("subject"),
					rs.getObject("term_from", LocalDate.class), rs.getObject("term_to", LocalDate.class),
					JournalService.strip(rs.getBigDecimal("mark")), rs.getString("scale")))
			.list();
	}

	void fixTermMark(long groupId, long learnerId, String subject, LocalDate from, LocalDate to, BigDecimal percent,
			BigDecimal mark, String scale, String actor) {
		this.jdbc
			.sql("""
					insert into term_mark (group_id, learner_id, subject, term_from, term_to, percent, mark, scale, fixed_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)
					on conflict (group_id, learner_id, subject, term_from) do update set term_to = excluded.term_to,
						percent = excluded.percent, mark = excluded.mark, scale = excluded.scale, fixed_by = excluded.fixed_by,
						fixed_at = now()""")
			.params(groupId, learnerId, subject, from, to, percent, mark, scale, actor)
			.update();
	}

	void history(long groupId, Long learnerId, String subject, String what, LocalDate day, String oldValue,
			String newValue, String actor) {
		this.jdbc.sql("""
				insert into journal_change (group_id, learner_id, subject, what, day, old_value, new_value, changed_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(groupId, learnerId, subject, what, day, oldValue, newValue, actor)
			.update();
	}

	List<ChangeRow> changes(long groupId, String subject, int limit) {
		return this.jdbc.sql("""
				select c.what, c.day, c.learner_id, p.last_name || ' ' || p.first_name as learner_name, c.subject,
					c.old_value, c.new_value, c.changed_by, c.changed_at
				from journal_change c left join person p on p.id = c.learner_id
				where c.group_id = ? and (cast(? as text) is null or c.subject = ?)
				order by c.changed_at desc, c.id desc limit ?""")
			.params(groupId, subject, subject, limit)
			.query((rs, row) -> new ChangeRow(rs.getString("what"), rs.getObject("day", LocalDate.class),
					(Long) rs.getObject("learner_id"), rs.getString("learner_name"), rs.getString("subject"),
					rs.getString("old_value"), rs.getString("new_value"), rs.getString("changed_by"),
					rs.getTimestamp("changed_at").toInstant()))
			.list();
	}

	void contact(long learnerId, LocalDate day, String kind) {
		this.jdbc.sql("insert into learner_contact (learner_id, day, kind) values (?, ?, ?) on conflict do nothing")
			.params(learnerId, day, kind)
			.update();
	}

	/**
	 * A1-27i: the last day each learner of the class had contact: attended a lesson, got
	 * a mark or handed in work (null when never).
	 */
	List<LastContactRow> lastContacts(long groupId, LocalDate upTo) {
		return this.jdbc
			.sql("""
					select l.person_id,
						greatest(
							(select max(j.lesson_date) from lesson_attendance a join journal_lesson j on j.id = a.lesson_id
								where a.learner_id = l.person_id and a.status in ('PRESENT', 'LATE') and j.lesson_date <= :upto),
							(select max(m.mark_date) from journal_mark m where m.learner_id = l.person_id and m.mark_date <= :upto),
							(select max(c.day) from learner_contact c where c.learner_id = l.person_id and c.day <= :upto),
							(select max(d.day) from preschool_attendance d where d.learner_id = l.person_id and d.present
								and d.day <= :upto)) as last_day
					from learner l where l.group_id = :g""")
			.param("g", groupId)
			.param("upto", upTo)
			.query((rs, row) -> new LastContactRow(rs.getLong("person_id"), rs.getObject("last_day", LocalDate.class)))
			.list();
	}

	record GroupRow(long id, String name, String kind, long organizationId, ZoneId zone, String level) {

	}

	record LearnerRow(long id, String name, boolean hasInternet, String kind, Long groupId) {

	}

	record JournalLessonRow(long id, LocalDate date, LocalTime start, Long timetableLessonId, String topic) {

	}

	record AttendanceRow(LocalDate date, LocalTime start, String subject, long learnerId, AttendanceStatus status,
			Participation participation, String reason) {

	}

	record MarkRow(long id, long learnerId, String subject, LocalDate date, MarkKind kind, String scale,
			BigDecimal mark, BigDecimal points, BigDecimal maxPoints, String source, Long submissionId, String title,
			String workType, String comment, String enteredBy, Instant enteredAt) {

	}

	record TermRow(long learnerId, LocalDate from, LocalDate to, BigDecimal percent, BigDecimal mark, String fixedBy,
			Instant fixedAt) {

	}

	record ChangeRow(String what, LocalDate day, Long learnerId, String learnerName, String subject, String oldValue,
			String newValue, String changedBy, Instant changedAt) {

	}

	record LastContactRow(long learnerId, LocalDate lastDay) {

	}

	/**
	 * How many learners have attendance marked in each journal lesson of the classes on
	 * the date, by class, subject and start ("groupId|subject|HH:mm").
	 */
	java.util.Map<String, Integer> attendanceCounts(java.util.Collection<Long> groupIds, java.time.LocalDate date) {
		java.util.Map<String, Integer> counts = new java.util.HashMap<>();
		if (groupIds.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select jl.group_id, jl.subject, jl.start_time, count(la.learner_id) as marked
				from journal_lesson jl left join lesson_attendance la on la.lesson_id = jl.id
				where jl.group_id in (:groups) and jl.lesson_date = :day
				group by jl.group_id, jl.subject, jl.start_time""")
			.param("groups", groupIds)
			.param("day", date)
			.query((rs) -> {
				counts.put(rs.getLong("group_id") + "|" + rs.getString("subject") + "|"
						+ rs.getObject("start_time", java.time.LocalTime.class), rs.getInt("marked"));
			});
		return counts;
	}

	/**
	 * An organization's day in the journal: lessons with attendance, learners marked
	 * absent, present by each channel, and marks given.
	 */
	record DayFigures(int lessons, int absent, int online, int tv, int post, int inPerson, int marks) {
	}

	DayFigures dayFigures(java.util.Collection<Long> groupIds, java.time.LocalDate date) {
		if (groupIds.isEmpty()) {
			return new DayFigures(0, 0, 0, 0, 0, 0, 0);
		}
		DayFigures attendance = this.jdbc.sql("""
				select count(distinct la.lesson_id) as lessons,
					count(*) filter (where la.status = 'ABSENT') as absent,
					count(*) filter (where la.participation = 'ONLINE') as online,
					count(*) filter (where la.participation = 'TV') as tv,
					count(*) filter (where la.participation = 'POST') as post,
					count(*) filter (where la.participation = 'IN_PERSON') as in_person
				from journal_lesson jl join lesson_attendance la on la.lesson_id = jl.id
				where jl.group_id in (:groups) and jl.lesson_date = :day""")
			.param("groups", groupIds)
			.param("day", date)
			.query((rs, row) -> new DayFigures(rs.getInt("lessons"), rs.getInt("absent"), rs.getInt("online"),
					rs.getInt("tv"), rs.getInt("post"), rs.getInt("in_person"), 0))
			.single();
		int marks = this.jdbc.sql(
				"select count(*) from journal_mark where group_id in (:groups) and mark_date = :day and mark is not null")
			.param("groups", groupIds)
			.param("day", date)
			.query(Integer.class)
			.single();
		return new DayFigures(attendance.lessons(), attendance.absent(), attendance.online(), attendance.tv(),
				attendance.post(), attendance.inPerson(), marks);
	}

}
