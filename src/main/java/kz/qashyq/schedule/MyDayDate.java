package kz.qashyq.schedule;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One date of an agenda.
 *
 * @param date the local date
 * @param entries its lessons, broadcasts and events by start
 */
@Schema(description = "A date with its lessons, TV broadcasts and events")
public record MyDayDate(LocalDate date, List<MyDayEntry> entries) {

	public MyDayDate {
		entries = List.copyOf(entries);
	}

}
