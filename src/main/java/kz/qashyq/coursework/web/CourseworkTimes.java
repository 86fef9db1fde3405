package kz.qashyq.coursework.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Formats instants in an organization's time zone for the coursework pages
 * ({@code ${@courseworkTimes.local(instant, zone)}}).
 */
@Component("courseworkTimes")
class CourseworkTimes {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	public String local(Instant instant, String zone) {
		if (instant == null) {
			return "";
		}
		return FORMAT.format(instant.atZone(ZoneId.of(zone)));
	}

}
