package kz.qashyq.directory.internal.roster;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the cells of a roster are cleaned and read: names, IINs, dates, phones, e-mail
 * addresses, class and group names.
 */
final class RosterValues {

	/**
	 * A name: letters of any script with their marks, spaces, hyphens, apostrophes, dots.
	 */
	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}]+(?:[ .\\-'’ʼ`]+[\\p{L}\\p{M}]*)*\\.?");

	private static final Pattern EMAIL = Pattern
		.compile("[^\\s@<>()\\[\\],;:\"]+@[^\\s@<>()\\[\\],;:\"]+\\.[^\\s@<>()\\[\\],;:\".]{2,}");

	private static final Pattern EXPONENT = Pattern.compile("[0-9]+([.,][0-9]+)?[eE][+-]?[0-9]+");

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(pattern("uuuu-M-d"), pattern("d.M.uuuu"),
			pattern("d/M/uuuu"));

	/** Latin letters that look like Cyrillic ones in class names (5A typed for 5А). */
	private static final String LATIN_LOOKALIKES = "ABCEHIKMOPTXY";

	private static final String CYRILLIC_TWINS = "АВСЕНІКМОРТХУ";

	static final int MAX_NAME = 100;

	static final int MAX_TEXT = 500;

	private RosterValues() {
	}

	private static DateTimeFormatter pattern(String pattern) {
		return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
	}

	/**
	 * A cell's text with spaces trimmed and runs of spaces (also non-breaking ones)
	 * collapsed; invisible format characters removed.
	 */
	static String clean(String cell) {
		if (cell == null) {
			return "";
		}
		String text = Normalizer.normalize(cell, Normalizer.Form.NFC)
			.replaceAll("[\\u200B-\\u200D\\u2060\\uFEFF]", "")
			.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ");
		return text.strip();
	}

	static boolean isName(String value) {
		return NAME.matcher(value).matches();
	}

	/**
	 * Restores the leading zeros a spreadsheet drops when an IIN is stored as a number
	 * (people born in 2000–2009 have IINs starting with 0).
	 */
	static String iin(String value) {
		String digits = value.replace(" ", "");
		if (digits.matches("[0-9]{10,11}")) {
			return "0".repeat(12 - digits.length()) + digits;
		}
		return digits;
	}

	/**
	 * Whether a spreadsheet showed the number in exponent form ({@code 1,20101E+11}) and
	 * saved it so: the digits are lost.
	 */
	static boolean isExponent(String value) {
		return EXPONENT.matcher(value.replace(" ", "")).matches();
	}

	/**
	 * A date as {@code dd.MM.yyyy}, {@code d.M.yyyy}, {@code yyyy-MM-dd} or
	 * {@code dd/MM/yyyy} (day first, as in Kazakhstan), a time part ignored; null when it
	 * is none of these.
	 */
	static LocalDate date(String value) {
		String text = value.strip();
		int space = text.indexOf(' ');
		if (space > 0) {
			text = text.substring(0, space);
		}
		int t = text.indexOf('T');
		if (t > 0) {
			text = text.substring(0, t);
		}
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return null;
	}

	/**
	 * A Kazakhstan phone number as {@code +7XXXXXXXXXX}: from {@code 8 701 123 45 67},
	 * {@code +7 (701) 123-45-67}, {@code 7011234567}...; null when it is not one.
	 */
	static String phone(String value) {
		String digits = value.replaceAll("[\\s()\\-.\\u00A0]", "");
		if (digits.matches("\\+7[0-9]{10}")) {
			return digits;
		}
		if (digits.matches("[78][0-9]{10}")) {
			return "+7" + digits.substring(1);
		}
		if (digits.matches("7[0-9]{9}")) {
			return "+7" + digits;
		}
		return null;
	}

	static boolean isEmail(String value) {
		return value.length() <= 254 && EMAIL.matcher(value).matches();
	}

	/**
	 * How class and group names are compared: case, spaces, hyphens and quotes do not
	 * matter, and Latin letters that look like Cyrillic ones count as those ({@code 5 a},
	 * {@code 5-А} and {@code 5A} all find {@code 5А}).
	 */
	static String groupKey(String name) {
		String upper = Normalizer.normalize(name, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).replace('Ё', 'Е');
		StringBuilder key = new StringBuilder(upper.length());
		for (int i = 0; i < upper.length(); i++) {
			char c = upper.charAt(i);
			int latin = LATIN_LOOKALIKES.indexOf(c);
			if (latin >= 0) {
				key.append(CYRILLIC_TWINS.charAt(latin));
			}
			else if (Character.isLetterOrDigit(c)) {
				key.append(c);
			}
		}
		return key.toString();
	}

}
