package kz.qashyq.schedule;

/**
 * What an event is: the order's one-off events (O-1.11a, O-1.12a, O-1.13a), teacher
 * webinars (A1-29a), meetings (O-1.24) and others.
 */
public enum EventKind {

	TRIAL_LESSON, PARENT_MEETING, CLASS_HOUR, WEBINAR, MEETING, COMPETITION, OTHER;

	/**
	 * The message key of the kind's name.
	 */
	public String messageKey() {
		return "events.kind." + name();
	}

}
