package kz.qashyq.journal.internal;

import java.time.LocalDate;
import java.util.List;

import kz.qashyq.journal.internal.JournalViews.Choice;
import kz.qashyq.journal.internal.JournalViews.PreschoolDay;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * O-1.6b, O-1.5e: preschool daily attendance and the parents' choices. Nothing here
 * touches a pupil's enrolment: an absence never removes a place.
 */
@Repository
class PreschoolRepository {

	private final JdbcClient jdbc;

	PreschoolRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DayRow> days(long groupId, LocalDate day) {
		return this.jdbc.sql("""
				select learner_id, present, reason, parents_choice, marked_by from preschool_attendance
				where group_id = ? and day = ?""")
			.params(groupId, day)
			.query((rs, row) -> new DayRow(rs.getLong("learner_id"), rs.getBoolean("present"), rs.getString("reason"),
					rs.getBoolean("parents_choice"), rs.getString("marked_by")))
			.list();
	}

	java.util.Optional<String> describe(long learnerId, LocalDate day) {
		return this.jdbc.sql("""
				select case when present then 'PRESENT' else 'ABSENT' end || coalesce(' (' || reason || ')', '')
				from preschool_attendance where learner_id = ? and day = ?""")
			.params(learnerId, day)
			.query(String.class)
			.optional();
	}

	List<PreschoolDay> daysOf(long learnerId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select day, present, reason, parents_choice from preschool_attendance
				where learner_id = ? and day between ? and ? order by day""")
			.params(learnerId, from, to)
			.query((rs, row) -> new PreschoolDay(rs.getObject("day", LocalDate.class), rs.getBoolean("present"),
					rs.getString("reason"), rs.getBoolean("parents_choice")))
			.list();
	}

	/**
	 * Whether the parent chose "stays at home" for the pupil on the day (the latest
	 * choice).
	 */
	boolean staysHome(long learnerId, LocalDate day) {
		return this.jdbc
			.sql("""
					select coalesce((select stays_home from preschool_attendance_choice
						where learner_id = ? and ? between from_date and to_date order by recorded_at desc, id desc limit 1), false)""")
			.params(learnerId, day)
			.query(Boolean.class)
			.single();
	}

	List<Choice> choices(long learnerId, LocalDate from) {
		return this.jdbc.sql("""
				select from_date, to_date, stays_home, recorded_by from preschool_attendance_choice
				where learner_id = ? and to_date >= ? order by from_date, id""")
			.params(learnerId, from)
			.query((rs, row) -> new Choice(rs.getObject("from_date", LocalDate.class),
					rs.getObject("to_date", LocalDate.class), rs.getBoolean("stays_home"), rs.getString("recorded_by")))
			.list();
	}

	void save(long learnerId, LocalDate day, long groupId, boolean present, String reason, boolean parentsChoice,
			String actor) {
		this.jdbc.sql("""
				insert into preschool_attendance (learner_id, day, group_id, present, reason, parents_choice, marked_by)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (learner_id, day) do update set present = excluded.present, reason = excluded.reason,
					parents_choice = excluded.parents_choice, marked_by = excluded.marked_by, marked_at = now()""")
			.params(learnerId, day, groupId, present, reason, parentsChoice, actor)
			.update();
	}

	void choose(long learnerId, LocalDate from, LocalDate to, boolean staysHome, String actor) {
		this.jdbc.sql("""
				insert into preschool_attendance_choice (learner_id, from_date, to_date, stays_home, recorded_by)
				values (?, ?, ?, ?, ?)""").params(learnerId, from, to, staysHome, actor).update();
	}

	record DayRow(long learnerId, boolean present, String reason, boolean parentsChoice, String markedBy) {

	}

}
