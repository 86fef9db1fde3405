package kz.qashyq.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The academic year runs from 1 September; it is named by its first calendar year.
 */
final class AcademicYear {

	private static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

	private AcademicYear() {
	}

	static int current(Clock clock) {
		return of(LocalDate.now(clock.withZone(KAZAKHSTAN)));
	}

	static int of(LocalDate date) {
		return (date.getMonthValue() >= 9) ? date.getYear() : date.getYear() - 1;
	}

}
