package kz.qashyq.schedule.internal.tv;

import java.util.Locale;

/**
 * The columns of a TV schedule file, in the template's order.
 */
public enum TvColumn {

	DATE(true), START(true), END(true), CHANNEL(true), LANGUAGE(true), GRADE(true), SUBJECT(true), TOPIC(false);

	private final boolean required;

	TvColumn(boolean required) {
		this.required = required;
	}

	boolean required() {
		return this.required;
	}

	String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "tv.column." + code();
	}

}
