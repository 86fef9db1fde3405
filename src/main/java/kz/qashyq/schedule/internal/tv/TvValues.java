package kz.qashyq.schedule.internal.tv;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.qashyq.schedule.TvChannel;

/**
 * Lenient readers of the cell values of a TV schedule file; each returns null when the
 * value cannot be read.
 */
final class TvValues {

	private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("d.M.uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?");

	private TvValues() {
	}

	/**
	 * {@code 2020-04-06} (as XLSX date cells are read) or {@code 06.04.2020}.
	 */
	static LocalDate date(String value) {
		String text = value.strip();
		try {
			return text.contains(".") ? LocalDate.parse(text, DOTTED) : LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * {@code 9:00}, {@code 09:00}, {@code 09.00} or {@code 09:00:00}.
	 */
	static LocalTime time(String value) {
		Matcher matcher = TIME.matcher(value.strip());
		if (!matcher.matches()) {
			return null;
		}
		int hour = Integer.parseInt(matcher.group(1));
		int minute = Integer.parseInt(matcher.group(2));
		int second = (matcher.group(3) != null) ? Integer.parseInt(matcher.group(3)) : 0;
		if (hour > 23 || minute > 59 || second > 59) {
			return null;
		}
		return LocalTime.of(hour, minute, second);
	}

	/**
	 * The channel's code, or its name in Latin or Cyrillic letters, any case.
	 */
	static TvChannel channel(String value) {
		String key = value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s_\\-«»\"']", "");
		return switch (key) {
			case "ELARNA", "ЕЛАРНА", "ЭЛАРНА" -> TvChannel.EL_ARNA;
			case "BALAPAN", "БАЛАПАН" -> TvChannel.BALAPAN;
			default -> null;
		};
	}

	/**
	 * {@code kk} or {@code ru}, or the language's name in any of the three languages.
	 */
	static String language(String value) {
		String key = value.strip().toLowerCase(Locale.ROOT);
		return switch (key) {
			case "kk", "kz", "kaz", "kazakh", "қаз", "каз", "қазақ", "қазақша", "қазақ тілі", "казахский",
					"казахский язык" ->
				"kk";
			case "ru", "rus", "russian", "орыс", "орысша", "орыс тілі", "рус", "русский", "русский язык" -> "ru";
			default -> null;
		};
	}

	/**
	 * A whole number 0 to 12 ({@code 5}, {@code 5.0} from a spreadsheet).
	 */
	static Integer grade(String value) {
		String text = value.strip();
		if (text.endsWith(".0")) {
			text = text.substring(0, text.length() - 2);
		}
		if (!text.matches("\\d{1,2}")) {
			return null;
		}
		int grade = Integer.parseInt(text);
		return (grade <= 12) ? grade : null;
	}

}
