package kz.qashyq.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What other modules add to a learner's or a class's day (A1-25e, A1-27c, A1-28c): the
 * topics of a published thematic schedule with their deadlines (kind {@code TOPIC}) and
 * the assignments due (kind {@code TASK}). Every bean of this type is asked while a day
 * or a week is assembled; the caller has already checked that the user may see the
 * learner or the class, so a contributor performs no access check of its own.
 */
public interface MyDayContributor {

	/**
	 * The entries of a learner (with their class) or of a class as a whole, whose local
	 * {@link MyDayEntry#date()} falls within the dates.
	 * @param learnerId the learner, or null for a class's own day
	 * @param groupId the learner's class or group, or the class; null when the learner
	 * has none
	 * @param zone the organization's time zone
	 * @param from the first date
	 * @param to the last date (inclusive)
	 */
	List<MyDayEntry> entries(Long learnerId, Long groupId, ZoneId zone, LocalDate from, LocalDate to);

}
