package kz.qashyq.coursework.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kz.qashyq.coursework.Channel;
import kz.qashyq.coursework.GradingScale;
import kz.qashyq.coursework.TaskStatus;
import kz.qashyq.coursework.WorkType;
import kz.qashyq.coursework.internal.Views.AssignmentRow;
import kz.qashyq.coursework.internal.Views.AssignmentView;
import kz.qashyq.coursework.internal.Views.Criterion;
import kz.qashyq.coursework.internal.Views.Descriptor;
import kz.qashyq.coursework.internal.Views.FileView;
import kz.qashyq.coursework.internal.Views.FlaggedRow;
import kz.qashyq.coursework.internal.Views.Flag;
import kz.qashyq.coursework.internal.Views.GradeView;
import kz.qashyq.coursework.internal.Views.InboxRow;
import kz.qashyq.coursework.internal.Views.Material;
import kz.qashyq.coursework.internal.Views.Score;
import kz.qashyq.coursework.internal.Views.SubmissionView;
import kz.qashyq.coursework.internal.Views.TaskRow;
import kz.qashyq.coursework.internal.Views.Teaching;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The coursework tables, and the directory's classes, learners and teaching assignments
 * as coursework reads them.
 */
@Repository
class CourseworkRepository {

	private final JdbcClient jdbc;

	CourseworkRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- directory facts

	public record GroupFacts(long id, long organizationId, String name, ZoneId zone) {
	}

	Optional<GroupFacts> group(long groupId) {
		return this.jdbc.sql("""
				select g.id, g.organization_id, g.name, o.time_zone from study_group g
				join organization o on o.id = g.organization_id where g.id = ?""")
			.param(groupId)
			.query((rs, n) -> new GroupFacts(rs.getLong(1), rs.getLong(2), rs.getString(3), ZoneId.of(rs.getString(4))))
			.optional();
	}

	List<String> subjectsOf(long groupId, Long personId) {
		return this.jdbc.sql("""
				select distinct subject from teaching_assignment where group_id = :group
				and (cast(:person as bigint) is null or person_id = :person) order by subject""")
			.param("group", groupId)
			.param("person", personId)
			.query(String.class)
			.list();
	}

