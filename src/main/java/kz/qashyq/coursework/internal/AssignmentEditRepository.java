package kz.qashyq.coursework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import kz.qashyq.coursework.Channel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of editing an assignment after it was issued, and of the changes its learners
 * are told about.
 */
@Repository
class AssignmentEditRepository {

	private final JdbcClient jdbc;

	AssignmentEditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean hasSubmissions(long assignmentId) {
		return this.jdbc.sql("select exists (select 1 from submission where assignment_id = ?)")
			.param(assignmentId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Locks the assignment's row for the edit, so that a submission arriving meanwhile
	 * waits (or an edit waits for it), and no rubric changes under a submitted work.
	 */
	void lock(long assignmentId) {
		this.jdbc.sql("select id from assignment where id = ? for update").param(assignmentId).query(Long.class).list();
	}

	/**
	 * Everything of an assignment that nobody has submitted to yet; its rubric, learners
	 * and topic are replaced.
	 */
	void updateAll(long assignmentId, CourseworkRepository.NewAssignment a) {
		this.jdbc.sql("""
				update assignment set subject = ?, title = ?, instructions = ?, work_type = ?, summative = ?,
				topic_id = ?, release_at = ?, deadline_at = ?, channels = ?, max_points = ?, individual = ?
				where id = ?""")
			.params(a.subject(), a.title(), a.instructions(), a.workType().name(), a.summative(), a.topicId(),
					Timestamp.from(a.releaseAt()), Timestamp.from(a.deadlineAt()), names(a.channels()), a.maxPoints(),
					!a.learnerIds().isEmpty(), assignmentId)
			.update();
		this.jdbc.sql("delete from assignment_learner where assignment_id = ?").param(assignmentId).update();
		for (Long learner : a.learnerIds()) {
			this.jdbc.sql("insert into assignment_learner (assignment_id, learner_id) values (?, ?)")
				.params(assignmentId, learner)
				.update();
		}
		this.jdbc.sql("delete from rubric_criterion where assignment_id = ?").param(assignmentId).update();
	}

	int nextMaterialPosition(long assignmentId) {
		return this.jdbc.sql("select coalesce(max(position), 0) + 1 from assignment_material where assignment_id = ?")
			.param(assignmentId)
			.query(Integer.class)
			.single();
	}

	/**
	 * The deadline and the instructions, all that may change once work was submitted.
	 */
	void updateDeadlineAndInstructions(long assignmentId, Instant deadline, String instructions) {
		this.jdbc.sql("update assignment set deadline_at = ?, instructions = ? where id = ?")
			.params(Timestamp.from(deadline), instructions, assignmentId)
			.update();
	}

	void insertChange(long assignmentId, Instant at, String by, Instant oldDeadline, Instant newDeadline,
			boolean instructionsChanged, boolean otherChanged) {
		this.jdbc.sql("""
				insert into assignment_change (assignment_id, changed_at, changed_by, old_deadline_at, new_deadline_at,
				instructions_changed, other_changed) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(assignmentId, Timestamp.from(at), by, Timestamp.from(oldDeadline), Timestamp.from(newDeadline),
					instructionsChanged, otherChanged)
			.update();
	}

	/**
	 * A change as stored.
	 */
	record ChangeRow(Instant changedAt, Instant oldDeadline, Instant newDeadline, boolean instructionsChanged,
			boolean otherChanged) {
	}

	List<ChangeRow> changes(long assignmentId) {
		return this.jdbc.sql("""
				select changed_at, old_deadline_at, new_deadline_at, instructions_changed, other_changed
				from assignment_change where assignment_id = ? order by changed_at desc, id desc""")
			.param(assignmentId)
			.query((rs, row) -> new ChangeRow(rs.getTimestamp("changed_at").toInstant(),
					rs.getTimestamp("old_deadline_at").toInstant(), rs.getTimestamp("new_deadline_at").toInstant(),
					rs.getBoolean("instructions_changed"), rs.getBoolean("other_changed")))
			.list();
	}

	private static String[] names(List<Channel> channels) {
		return channels.stream().map(Channel::name).toArray(String[]::new);
	}

}
