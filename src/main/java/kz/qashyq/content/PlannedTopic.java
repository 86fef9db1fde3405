package kz.qashyq.content;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A topic of a calendar-thematic plan.
 *
 * @param id the topic's id
 * @param planId its plan
 * @param position its place in the plan, from 1
 * @param title the topic
 * @param hours the working time in hours
 * @param plannedDate the date it is taught, or null
 * @param deadline the date by which learners complete it, or null
 * @param form the form of learning, or null
 */
public record PlannedTopic(long id, long planId, int position, String title, BigDecimal hours, LocalDate plannedDate,
		LocalDate deadline, LearningForm form) {

}
