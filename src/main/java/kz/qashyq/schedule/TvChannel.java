package kz.qashyq.schedule;

/**
 * The national channels that broadcast TV lessons (A1-8.2a).
 */
public enum TvChannel {

	EL_ARNA, BALAPAN;

	/**
	 * The message key of the channel's name.
	 */
	public String messageKey() {
		return "tv.channel." + name();
	}

}
