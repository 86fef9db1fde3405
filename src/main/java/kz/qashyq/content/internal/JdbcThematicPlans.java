package kz.qashyq.content.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.qashyq.content.LearningForm;
import kz.qashyq.content.PlannedTopic;
import kz.qashyq.content.ThematicPlans;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads topics of the calendar-thematic plans for other modules.
 */
@Service
class JdbcThematicPlans implements ThematicPlans {

	private static final String TOPICS = "select t.id, t.plan_id, t.position, t.title, t.hours, t.planned_date, "
			+ "t.deadline, t.form from plan_topic t join thematic_plan p on p.id = t.plan_id "
			+ "where p.group_id = :group and p.subject = :subject";

	private final JdbcClient jdbc;

	JdbcThematicPlans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PlannedTopic> topics(long groupId, String subject) {
		return this.jdbc.sql(TOPICS + " order by t.position")
			.param("group", groupId)
			.param("subject", subject)
			.query(JdbcThematicPlans::topic)
			.list();
	}

	@Override
	public Optional<PlannedTopic> topicOn(long groupId, String subject, LocalDate date) {
		return this.jdbc.sql(TOPICS + " and t.planned_date = :date order by t.position limit 1")
			.param("group", groupId)
			.param("subject", subject)
			.param("date", date)
			.query(JdbcThematicPlans::topic)
			.optional();
	}

	@Override
	public Map<LocalDate, PlannedTopic> topicsBetween(long groupId, String subject, LocalDate from, LocalDate to) {
		Map<LocalDate, PlannedTopic> topics = new HashMap<>();
		this.jdbc.sql(TOPICS + " and t.planned_date between :from and :to order by t.planned_date, t.position")
			.param("group", groupId)
			.param("subject", subject)
			.param("from", from)
			.param("to", to)
			.query(JdbcThematicPlans::topic)
			.list()
			.forEach((topic) -> topics.putIfAbsent(topic.plannedDate(), topic));
		return topics;
	}

	static PlannedTopic topic(ResultSet rs, int row) throws SQLException {
		String form = rs.getString("form");
		return new PlannedTopic(rs.getLong("id"), rs.getLong("plan_id"), rs.getInt("position"), rs.getString("title"),
				rs.getBigDecimal("hours"), rs.getObject("planned_date", LocalDate.class),
				rs.getObject("deadline", LocalDate.class), (form != null) ? LearningForm.valueOf(form) : null);
	}

}
