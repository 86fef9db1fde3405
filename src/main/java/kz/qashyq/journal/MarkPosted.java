package kz.qashyq.journal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Published when a mark is posted to the journal or changed: entered by hand, posted from
 * a graded submission (a regrade posts again with the same submission id), or fixed as a
 * term mark.
 *
 * @param markId the journal mark, or null for a term mark
 * @param learnerId the learner
 * @param groupId the class or group
 * @param organizationId the organization
 * @param subject the subject
 * @param date the date the mark belongs to (a term mark: the term's last day)
 * @param kind the kind of entry, or null for a term mark
 * @param scale {@code FIVE_POINT}, {@code HUNDRED_POINT} or {@code POINTS}
 * @param mark the mark, or null for formative feedback without a mark
 * @param source {@code MANUAL}, {@code COURSEWORK} or {@code TERM}
 * @param submissionId the graded submission, or null
 * @param postedBy who posted it
 * @param postedAt when
 */
public record MarkPosted(Long markId, long learnerId, long groupId, long organizationId, String subject, LocalDate date,
		MarkKind kind, String scale, BigDecimal mark, String source, Long submissionId, String postedBy,
		Instant postedAt) {

}
