package kz.qashyq.coursework;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Published when a submission is graded or regraded (the journal posts it as a mark, the
 * latest grade of a submission replacing the earlier one).
 *
 * @param submissionId the submission graded
 * @param assignmentId its assignment
 * @param learnerId the learner
 * @param groupId the learner's class or group
 * @param organizationId the organization
 * @param subject the subject of the assignment
 * @param title the assignment's topic, for the journal's column
 * @param summative true for a summative grade with a mark, false for formative feedback
 * without a mark
 * @param workType the kind of work (A1-15b), e.g. {@code PRACTICAL},
 * {@code CONTROL_WORK}, {@code TEST}, {@code INDIVIDUAL}, {@code OTHER}
 * @param points the points earned by the rubric
 * @param maxPoints the rubric's points possible
 * @param scale the organization's grading scale
 * @param mark the mark on that scale, or null for formative assessment
 * @param feedback the teacher's written feedback, or null
 * @param date the local date the mark belongs to in the journal: the day it is given, in
 * the organization's zone, so that it shows where people look for it that day (a deadline
 * next week would hide it from the journal's default range)
 * @param gradedBy who graded
 * @param gradedAt when
 */
public record WorkGraded(long submissionId, long assignmentId, long learnerId, long groupId, long organizationId,
		String subject, String title, boolean summative, String workType, BigDecimal points, BigDecimal maxPoints,
		GradingScale scale, BigDecimal mark, String feedback, LocalDate date, String gradedBy, Instant gradedAt) {

}
