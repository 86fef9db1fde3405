package kz.qashyq.access.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a new password must be: 8 to 64 characters (and at most 72 bytes, the most the
 * hash uses), letters and digits, not the login, not a well-known password such as
 * {@code demo} or {@code password1}.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	public static final int MAX_LENGTH = 64;

	private static final int MAX_BYTES = 72;

	/** Words that make up most guessed passwords, compared without digits and symbols. */
	private static final Set<String> COMMON = Set.of("demo", "password", "passw", "pass", "qwerty", "qwertyuiop",
			"qwertyui", "asdfgh", "asdfghjkl", "zxcvbn", "zxcvbnm", "admin", "administrator", "qashyq", "letmein",
			"welcome", "iloveyou", "monkey", "dragon", "test", "user", "login", "parol", "пароль", "құпиясөз", "abc",
			"abcd", "abcdef", "abcdefg", "abcdefgh", "qazaqstan", "kazakhstan", "қазақстан", "казахстан", "astana",
			"almaty", "secret", "changeme", "student", "teacher", "school", "mektep", "мектеп");

	private PasswordPolicy() {
	}

	/**
	 * The message keys of the rules a new password breaks; empty when it is acceptable.
	 * @param password the new password, may be null
	 * @param login the account's username (the password must not be or contain it), may
	 * be null
	 */
	public static List<String> problems(String password, String login) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			problems.add("password.rule.length");
			return problems;
		}
		if (password.codePointCount(0, password.length()) > MAX_LENGTH
				|| password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			problems.add("password.rule.tooLong");
			return problems;
		}
		boolean letter = password.codePoints().anyMatch(Character::isLetter);
		boolean digit = password.codePoints().anyMatch(Character::isDigit);
		if (!letter || !digit) {
			problems.add("password.rule.mix");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (login != null && !login.isBlank()) {
			String name = login.strip().toLowerCase(Locale.ROOT);
			if (lower.equals(name) || (name.length() >= 4 && lower.contains(name))) {
				problems.add("password.rule.login");
			}
		}
		String letters = lower.codePoints()
			.filter(Character::isLetter)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		if (COMMON.contains(lower) || COMMON.contains(letters) || lower.codePoints().distinct().count() < 4) {
			problems.add("password.rule.common");
		}
		return problems;
	}

}
