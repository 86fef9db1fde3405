package kz.qashyq.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import kz.qashyq.platform.i18n.LocalizedName;

/**
 * One of the order's event templates (O-1.11a, O-1.12a, O-1.13a), kept as data: applied
 * to a scope it creates one event per school class whose grade falls in a band, at the
 * band's local time in each organization's time zone.
 *
 * @param code the template's code, for example {@code ORDER_2020_TRIAL_LESSON}
 * @param kind the kind of the events it creates
 * @param orderReference the point of the order it carries out
 * @param date the day of the events
 * @param minutes their length
 * @param title their title
 * @param topics their topics, one per line, or null
 * @param bands the grade bands with their start times, by grade
 */
public record EventTemplate(String code, EventKind kind, String orderReference, LocalDate date, int minutes,
		LocalizedName title, LocalizedName topics, List<Band> bands) {

	/**
	 * @param gradeFrom the lowest grade of the band (0: pre-school class)
	 * @param gradeTo the highest grade of the band
	 * @param startsAt the local start time
	 */
	public record Band(int gradeFrom, int gradeTo, LocalTime startsAt) {

		public boolean covers(int grade) {
			return grade >= this.gradeFrom && grade <= this.gradeTo;
		}

	}

}
