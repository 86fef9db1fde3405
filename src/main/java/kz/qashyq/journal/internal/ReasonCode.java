package kz.qashyq.journal.internal;

/**
 * Reasons of an absence kept as a code, shown translated (the message
 * {@code journal.reason.<code>}); a reason typed by a teacher is kept and shown as typed.
 */
public enum ReasonCode {

	/** Ill. */
	ILLNESS,
	/** Ill, with a medical certificate. */
	ILLNESS_CERTIFICATE,
	/** O-1.5e: the parent chose to keep the child at home under free attendance. */
	PARENTS_CHOICE;

	/**
	 * The code a stored reason is, or null for a reason typed by a teacher.
	 */
	public static ReasonCode of(String reason) {
		if (reason == null) {
			return null;
		}
		for (ReasonCode code : values()) {
			if (code.name().equals(reason)) {
				return code;
			}
		}
		return null;
	}

}
