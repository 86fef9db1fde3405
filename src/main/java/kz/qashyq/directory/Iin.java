package kz.qashyq.directory;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An individual identification number (ЖСН / ИИН): 12 digits, the first six the birth
 * date (YYMMDD), the seventh the century and sex, the twelfth a check digit.
 */
public record Iin(String value) {

	private static final int[] FIRST_WEIGHTS = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 };

	private static final int[] SECOND_WEIGHTS = { 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2 };

	/**
	 * @throws IllegalArgumentException when the value is not a valid IIN
	 */
	public Iin {
		Problem problem = check(value);
		if (problem != null) {
			throw new IllegalArgumentException("Invalid IIN (" + problem + "): " + value);
		}
	}

	/**
	 * Why a value is not a valid IIN.
	 */
	public enum Problem {

		/** Not exactly twelve digits. */
		FORMAT,
		/** The first seven digits are not a date of birth with century. */
		DATE,
		/** The check digit does not match. */
		CHECK_DIGIT

	}

	/**
	 * What is wrong with a value, or null when it is a valid IIN.
	 */
	public static Problem check(String value) {
		if (value == null || !value.matches("[0-9]{12}")) {
			return Problem.FORMAT;
		}
		if (birthDateOf(value).isEmpty()) {
			return Problem.DATE;
		}
		Integer expected = checkDigit(value);
		if (expected == null || expected != value.charAt(11) - '0') {
			return Problem.CHECK_DIGIT;
		}
		return null;
	}

	public static boolean isValid(String value) {
		return check(value) == null;
	}

	/**
	 * The check digit for the first eleven digits, or null when no check digit exists for
	 * them (such numbers are never issued).
	 */
	public static Integer checkDigit(String digits) {
		int sum = weightedSum(digits, FIRST_WEIGHTS) % 11;
		if (sum == 10) {
			sum = weightedSum(digits, SECOND_WEIGHTS) % 11;
			if (sum == 10) {
				return null;
			}
		}
		return sum;
	}

	private static int weightedSum(String digits, int[] weights) {
		int sum = 0;
		for (int i = 0; i < 11; i++) {
			sum += (digits.charAt(i) - '0') * weights[i];
		}
		return sum;
	}

	/**
	 * The birth date an IIN encodes (century from the seventh digit: 1–2 the 1800s, 3–4
	 * the 1900s, 5–6 the 2000s), or empty when it encodes none.
	 */
	public static Optional<LocalDate> birthDateOf(String value) {
		int centuryDigit = value.charAt(6) - '0';
		if (centuryDigit < 1 || centuryDigit > 6) {
			return Optional.empty();
		}
		int century = 1800 + ((centuryDigit - 1) / 2) * 100;
		try {
			return Optional.of(LocalDate.of(century + Integer.parseInt(value.substring(0, 2)),
					Integer.parseInt(value.substring(2, 4)), Integer.parseInt(value.substring(4, 6))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Builds a valid IIN for a birth date, sex and serial number (for demo and test
	 * data).
	 * @param serial 0 to 9999; serials without a check digit are skipped to the next one
	 */
	public static Iin generate(LocalDate birthDate, boolean female, int serial) {
		int centuryDigit = ((birthDate.getYear() - 1800) / 100) * 2 + (female ? 2 : 1);
		String prefix = String.format("%02d%02d%02d%d", birthDate.getYear() % 100, birthDate.getMonthValue(),
				birthDate.getDayOfMonth(), centuryDigit);
		for (int s = serial; s < serial + 10000; s++) {
			String digits = prefix + String.format("%04d", s % 10000);
			Integer check = checkDigit(digits);
			if (check != null) {
				return new Iin(digits + check);
			}
		}
		throw new IllegalStateException("No IIN for " + prefix);
	}

	public LocalDate birthDate() {
		return birthDateOf(this.value).orElseThrow();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
