package kz.qashyq.coursework;

/**
 * Where a learner stands with an assignment: nothing submitted yet (before the deadline),
 * submitted in time, submitted late, graded, or nothing submitted after the deadline.
 */
public enum TaskStatus {

	NOT_SUBMITTED, SUBMITTED, LATE, GRADED, OVERDUE;

	public String messageKey() {
		return "coursework.status." + name();
	}

}
