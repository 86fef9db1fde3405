package kz.qashyq.policy;

import java.time.LocalDate;

import kz.qashyq.platform.i18n.LocalizedName;

/**
 * A period of the academic calendar from the policy: holidays, a quarter or semester, the
 * distance period. Both dates are inclusive.
 */
public record CalendarPeriod(Kind kind, LocalDate from, LocalDate to, LocalizedName name) {

	public enum Kind {

		HOLIDAY, TERM, DISTANCE

	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(this.from) && !date.isAfter(this.to);
	}

	/** Days in the period, both ends included (O-1.7: 21 days of spring holidays). */
	public long days() {
		return this.to.toEpochDay() - this.from.toEpochDay() + 1;
	}

}
