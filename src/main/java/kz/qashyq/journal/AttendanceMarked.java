package kz.qashyq.journal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published when a learner's attendance is marked or changed: at a lesson (with its
 * subject and start) or, for a preschool pupil, for the day (subject and start null).
 *
 * @param learnerId the learner
 * @param groupId the class or group
 * @param organizationId the organization
 * @param date the local date
 * @param subject the lesson's subject, or null for preschool daily attendance
 * @param status the attendance
 * @param participation how the learner took part, or null when absent
 * @param parentsChoice O-1.5e: a preschool absence under the parent's choice
 * @param markedBy who marked it
 * @param markedAt when
 */
public record AttendanceMarked(long learnerId, long groupId, long organizationId, LocalDate date, String subject,
		AttendanceStatus status, Participation participation, boolean parentsChoice, String markedBy,
		Instant markedAt) {

}
