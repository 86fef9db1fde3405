package kz.qashyq.directory.internal.roster;

import java.util.Locale;

/**
 * A column of a roster file. Its title, in each of the three languages, is the message
 * {@code roster.column.<key>}; the format hint is {@code roster.format.<type>}.
 */
public enum RosterColumn {

	IIN(Type.IIN), LAST_NAME(Type.NAME), FIRST_NAME(Type.NAME), MIDDLE_NAME(Type.NAME), BIRTH_DATE(Type.DATE),
	SEX(Type.SEX), GROUP(Type.GROUP), ADDRESS(Type.TEXT), DEVICE(Type.DEVICE), INTERNET(Type.YES_NO),

	PARENT1_IIN(Type.IIN), PARENT1_LAST_NAME(Type.NAME), PARENT1_FIRST_NAME(Type.NAME), PARENT1_MIDDLE_NAME(Type.NAME),
	PARENT1_RELATION(Type.RELATION), PARENT1_PHONE(Type.PHONE), PARENT1_EMAIL(Type.EMAIL),
	PARENT1_WHATSAPP(Type.MESSENGER), PARENT1_AITU(Type.MESSENGER),

	PARENT2_IIN(Type.IIN), PARENT2_LAST_NAME(Type.NAME), PARENT2_FIRST_NAME(Type.NAME), PARENT2_MIDDLE_NAME(Type.NAME),
	PARENT2_RELATION(Type.RELATION), PARENT2_PHONE(Type.PHONE), PARENT2_EMAIL(Type.EMAIL),
	PARENT2_WHATSAPP(Type.MESSENGER), PARENT2_AITU(Type.MESSENGER),

	POSITION(Type.POSITION), SUBJECT(Type.TEXT), PHONE(Type.PHONE), EMAIL(Type.EMAIL);

	/**
	 * What a column holds, for the format hint and for the template's cell format.
	 */
	public enum Type {

		IIN, NAME, DATE, SEX, GROUP, TEXT, DEVICE, YES_NO, RELATION, PHONE, EMAIL, MESSENGER, POSITION;

		/**
		 * Digits that a spreadsheet would otherwise turn into a number (and lose leading
		 * zeros of): the template formats these cells as text.
		 */
		public boolean keptAsText() {
			return this == IIN || this == PHONE || this == MESSENGER;
		}

	}

	private final Type type;

	RosterColumn(Type type) {
		this.type = type;
	}

	public Type type() {
		return this.type;
	}

	/**
	 * The technical key, also accepted as a header: {@code parent1_last_name}.
	 */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public String messageKey() {
		return "roster.column." + key();
	}

	public static RosterColumn ofKey(String key) {
		return valueOf(key.toUpperCase(Locale.ROOT));
	}

}
