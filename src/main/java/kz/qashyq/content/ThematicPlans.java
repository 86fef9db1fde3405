package kz.qashyq.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The calendar-thematic plans for other modules (the journal takes a lesson's topic from
 * them, coursework links assignments to topics). No access check: the caller has checked
 * that its user may see the class.
 */
public interface ThematicPlans {

	/**
	 * The topics of the plan of a class or group and subject, in order; empty when there
	 * is no plan.
	 */
	List<PlannedTopic> topics(long groupId, String subject);

	/**
	 * The topic planned for a date (the first by position when several are).
	 */
	Optional<PlannedTopic> topicOn(long groupId, String subject, LocalDate date);

	/**
	 * The topics planned for the dates of a range, inclusive, in one query: for each date
	 * the first by position. Dates without a planned topic are absent.
	 */
	Map<LocalDate, PlannedTopic> topicsBetween(long groupId, String subject, LocalDate from, LocalDate to);

}
