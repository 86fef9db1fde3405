package kz.qashyq.platform.i18n;

import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The platform's three languages: Kazakh, Russian and English.
 */
public final class Languages {

	public static final Locale KAZAKH = Locale.forLanguageTag("kk");

	public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	public static final Locale ENGLISH = Locale.ENGLISH;

	public static final List<Locale> SUPPORTED = List.of(KAZAKH, RUSSIAN, ENGLISH);

	private Languages() {
	}

	/**
	 * The supported language closest to the given locale; Kazakh when none matches.
	 */
	public static Locale supported(Locale locale) {
		if (locale == null) {
			return KAZAKH;
		}
		return SUPPORTED.stream()
			.filter((candidate) -> candidate.getLanguage().equals(locale.getLanguage()))
			.findFirst()
			.orElse(KAZAKH);
	}

	/**
	 * The current request's language code: {@code kk}, {@code ru} or {@code en}.
	 */
	public static String current() {
		return supported(LocaleContextHolder.getLocale()).getLanguage();
	}

	/**
	 * Picks the text in the current language from a name kept in three languages.
	 */
	public static String pick(String kk, String ru, String en) {
		return switch (current()) {
			case "ru" -> ru;
			case "en" -> en;
			default -> kk;
		};
	}

}
