package kz.qashyq.coursework;

import java.time.Instant;

/**
 * Published when a submission is recorded, by the learner on the platform or by the
 * teacher for work that came through another channel (A1-27f); a resubmission publishes
 * again with its own id.
 *
 * @param submissionId the submission
 * @param assignmentId its assignment
 * @param learnerId the learner
 * @param groupId the learner's class or group
 * @param organizationId the organization
 * @param subject the subject of the assignment
 * @param channel {@code PLATFORM}, {@code EMAIL}, {@code AITU}, {@code WHATSAPP},
 * {@code POST} or {@code OTHER}
 * @param receivedAt when it was received
 * @param late whether it came after the deadline
 */
public record SubmissionReceived(long submissionId, long assignmentId, long learnerId, long groupId,
		long organizationId, String subject, String channel, Instant receivedAt, boolean late) {

}
