package kz.qashyq.coursework;

/**
 * The grading scale of each organization: the 5-point scale in schools, the 100-point
 * scale in colleges and universities, unless the organization has chosen another (a
 * points scale, say). No access check.
 */
public interface GradingScales {

	GradingScale scaleOf(long organizationId);

}
