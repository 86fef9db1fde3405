package kz.qashyq.directory.internal.roster;

import java.util.List;
import java.util.Set;

import static kz.qashyq.directory.internal.roster.RosterColumn.ADDRESS;
import static kz.qashyq.directory.internal.roster.RosterColumn.BIRTH_DATE;
import static kz.qashyq.directory.internal.roster.RosterColumn.DEVICE;
import static kz.qashyq.directory.internal.roster.RosterColumn.EMAIL;
import static kz.qashyq.directory.internal.roster.RosterColumn.FIRST_NAME;
import static kz.qashyq.directory.internal.roster.RosterColumn.GROUP;
import static kz.qashyq.directory.internal.roster.RosterColumn.IIN;
import static kz.qashyq.directory.internal.roster.RosterColumn.INTERNET;
import static kz.qashyq.directory.internal.roster.RosterColumn.LAST_NAME;
import static kz.qashyq.directory.internal.roster.RosterColumn.MIDDLE_NAME;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT1_AITU;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT1_EMAIL;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT1_FIRST_NAME;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT1_IIN;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT1_LAST_NAME;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT1_MIDDLE_NAME;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT1_PHONE;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT1_RELATION;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT1_WHATSAPP;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT2_AITU;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT2_EMAIL;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT2_FIRST_NAME;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT2_IIN;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT2_LAST_NAME;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT2_MIDDLE_NAME;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT2_PHONE;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT2_RELATION;
import static kz.qashyq.directory.internal.roster.RosterColumn.PARENT2_WHATSAPP;
import static kz.qashyq.directory.internal.roster.RosterColumn.PHONE;
import static kz.qashyq.directory.internal.roster.RosterColumn.POSITION;
import static kz.qashyq.directory.internal.roster.RosterColumn.SEX;
import static kz.qashyq.directory.internal.roster.RosterColumn.SUBJECT;

/**
 * What a roster file holds: learners (one row per learner with up to two parents or legal
 * representatives) or staff (one row per position held). The template's columns come in
 * this order; an uploaded file may order them freely (they are found by their titles).
 */
public enum RosterKind {

	LEARNERS(List.of(IIN, LAST_NAME, FIRST_NAME, MIDDLE_NAME, BIRTH_DATE, SEX, GROUP, ADDRESS, DEVICE, INTERNET,
			PARENT1_IIN, PARENT1_LAST_NAME, PARENT1_FIRST_NAME, PARENT1_MIDDLE_NAME, PARENT1_RELATION, PARENT1_PHONE,
			PARENT1_EMAIL, PARENT1_WHATSAPP, PARENT1_AITU, PARENT2_IIN, PARENT2_LAST_NAME, PARENT2_FIRST_NAME,
			PARENT2_MIDDLE_NAME, PARENT2_RELATION, PARENT2_PHONE, PARENT2_EMAIL, PARENT2_WHATSAPP, PARENT2_AITU),
			Set.of(IIN, LAST_NAME, FIRST_NAME, GROUP, PARENT1_LAST_NAME, PARENT1_FIRST_NAME, PARENT1_RELATION,
					PARENT1_PHONE)),

	STAFF(List.of(IIN, LAST_NAME, FIRST_NAME, MIDDLE_NAME, BIRTH_DATE, SEX, POSITION, SUBJECT, PHONE, EMAIL),
			Set.of(IIN, LAST_NAME, FIRST_NAME, POSITION));

	private final List<RosterColumn> columns;

	private final Set<RosterColumn> required;

	RosterKind(List<RosterColumn> columns, Set<RosterColumn> required) {
		this.columns = columns;
		this.required = required;
	}

	/**
	 * The columns, in the template's order.
	 */
	public List<RosterColumn> columns() {
		return this.columns;
	}

	/**
	 * The columns a file must have and every row must fill.
	 */
	public boolean requires(RosterColumn column) {
		return this.required.contains(column);
	}

	public String messageKey() {
		return "roster.kind." + name();
	}

}
