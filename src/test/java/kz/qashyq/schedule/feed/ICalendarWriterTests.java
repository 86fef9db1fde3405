package kz.qashyq.schedule.feed;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;

import kz.qashyq.platform.calendar.ICalendarWriter;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarWriterTests {

	@Test
	@DisplayName("A1-27b RFC 5545 text: CRLF, lines folded at 75 octets without splitting a letter, text escaped")
	void shouldFoldAndEscape() throws Exception {
		String summary = "Сынып сағаты: «Мен қашықтықтан қалай оқимын?»; «Өзіңді вирустық аурулардан қалай сақтауға "
				+ "болады?», 5А сынып, \\ end";
		String text = ICalendarWriter.write("-//Qashyq//Test//KK", "Кесте, 2020", Instant.parse("2020-04-01T00:00:00Z"),
				List.of(new ICalendarWriter.Event("event-1@qashyq.kz", Instant.parse("2020-04-03T04:00:00Z"),
						Instant.parse("2020-04-03T04:45:00Z"), summary, "Line one\nLine two", null,
						"https://meet.example.kz/a", null)));

		assertThat(text).doesNotContain("\r\r").endsWith("\r\n");
		assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		for (String line : text.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		Calendar calendar = new CalendarBuilder().build(new StringReader(text));
		VEvent event = (VEvent) calendar.getComponents(Component.VEVENT).get(0);
		assertThat(event.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(summary);
		assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue()).isEqualTo("Line one\nLine two");
		assertThat(Instant.from(event.<Temporal>getStartDate().orElseThrow().getDate()))
			.isEqualTo(Instant.parse("2020-04-03T04:00:00Z"));
		assertThat(Instant.from(event.<Temporal>getEndDate().orElseThrow().getDate()))
			.isEqualTo(Instant.parse("2020-04-03T04:45:00Z"));
	}

}
