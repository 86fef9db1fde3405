package kz.qashyq.policy;

/**
 * The operating regime of an organization on a date (O-1.5c): exactly one on any date.
 */
public enum Regime {

	NORMAL, DISTANCE,
	/** O-1.15b: a remote rural school continuing in person under sanitary conditions. */
	IN_PERSON,
	/** O-1.23: quarantine, external contacts restricted. */
	QUARANTINE;

	public String messageKey() {
		return "regime." + name();
	}

}
