package kz.qashyq.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Random one-time codes and passwords, and the hash under which a one-time code is kept.
 */
final class Secrets {

	/** Letters and digits that cannot be mistaken for each other (no 0/O, 1/I/l). */
	private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";

	private static final String UPPER = "ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final String DIGITS = "23456789";

	private static final SecureRandom random = new SecureRandom();

	private Secrets() {
	}

	/**
	 * A one-time code of 16 characters in groups of four (about 79 bits).
	 */
	static String oneTimeCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * A code as typed, in the form it was hashed in: upper case, without spaces and
	 * dashes.
	 */
	static String normalizeCode(String typed) {
		return (typed != null) ? typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "") : "";
	}

	static String hashOf(String code) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(normalizeCode(code).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from the JVM", ex);
		}
	}

	/**
	 * Compares hashes in constant time.
	 */
	static boolean sameHash(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * A password of 14 characters with lower and upper case letters and digits (about 80
	 * bits), easy to read out and type.
	 */
	static String password() {
		String all = LOWER + UPPER + DIGITS;
		char[] chars = new char[14];
		chars[0] = LOWER.charAt(random.nextInt(LOWER.length()));
		chars[1] = UPPER.charAt(random.nextInt(UPPER.length()));
		chars[2] = DIGITS.charAt(random.nextInt(DIGITS.length()));
		for (int i = 3; i < chars.length; i++) {
			chars[i] = all.charAt(random.nextInt(all.length()));
		}
		for (int i = chars.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			char swap = chars[i];
			chars[i] = chars[j];
			chars[j] = swap;
		}
		return new String(chars);
	}

}
