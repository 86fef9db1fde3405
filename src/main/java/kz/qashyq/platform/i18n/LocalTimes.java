package kz.qashyq.platform.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows a stored instant as people read it: in their organization's time zone, formatted
 * for the page's language (Kazakh, Russian or English), and a time zone by its name in
 * that language, never by its id ({@code Asia/Almaty}). Templates call it as
 * {@code ${@times.dateTime(instant, zone)}} and {@code ${@times.zone(zone)}}.
 */
@Component("times")
public class LocalTimes {

	/**
	 * The Republic's time, for “today” of a page above any one organization (the
	 * ministry's list of policies): the zone of the capital, since 1 March 2024 the time
	 * of the whole country.
	 */
	public static final ZoneId NATIONAL = ZoneId.of("Asia/Almaty");

	private final MessageSource messages;

	public LocalTimes(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A time zone as people name it, in the current request's language (“Алматы уақыты”),
	 * never by its id. The name says no offset: a zone's offset changes (Almaty was six
	 * hours ahead of UTC in 2020, five since March 2024). A zone without a name in the
	 * bundles (only Kazakhstan's have one) is its offset now.
	 */
	public String zone(ZoneId zone) {
		if (zone == null) {
			return "";
		}
		String name = this.messages.getMessage("timezone." + zone.getId(), null, null, current());
		if (name != null) {
			return name;
		}
		String offset = zone.getRules().getOffset(Instant.now()).getId();
		return "Z".equals(offset) ? "+00:00" : offset;
	}

	/**
	 * As {@link #zone(ZoneId)} for a zone given by its id.
	 */
	public String zone(String zone) {
		return (zone != null) ? zone(ZoneId.of(zone)) : "";
	}

	/**
	 * The date and time of an instant in a time zone, in the current request's language
	 * (“6 апр. 2026 г., 08:05”); empty for null.
	 * @param instant the instant, may be null
	 * @param zone the organization's time zone; the Republic's time ({@link #NATIONAL})
	 * when null
	 */
	public String dateTime(Instant instant, ZoneId zone) {
		return (instant != null) ? dateTime(instant, orNational(zone), current()) : "";
	}

	/**
	 * As {@link #dateTime(Instant, ZoneId)} for a zone given by its id.
	 */
	public String dateTime(Instant instant, String zone) {
		return dateTime(instant, (zone != null) ? ZoneId.of(zone) : null);
	}

	/**
	 * As {@link #dateTime(Instant, ZoneId)} for a timestamp read with its offset.
	 */
	public String dateTime(OffsetDateTime at, ZoneId zone) {
		return (at != null) ? dateTime(at.toInstant(), zone) : "";
	}

	/**
	 * A time already in the organization's zone.
	 */
	public String dateTime(ZonedDateTime at) {
		return (at != null) ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(current())
			.format(at) : "";
	}

	/**
	 * The local date of an instant in a time zone, in the current request's language.
	 */
	public String date(Instant instant, ZoneId zone) {
		return (instant != null) ? date(instant.atZone(orNational(zone)).toLocalDate()) : "";
	}

	/**
	 * As {@link #date(Instant, ZoneId)} for a timestamp read with its offset.
	 */
	public String date(OffsetDateTime at, ZoneId zone) {
		return (at != null) ? date(at.toInstant(), zone) : "";
	}

	/**
	 * A date in the current request's language (“6 апр. 2026 г.”).
	 */
	public String date(LocalDate date) {
		return date(date, current());
	}

	/**
	 * A date in the given language.
	 */
	public String date(LocalDate date, Locale locale) {
		return (date != null) ? DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(Languages.supported(locale))
			.format(date) : "";
	}

	/**
	 * The date and time of an instant in a time zone in the given language.
	 */
	public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(Languages.supported(locale))
			.format(instant.atZone(zone));
	}

	private static ZoneId orNational(ZoneId zone) {
		return (zone != null) ? zone : NATIONAL;
	}

	private static Locale current() {
		return Languages.supported(LocaleContextHolder.getLocale());
	}

}
