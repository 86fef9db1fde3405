package kz.qashyq.schedule;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Whose days these are: the user's own, a child's, or a class's.
 *
 * @param kind {@code OWN}, {@code CHILD} or {@code GROUP}
 * @param id the person's, learner's or class's id
 * @param name the person's or class's name
 * @param timeZone the IANA time zone of the days
 * @param days every date of the span, in order, each with its entries by start
 */
@Schema(description = "The days of one person or class")
public record MyDayAgenda(String kind, long id, String name, String timeZone, List<MyDayDate> days) {

	public MyDayAgenda {
		days = List.copyOf(days);
	}

	@JsonIgnore
	public boolean isEmpty() {
		return this.days.stream().allMatch((day) -> day.entries().isEmpty());
	}

}