	List<Teaching> teachingOf(long personId) {
		return this.jdbc.sql("""
				select g.id, g.name, t.subject from teaching_assignment t join study_group g on g.id = t.group_id
				where t.person_id = ? order by g.grade nulls last, g.name, t.subject""")
			.param(personId)
			.query((rs, n) -> new Teaching(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	record LearnerName(long id, String name, Long groupId) {
	}

	List<LearnerName> learnersOf(long groupId) {
		return this.jdbc
			.sql("""
					select l.person_id, p.last_name || ' ' || p.first_name, l.group_id from learner l
					join person p on p.id = l.person_id where l.group_id = ? order by p.last_name, p.first_name, l.person_id""")
			.param(groupId)
			.query((rs, n) -> new LearnerName(rs.getLong(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	Optional<LearnerName> learner(long learnerId) {
		return this.jdbc.sql("""
				select l.person_id, p.last_name || ' ' || p.first_name, l.group_id from learner l
				join person p on p.id = l.person_id where l.person_id = ?""")
			.param(learnerId)
			.query((rs, n) -> new LearnerName(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3)))
			.optional();
	}

	/**
	 * Whether the learner is one the assignment is for.
	 */
	boolean isFor(long assignmentId, long learnerId) {
		return this.jdbc.sql("""
				select exists (select 1 from assignment a join learner l on l.group_id = a.group_id
				where a.id = ? and l.person_id = ? and (not a.individual or exists (select 1 from assignment_learner al
				where al.assignment_id = a.id and al.learner_id = l.person_id)))""")
			.params(assignmentId, learnerId)
			.query(Boolean.class)
			.single();
	}

	// ---- channels setting

	Optional<List<Channel>> channelsSetting(long organizationId) {
		return this.jdbc.sql("select channels from coursework_channels where organization_id = ?")
			.param(organizationId)
			.query((rs, n) -> channels(rs.getArray(1)))
			.optional();
	}

	void saveChannels(long organizationId, List<Channel> channels, String actor) {
		this.jdbc.sql("""
				insert into coursework_channels (organization_id, channels, updated_by) values (?, ?, ?)
				on conflict (organization_id) do update set channels = excluded.channels,
				updated_by = excluded.updated_by, updated_at = now()""")
			.params(organizationId, names(channels), actor)
			.update();
	}

	// ---- assignments

	record NewAssignment(long organizationId, long groupId, String subject, String title, String instructions,
			WorkType workType, boolean summative, Long topicId, Instant releaseAt, Instant deadlineAt,
			List<Channel> channels, BigDecimal maxPoints, List<Long> learnerIds, String createdBy) {
	}

	long insertAssignment(NewAssignment a) {
		long id = this.jdbc.sql("""
				insert into assignment (organization_id, group_id, subject, title, instructions, work_type, summative,
				topic_id, release_at, deadline_at, channels, max_points, individual, created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(a.organizationId(), a.groupId(), a.subject(), a.title(), a.instructions(), a.workType().name(),
					a.summative(), a.topicId(), Timestamp.from(a.releaseAt()), Timestamp.from(a.deadlineAt()),
					names(a.channels()), a.maxPoints(), !a.learnerIds().isEmpty(), a.createdBy())
			.query(Long.class)
			.single();
		for (Long learner : a.learnerIds()) {
			this.jdbc.sql("insert into assignment_learner (assignment_id, learner_id) values (?, ?)")
				.params(id, learner)
				.update();
		}
		return id;
	}

	void insertCriterion(long assignmentId, int position, Rubrics.CriterionInput criterion) {
		long id = this.jdbc.sql("""
				insert into rubric_criterion (assignment_id, position, title, max_points) values (?, ?, ?, ?)
				returning id""")
			.params(assignmentId, position, criterion.title().strip(), criterion.maxPoints())
			.query(Long.class)
			.single();
		int d = 1;
		for (Rubrics.DescriptorInput descriptor : criterion.descriptors()) {
			this.jdbc
				.sql("insert into rubric_descriptor (criterion_id, position, description, points) values (?, ?, ?, ?)")
				.params(id, d++, descriptor.description().strip(), descriptor.points())
				.update();
		}
	}

	void insertMaterial(long assignmentId, int position, UUID fileId) {
		this.jdbc.sql("insert into assignment_material (assignment_id, position, file_id) values (?, ?, ?)")
			.params(assignmentId, position, fileId)
			.update();
	}

	Optional<AssignmentView> assignment(long id) {
		Optional<AssignmentView> bare = this.jdbc
			.sql("""
					select a.*, g.name as group_name, o.time_zone, t.title as topic_title, t.planned_date as topic_date,
					coalesce((select array_agg(learner_id order by learner_id) from assignment_learner where assignment_id = a.id),
					'{}') as learner_ids
					from assignment a join study_group g on g.id = a.group_id join organization o on o.id = a.organization_id
					left join plan_topic t on t.id = a.topic_id where a.id = ?""")
			.param(id)
			.query((rs, n) -> {
				ZoneId zone = ZoneId.of(rs.getString("time_zone"));
				Instant release = rs.getTimestamp("release_at").toInstant();
				Instant deadline = rs.getTimestamp("deadline_at").toInstant();
				Long[] learners = (Long[]) rs.getArray("learner_ids").getArray();
				return new AssignmentView(rs.getLong("id"), rs.getLong("organization_id"), rs.getLong("group_id"),
						rs.getString("group_name"), rs.getString("subject"), rs.getString("title"),
						rs.getString("instructions"), WorkType.valueOf(rs.getString("work_type")),
						rs.getBoolean("summative"), (Long) rs.getObject("topic_id"), rs.getString("topic_title"),
						rs.getObject("topic_date", java.time.LocalDate.class), release, deadline, zone.getId(),
						LocalDateTime.ofInstant(release, zone), LocalDateTime.ofInstant(deadline, zone),
						channels(rs.getArray("channels")), rs.getBigDecimal("max_points"), rs.getBoolean("individual"),
						Arrays.asList(learners), List.of(), List.of(), rs.getString("created_by"));
			})
			.optional();
		return bare.map((a) -> new AssignmentView(a.id(), a.organizationId(), a.groupId(), a.groupName(), a.subject(),
				a.title(), a.instructions(), a.workType(), a.summative(), a.topicId(), a.topicTitle(),
				a.topicPlannedDate(), a.releaseAt(), a.deadlineAt(), a.timeZone(), a.localRelease(), a.localDeadline(),
				a.channels(), a.maxPoints(), a.individual(), a.learnerIds(), criteria(id), materials(id),
				a.createdBy()));
	}

	List<Criterion> criteria(long assignmentId) {
		Map<Long, List<Descriptor>> descriptors = new LinkedHashMap<>();
		this.jdbc.sql("""
				select d.* from rubric_descriptor d join rubric_criterion c on c.id = d.criterion_id
				where c.assignment_id = ? order by d.criterion_id, d.position""").param(assignmentId).query((rs) -> {
			descriptors.computeIfAbsent(rs.getLong("criterion_id"), (k) -> new ArrayList<>())
				.add(new Descriptor(rs.getLong("id"), rs.getInt("position"), rs.getString("description"),
						rs.getBigDecimal("points")));
		});
		return this.jdbc.sql("select * from rubric_criterion where assignment_id = ? order by position")
			.param(assignmentId)
			.query((rs, n) -> new Criterion(rs.getLong("id"), rs.getInt("position"), rs.getString("title"),
					rs.getBigDecimal("max_points"), descriptors.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	List<Material> materials(long assignmentId) {
		return this.jdbc.sql("""
				select m.position, f.id, f.original_name, f.size, f.media_type from assignment_material m
				join stored_file f on f.id = m.file_id where m.assignment_id = ? order by m.position""")
			.param(assignmentId)
			.query((rs, n) -> new Material(rs.getInt(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getLong(4),
					rs.getString(5)))
			.list();
	}

	/**
	 * The ids of the assignments a person created or teaches (subject and class of one of
	 * their teaching assignments), through the indexes on {@code created_by} and
	 * {@code (group_id, subject)} rather than a scan of every assignment in the country.
	 */
	private static final String MINE = """
			select a.id from assignment a where a.created_by = :username
			union
			select a.id from teaching_assignment t join assignment a on a.group_id = t.group_id and a.subject = t.subject
			where t.person_id = :person""";

	/**
	 * The assignments a person teaches (by class and subject) or created, newest deadline
	 * first, with the counts of their statuses.
	 */
	List<AssignmentRow> assignmentsOf(Long personId, String username, int limit) {
		return this.jdbc
			.sql(AUDIENCE
					+ """
							select a.id, a.title, a.subject, g.name, a.work_type, a.summative, a.release_at, a.deadline_at, o.time_zone,
							(select count(*) from audience au where au.assignment_id = a.id) as learners,
							(select count(distinct s.learner_id) from submission s where s.assignment_id = a.id) as submitted,
							(select count(distinct s.learner_id) from submission s join grade gr on gr.submission_id = s.id and gr.current
							 where s.assignment_id = a.id) as graded
							from ("""
					+ MINE + """
							) mine join assignment a on a.id = mine.id join study_group g on g.id = a.group_id
							join organization o on o.id = a.organization_id
							order by a.deadline_at desc, a.id desc limit :limit""")
			.param("username", username)
			.param("person", personId)
			.param("limit", limit)
			.param("filter", -1L)
			.query((rs, n) -> {
				ZoneId zone = ZoneId.of(rs.getString("time_zone"));
				return new AssignmentRow(rs.getLong("id"), rs.getString("title"), rs.getString("subject"),
						rs.getString(4), WorkType.valueOf(rs.getString("work_type")), rs.getBoolean("summative"),
						LocalDateTime.ofInstant(rs.getTimestamp("release_at").toInstant(), zone),
						LocalDateTime.ofInstant(rs.getTimestamp("deadline_at").toInstant(), zone),
						rs.getInt("learners"), rs.getInt("submitted"), rs.getInt("graded"));
			})
			.list();
	}

	/**
	 * The learners each assignment is for, restricted to the assignments of one group
	 * ({@code :filter} = -1 for all).
	 */
	private static final String AUDIENCE = """
			with audience as (
				select a.id as assignment_id, l.person_id as learner_id from assignment a join learner l on l.group_id = a.group_id
				where (cast(:filter as bigint) = -1 or a.group_id = :filter)
				and (not a.individual or exists (select 1 from assignment_learner al where al.assignment_id = a.id
				and al.learner_id = l.person_id)))
			""";

	// ---- tasks and statuses

	private static final String TASKS = """
			select a.id as assignment_id, l.person_id as learner_id, p.last_name || ' ' || p.first_name as learner_name,
			a.group_id, g.name as group_name, a.subject, a.title, a.work_type, a.summative, a.deadline_at, o.time_zone,
			s.id as submission_id, s.late, gr.points, gr.max_points, gr.mark, gr.feedback, a.max_points as assignment_max
			from assignment a join learner l on l.group_id = a.group_id join person p on p.id = l.person_id
			join study_group g on g.id = a.group_id join organization o on o.id = a.organization_id
			left join lateral (select s.id, s.late from submission s where s.assignment_id = a.id and s.learner_id = l.person_id
			order by s.version desc limit 1) s on true
			left join grade gr on gr.submission_id = s.id and gr.current
			where (not a.individual or exists (select 1 from assignment_learner al where al.assignment_id = a.id
			and al.learner_id = l.person_id))
			""";

	/**
	 * A page of a learner's released tasks, newest deadline first: at most {@code limit}
	 * rows, those before the task {@code before} (by deadline, then id) when given.
	 */
	List<TaskRow> tasksOfLearner(long learnerId, Instant now, Long before, int limit) {
		return this.jdbc.sql(TASKS + """
				and l.person_id = :learner and a.release_at <= :now
				and (cast(:before as bigint) is null
				or (a.deadline_at, a.id) < (select b.deadline_at, b.id from assignment b where b.id = :before))
				order by a.deadline_at desc, a.id desc limit :limit""")
			.param("learner", learnerId)
			.param("now", Timestamp.from(now))
			.param("before", before, java.sql.Types.BIGINT)
			.param("limit", limit)
			.query((rs, n) -> task(rs, now))
			.list();
	}

	List<TaskRow> tasksOfAssignment(long assignmentId, Instant now) {
		return this.jdbc.sql(TASKS + " and a.id = :id order by p.last_name, p.first_name, l.person_id")
			.param("id", assignmentId)
			.query((rs, n) -> task(rs, now))
			.list();
	}

	List<TaskRow> tasksDue(long learnerId, Long groupId, Instant from, Instant to, Instant now) {
		return this.jdbc.sql(TASKS + """
				and l.person_id = :learner and a.release_at <= :now and a.deadline_at >= :from and a.deadline_at < :to
				order by a.deadline_at, a.id""")
			.param("learner", learnerId)
			.param("now", Timestamp.from(now))
			.param("from", Timestamp.from(from))
			.param("to", Timestamp.from(to))
			.query((rs, n) -> task(rs, now))
			.list();
	}

	record GroupTask(long id, String title, String subject, Instant deadlineAt) {
	}

	List<GroupTask> groupTasksDue(long groupId, Instant from, Instant to, Instant now) {
		return this.jdbc.sql("""
				select id, title, subject, deadline_at from assignment where group_id = ? and not individual
				and release_at <= ? and deadline_at >= ? and deadline_at < ? order by deadline_at, id""")
			.params(groupId, Timestamp.from(now), Timestamp.from(from), Timestamp.from(to))
			.query((rs, n) -> new GroupTask(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	/**
	 * Released assignments of a group whose deadline has passed with no submission.
	 */
	List<TaskRow> overdue(long groupId, Instant now) {
		return this.jdbc
			.sql(TASKS + " and a.group_id = :group and a.release_at <= :now and a.deadline_at < :now and s.id is null "
					+ "order by p.last_name, l.person_id, a.deadline_at")
			.param("group", groupId)
			.param("now", Timestamp.from(now))
			.query((rs, n) -> task(rs, now))
			.list();
	}

	private static TaskRow task(ResultSet rs, Instant now) throws SQLException {
		ZoneId zone = ZoneId.of(rs.getString("time_zone"));
		Instant deadline = rs.getTimestamp("deadline_at").toInstant();
		Long submission = (Long) rs.getObject("submission_id");
		BigDecimal points = rs.getBigDecimal("points");
		TaskStatus status;
		if (submission == null) {
			status = deadline.isBefore(now) ? TaskStatus.OVERDUE : TaskStatus.NOT_SUBMITTED;
		}
		else if (points != null) {
			status = TaskStatus.GRADED;
		}
		else {
			status = rs.getBoolean("late") ? TaskStatus.LATE : TaskStatus.SUBMITTED;
		}
		BigDecimal max = rs.getBigDecimal("max_points");
		return new TaskRow(rs.getLong("assignment_id"), rs.getLong("learner_id"), rs.getString("learner_name"),
				rs.getLong("group_id"), rs.getString("group_name"), rs.getString("subject"), rs.getString("title"),
				WorkType.valueOf(rs.getString("work_type")), rs.getBoolean("summative"), deadline,
				LocalDateTime.ofInstant(deadline, zone), status, submission, points,
				(max != null) ? max : rs.getBigDecimal("assignment_max"), rs.getBigDecimal("mark"),
				rs.getString("feedback"));
	}

	/**
	 * The inbox's submissions and the classes and subjects to filter them by.
	 */
	record Inbox(List<InboxRow> rows, List<Teaching> scopes) {
	}

	/**
	 * Latest submissions of the assignments a person teaches or created: without a
	 * current grade, most urgent deadline first, or ({@code all}) with the checked ones
	 * too, newest deadline first; of one class and one subject when these are given. With
	 * them, in the same statement (the inbox is opened at the morning peak), the classes
	 * and subjects of all those assignments, by name.
	 */
	Inbox inbox(Long personId, String username, Long groupId, String subject, boolean all, int limit) {
		String where = ((groupId != null) ? " and a.group_id = :group" : "")
				+ ((subject != null) ? " and a.subject = :subject" : "") + (all ? "" : " and gr.id is null");
		String order = all ? "a.deadline_at desc, a.id desc, p.last_name, p.first_name, s.id"
				: "a.deadline_at, s.received_at, s.id";
		String sql = """
				with mine as (%s), found as (
				select s.id, a.id as assignment_id, a.title, a.subject, g.name, p.last_name || ' ' || p.first_name as learner,
				s.version, s.channel, s.received_at, s.late, a.deadline_at, o.time_zone, gr.points, gr.max_points, gr.mark,
				row_number() over (order by %s) as n
				from mine join assignment a on a.id = mine.id join submission s on s.assignment_id = a.id
				join study_group g on g.id = a.group_id
				join organization o on o.id = a.organization_id join person p on p.id = s.learner_id
				left join grade gr on gr.submission_id = s.id and gr.current
				where not exists (select 1 from submission n where n.assignment_id = s.assignment_id
				and n.learner_id = s.learner_id and n.version > s.version)%s
				order by %s limit :limit)
				select 0 as part, n, id, assignment_id, title, subject, name, learner, version, channel, received_at, late,
				deadline_at, time_zone, points, max_points, mark from found
				union all
				select 1, 0, scope.group_id, null, null, scope.subject, scope.name, null, null, null, null, null, null, null,
				null, null, null
				from (select distinct a.group_id, a.subject, g.name from mine join assignment a on a.id = mine.id
				join study_group g on g.id = a.group_id) scope
				order by part, n, name, subject"""
			.formatted(MINE, order, where, order);
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
			.param("username", username)
			.param("person", personId)
			.param("limit", limit);
		if (groupId != null) {
			statement = statement.param("group", groupId);
		}
		if (subject != null) {
			statement = statement.param("subject", subject);
		}
		List<InboxRow> rows = new ArrayList<>();
		List<Teaching> scopes = new ArrayList<>();
		statement.query((rs) -> {
			if (rs.getInt("part") == 1) {
				scopes.add(new Teaching(rs.getLong("id"), rs.getString("name"), rs.getString("subject")));
				return;
			}
			ZoneId zone = ZoneId.of(rs.getString("time_zone"));
			rows.add(new InboxRow(rs.getLong("id"), rs.getLong("assignment_id"), rs.getString("title"),
					rs.getString("subject"), rs.getString("name"), rs.getString("learner"), rs.getInt("version"),
					Channel.valueOf(rs.getString("channel")), rs.getTimestamp("received_at").toInstant(),
					rs.getBoolean("late"), LocalDateTime.ofInstant(rs.getTimestamp("deadline_at").toInstant(), zone),
					zone.getId(), rs.getBigDecimal("points"), rs.getBigDecimal("max_points"),
					rs.getBigDecimal("mark")));
		});
		return new Inbox(rows, scopes);
	}

	// ---- submissions

	Optional<Long> submissionByKey(String recordedBy, String key) {
		return this.jdbc.sql("select id from submission where recorded_by = ? and idempotency_key = ?")
			.params(recordedBy, key)
			.query(Long.class)
			.optional();
	}

	void lockKey(String recordedBy, String key) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param(recordedBy + "|" + key).query((rs) -> {
		});
	}

	void lockLearner(long assignmentId, long learnerId) {
		this.jdbc.sql("select pg_advisory_xact_lock(?, ?)").params((int) assignmentId, (int) learnerId).query((rs) -> {
		});
	}

	record NewSubmission(long assignmentId, long learnerId, Channel channel, String body, Instant receivedAt,
			boolean late, boolean honestyConfirmed, String recordedBy, String idempotencyKey) {
	}

	long insertSubmission(NewSubmission s) {
		return this.jdbc.sql("""
				insert into submission (assignment_id, learner_id, version, channel, body, received_at, late,
				honesty_confirmed, recorded_by, idempotency_key)
				values (:a, :l, (select coalesce(max(version), 0) + 1 from submission where assignment_id = :a
				and learner_id = :l), :channel, :body, :received, :late, :honesty, :by, :key) returning id""")
			.param("a", s.assignmentId())
			.param("l", s.learnerId())
			.param("channel", s.channel().name())
			.param("body", s.body())
			.param("received", Timestamp.from(s.receivedAt()))
			.param("late", s.late())
			.param("honesty", s.honestyConfirmed())
			.param("by", s.recordedBy())
			.param("key", s.idempotencyKey())
			.query(Long.class)
			.single();
	}

	void insertSubmissionFile(long submissionId, int position, UUID fileId) {
		this.jdbc.sql("insert into submission_file (submission_id, position, file_id) values (?, ?, ?)")
			.params(submissionId, position, fileId)
			.update();
	}

	Optional<SubmissionView> submission(long id) {
		return this.jdbc.sql("""
				select s.*, p.last_name || ' ' || p.first_name as learner_name from submission s
				join person p on p.id = s.learner_id where s.id = ?""")
			.param(id)
			.query((rs, n) -> submission(rs))
			.optional()
			.map(this::complete);
	}

	List<SubmissionView> submissionsOf(long assignmentId, long learnerId) {
		return this.jdbc
			.sql("""
					select s.*, p.last_name || ' ' || p.first_name as learner_name from submission s
					join person p on p.id = s.learner_id where s.assignment_id = ? and s.learner_id = ? order by s.version desc""")
			.params(assignmentId, learnerId)
			.query((rs, n) -> submission(rs))
			.list()
			.stream()
			.map(this::complete)
			.toList();
	}

	private static SubmissionView submission(ResultSet rs) throws SQLException {
		return new SubmissionView(rs.getLong("id"), rs.getLong("assignment_id"), rs.getLong("learner_id"),
				rs.getString("learner_name"), rs.getInt("version"), Channel.valueOf(rs.getString("channel")),
				rs.getString("body"), rs.getTimestamp("received_at").toInstant(), rs.getBoolean("late"),
				rs.getBoolean("honesty_confirmed"), rs.getString("recorded_by"), List.of(), List.of(), List.of());
	}

	private SubmissionView complete(SubmissionView s) {
		return new SubmissionView(s.id(), s.assignmentId(), s.learnerId(), s.learnerName(), s.version(), s.channel(),
				s.body(), s.receivedAt(), s.late(), s.honestyConfirmed(), s.recordedBy(), files(s.id()), grades(s.id()),
				flags(s.id()));
	}

	List<FileView> files(long submissionId) {
		return this.jdbc.sql("""
				select sf.position, f.id, f.original_name, f.size, f.sha256, f.media_type from submission_file sf
				join stored_file f on f.id = sf.file_id where sf.submission_id = ? order by sf.position""")
			.param(submissionId)
			.query((rs, n) -> new FileView(rs.getInt(1), rs.getObject(2, UUID.class), rs.getString(3), rs.getLong(4),
					rs.getString(5), rs.getString(6)))
			.list();
	}

	List<GradeView> grades(long submissionId) {
		Map<Long, List<Score>> scores = new LinkedHashMap<>();
		this.jdbc.sql("""
				select gs.* from grade_score gs join grade g on g.id = gs.grade_id where g.submission_id = ?
				order by gs.grade_id, gs.criterion_id""").param(submissionId).query((rs) -> {
			scores.computeIfAbsent(rs.getLong("grade_id"), (k) -> new ArrayList<>())
				.add(new Score(rs.getLong("criterion_id"), (Long) rs.getObject("descriptor_id"),
						rs.getBigDecimal("points")));
		});
		return this.jdbc.sql("select * from grade where submission_id = ? order by graded_at desc, id desc")
			.param(submissionId)
			.query((rs, n) -> new GradeView(rs.getLong("id"), rs.getBigDecimal("points"),
					rs.getBigDecimal("max_points"), GradingScale.valueOf(rs.getString("scale")),
					rs.getBigDecimal("mark"), rs.getString("feedback"), rs.getString("graded_by"),
					rs.getTimestamp("graded_at").toInstant(), rs.getBoolean("current"),
					scores.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	List<Flag> flags(long submissionId) {
		return this.jdbc.sql("select * from honesty_flag where submission_id = ? order by flagged_at, id")
			.param(submissionId)
			.query((rs, n) -> new Flag(rs.getLong("id"), rs.getString("comment"), rs.getString("flagged_by"),
					rs.getTimestamp("flagged_at").toInstant()))
			.list();
	}

	List<FlaggedRow> flagsOfGroup(long groupId) {
		return flags("a.group_id", groupId);
	}

	List<FlaggedRow> flagsOfOrganization(long organizationId) {
		return flags("a.organization_id", organizationId);
	}

	private List<FlaggedRow> flags(String column, long id) {
		return this.jdbc.sql("""
				select s.id, a.id, a.title, a.subject, p.last_name || ' ' || p.first_name, f.comment, f.flagged_by,
				f.flagged_at from honesty_flag f join submission s on s.id = f.submission_id
				join assignment a on a.id = s.assignment_id join person p on p.id = s.learner_id
				where %s = ? order by f.flagged_at desc limit 200""".formatted(column))
			.param(id)
			.query((rs, n) -> new FlaggedRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
			.list();
	}

	// ---- grades

	long insertGrade(long submissionId, Rubrics.Scored scored, GradingScale scale, String feedback, String gradedBy,
			Instant at) {
		// two people grading at once: the second waits here and then regrades, so the
		// later grade is the current one instead of a clash on the one-current index
		this.jdbc.sql("select id from submission where id = ? for update")
			.param(submissionId)
			.query(Long.class)
			.single();
		this.jdbc.sql("update grade set current = false where submission_id = ? and current")
			.param(submissionId)
			.update();
		long id = this.jdbc.sql("""
				insert into grade (submission_id, points, max_points, scale, mark, feedback, graded_by, graded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(submissionId, scored.total(), scored.maxPoints(), scale.name(), scored.mark(), feedback, gradedBy,
					Timestamp.from(at))
			.query(Long.class)
			.single();
		for (Map.Entry<Long, BigDecimal> score : scored.points().entrySet()) {
			this.jdbc.sql("insert into grade_score (grade_id, criterion_id, descriptor_id, points) values (?, ?, ?, ?)")
				.params(id, score.getKey(), scored.descriptors().get(score.getKey()), score.getValue())
				.update();
		}
		return id;
	}

	void insertFlag(long submissionId, String comment, String actor) {
		this.jdbc.sql("insert into honesty_flag (submission_id, comment, flagged_by) values (?, ?, ?)")
			.params(submissionId, comment, actor)
			.update();
	}

	// ---- helpers

	private static String[] names(List<Channel> channels) {
		return channels.stream().map(Channel::name).toArray(String[]::new);
	}

	private static List<Channel> channels(Array array) throws SQLException {
		return Arrays.stream((String[]) array.getArray()).map(Channel::valueOf).toList();
	}

}
