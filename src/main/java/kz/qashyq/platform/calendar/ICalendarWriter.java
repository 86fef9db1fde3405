package kz.qashyq.platform.calendar;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar stream (RFC 5545) of events with their times as UTC instants
 * ({@code DTSTART:20200406T030000Z}), so that no client has to know a time zone's rules:
 * the instant was computed from the JDK's time-zone data (Kazakhstan changed its zones on
 * 1 March 2024; ical4j 4.2.5 gets Kazakh zones wrong, see {@code STACK.md}). Lines end in
 * CRLF and are folded at 75 octets without splitting a UTF-8 character; text values are
 * escaped.
 */
public final class ICalendarWriter {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private ICalendarWriter() {
	}

	/**
	 * One event of the stream.
	 *
	 * @param uid a stable, globally unique id (the same event gets the same id in every
	 * download)
	 * @param start the start, never null
	 * @param end the end, after the start
	 * @param summary the title, never null
	 * @param description more text, may be null
	 * @param location where (a meeting link, a TV channel), may be null
	 * @param url a link, may be null
	 * @param categories a category, may be null
	 */
	public record Event(String uid, Instant start, Instant end, String summary, String description, String location,
			String url, String categories) {

	}

	/**
	 * The calendar as text.
	 * @param productId the PRODID value
	 * @param name the calendar's display name (X-WR-CALNAME), may be null
	 * @param stamp the DTSTAMP of every event (the time of the download)
	 */
	public static String write(String productId, String name, Instant stamp, List<Event> events) {
		StringBuilder out = new StringBuilder(256 + events.size() * 256);
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:" + productId);
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		if (name != null) {
			line(out, "X-WR-CALNAME:" + text(name));
		}
		// RFC 7986 and its common predecessor: ask subscribed clients to refresh every
		// six hours
		line(out, "REFRESH-INTERVAL;VALUE=DURATION:PT6H");
		line(out, "X-PUBLISHED-TTL:PT6H");
		for (Event event : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + text(event.uid()));
			line(out, "DTSTAMP:" + UTC.format(stamp));
			line(out, "DTSTART:" + UTC.format(event.start()));
			line(out, "DTEND:" + UTC.format(event.end()));
			line(out, "SUMMARY:" + text(event.summary()));
			if (event.description() != null) {
				line(out, "DESCRIPTION:" + text(event.description()));
			}
			if (event.location() != null) {
				line(out, "LOCATION:" + text(event.location()));
			}
			if (event.url() != null) {
				line(out, "URL:" + event.url().replaceAll("[\\r\\n]", ""));
			}
			if (event.categories() != null) {
				line(out, "CATEGORIES:" + text(event.categories()));
			}
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	/**
	 * A TEXT value escaped (RFC 5545, 3.3.11): backslash, semicolon, comma and line
	 * breaks.
	 */
	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/**
	 * Appends a content line folded at 75 octets (RFC 5545, 3.1): a continuation line
	 * starts with one space, which counts towards its 75.
	 */
	static void line(StringBuilder out, String line) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < line.length();) {
			int codePoint = line.codePointAt(i);
			int width = (codePoint < 0x80) ? 1 : (codePoint < 0x800) ? 2 : (codePoint < 0x10000) ? 3 : 4;
			if (octets + width > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += width;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
