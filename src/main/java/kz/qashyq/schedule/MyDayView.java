package kz.qashyq.schedule;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A day or a week of one or more agendas.
 *
 * @param span {@code DAY} or {@code WEEK}
 * @param date the date asked for (today by default)
 * @param from the first date shown
 * @param to the last date shown
 * @param today today in the first agenda's time zone
 * @param previous the date to go back to (the day or the week before)
 * @param next the date to go on to
 * @param agendas the user's own agenda first, then each child's or class's
 */
@Schema(description = "A day or a week: the user's own agenda, then each child's or class's")
public record MyDayView(String span, LocalDate date, LocalDate from, LocalDate to, LocalDate today, LocalDate previous,
		LocalDate next, List<MyDayAgenda> agendas) {

	public MyDayView {
		agendas = List.copyOf(agendas);
	}

	@JsonIgnore
	public boolean isWeek() {
		return "WEEK".equals(this.span);
	}

}
