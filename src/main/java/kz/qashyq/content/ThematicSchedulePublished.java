package kz.qashyq.content;

import java.time.Instant;

/**
 * A1-25e: a calendar-thematic plan was published (or published again after a change) as
 * the thematic schedule of a class or group; the messaging module notifies its learners
 * and their parents.
 *
 * @param planId the plan
 * @param groupId the class or group
 * @param subject the subject
 * @param version the version now published
 * @param republished whether an earlier version had been published before
 * @param publishedAt when
 */
public record ThematicSchedulePublished(long planId, long groupId, String subject, int version, boolean republished,
		Instant publishedAt) {

}
