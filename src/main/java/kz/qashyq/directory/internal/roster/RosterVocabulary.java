package kz.qashyq.directory.internal.roster;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.qashyq.platform.i18n.Languages;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words a roster file may use, in Kazakh, Russian and English: column titles and the
 * values of choice columns (sex, relation, device, yes/no). The words the template offers
 * come from the message bundle, so what the template writes is always read back; common
 * synonyms a secretary types are added here.
 */
@Component
class RosterVocabulary {

	private static final Map<String, List<String>> SEX_SYNONYMS = Map.of("M",
			List.of("m", "male", "man", "boy", "м", "муж", "мужской", "мужчина", "мальчик", "е", "ер", "ер адам", "ұл"),
			"F",
			List.of("f", "female", "woman", "girl", "ж", "жен", "женский", "женщина", "девочка", "ә", "әйел", "қыз"));

	private static final Map<String, List<String>> RELATION_SYNONYMS = Map.of("MOTHER",
			List.of("mother", "mum", "mom", "мать", "мама", "ана", "анасы"), "FATHER",
			List.of("father", "dad", "отец", "папа", "әке", "әкесі"), "GUARDIAN",
			List.of("guardian", "legal representative", "опекун", "попечитель", "законный представитель", "қамқоршы",
					"заңды өкіл"),
			"GRANDPARENT",
			List.of("grandparent", "grandmother", "grandfather", "бабушка", "дедушка", "әже", "ата", "әжесі", "атасы"),
			"OTHER", List.of("other", "другое", "другой", "иное", "басқа"));

	private static final Map<String, List<String>> DEVICE_SYNONYMS = Map.of("OWN",
			List.of("own", "yes", "свое", "своё", "собственное", "личное", "есть", "да", "өз", "өзінің", "жеке", "бар",
					"иә"),
			"SHARED", List.of("shared", "общее", "общий", "ортақ"), "NONE",
			List.of("none", "no", "нет", "жоқ", "отсутствует"));

	private static final Map<Boolean, List<String>> YES_NO_SYNONYMS = Map.of(true,
			List.of("yes", "y", "true", "1", "+", "да", "есть", "д", "иә", "ия", "иа", "бар"), false,
			List.of("no", "n", "false", "0", "-", "нет", "н", "жоқ"));

	private final Map<String, RosterColumn> headers = new HashMap<>();

	private final Map<String, String> sexes = new HashMap<>();

	private final Map<String, String> relations = new HashMap<>();

	private final Map<String, String> devices = new HashMap<>();

	private final Map<String, Boolean> yesNo = new HashMap<>();

	RosterVocabulary(MessageSource messages) {
		for (RosterColumn column : RosterColumn.values()) {
			put(this.headers, column.key(), column);
			for (Locale locale : Languages.SUPPORTED) {
				put(this.headers, messages.getMessage(column.messageKey(), null, locale), column);
			}
		}
		addChoices(messages, this.sexes, "roster.choice.sex.", SEX_SYNONYMS);
		addChoices(messages, this.relations, "roster.choice.relation.", RELATION_SYNONYMS);
		addChoices(messages, this.devices, "roster.choice.device.", DEVICE_SYNONYMS);
		YES_NO_SYNONYMS.forEach((value, words) -> {
			words.forEach((word) -> put(this.yesNo, word, value));
			for (Locale locale : Languages.SUPPORTED) {
				put(this.yesNo, messages.getMessage(value ? "roster.choice.yes" : "roster.choice.no", null, locale),
						value);
			}
		});
	}

	private static void addChoices(MessageSource messages, Map<String, String> target, String prefix,
			Map<String, List<String>> synonyms) {
		synonyms.forEach((code, words) -> {
			put(target, code, code);
			words.forEach((word) -> put(target, word, code));
			for (Locale locale : Languages.SUPPORTED) {
				put(target, messages.getMessage(prefix + code, null, locale), code);
			}
		});
	}

	/**
	 * Adds a word; a word that would mean two things is a mistake in the bundle or the
	 * synonyms, found at start-up.
	 */
	private static <T> void put(Map<String, T> words, String word, T meaning) {
		T previous = words.put(key(word), meaning);
		if (previous != null && !previous.equals(meaning)) {
			throw new IllegalStateException("Roster word '" + word + "' means both " + previous + " and " + meaning);
		}
	}

	/**
	 * The column a header cell names, or null for a column the roster does not know (a
	 * row number, a note): such columns are ignored.
	 */
	RosterColumn header(String title) {
		return this.headers.get(key(title));
	}

	/** {@code M}, {@code F} or null. */
	String sex(String value) {
		return this.sexes.get(key(value));
	}

	/**
	 * {@code MOTHER}, {@code FATHER}, {@code GUARDIAN}, {@code GRANDPARENT},
	 * {@code OTHER} or null.
	 */
	String relation(String value) {
		return this.relations.get(key(value));
	}

	/** {@code OWN}, {@code SHARED}, {@code NONE} or null. */
	String device(String value) {
		return this.devices.get(key(value));
	}

	Boolean yesNo(String value) {
		return this.yesNo.get(key(value));
	}

	/**
	 * How words are compared: case, {@code ё}/{@code е}, punctuation and spaces do not
	 * matter; a value of punctuation only ({@code +}, {@code -}) stands for itself.
	 */
	static String key(String text) {
		if (text == null) {
			return "";
		}
		String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е');
		StringBuilder key = new StringBuilder(lower.length());
		lower.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
		return (key.length() > 0) ? key.toString() : lower.strip();
	}

}
