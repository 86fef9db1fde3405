package kz.qashyq.demo.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongPredicate;

import kz.qashyq.demo.internal.CopyBuffers.Table;
import kz.qashyq.directory.Iin;

/**
 * Makes people: a unique valid IIN for the birth date and sex, a unique mobile number, a
 * unique e-mail address where wanted, and writes the person row.
 */
final class People {

	/**
	 * Serials 9000–9999 of every birth date are left free, for people that tests create
	 * by hand.
	 */
	static final int MAXIMUM_SERIAL = 9000;

	private static final int[] OPERATOR_CODES = { 700, 701, 702, 705, 707, 708, 747, 771, 775, 776, 777, 778 };

	private final Random random;

	private final IdSource ids;

	private CopyBuffers out;

	private final LongPredicate iinTaken;

	private final Map<Long, Integer> nextSerial = new HashMap<>();

	private final Set<Long> phones = new HashSet<>();

	private final Set<String> emails = new HashSet<>();

	/**
	 * @param iinTaken tells which IINs (as numbers) exist already and must be skipped
	 */
	People(Random random, IdSource ids, CopyBuffers out, LongPredicate iinTaken) {
		this.random = random;
		this.ids = ids;
		this.out = out;
		this.iinTaken = iinTaken;
	}

	/** A person as written. */
	record Person(long id, String iin, String lastName, String firstName, String middleName, LocalDate birthDate,
			boolean female, String phone, String email) {

		String fullName() {
			return this.firstName + " " + this.lastName;
		}

	}

	/**
	 * Writes a person.
	 * @param birthDate the wished birth date; the IIN's date wins when a day has no free
	 * serial left (then the next day is taken)
	 * @param emailDomain the domain of an e-mail address, or null for none
	 */
	Person add(String lastName, String firstName, String middleName, LocalDate birthDate, boolean female,
			boolean withPhone, String emailDomain, String postalAddress, Long kazpostBranchId) {
		Iin iin = iin(birthDate, female);
		String phone = withPhone ? phone() : null;
		String email = (emailDomain != null) ? email(firstName, lastName, emailDomain) : null;
		long id = this.ids.next(Table.PERSON);
		this.out.add(Table.PERSON, id, iin.value(), lastName, firstName, middleName, iin.birthDate(),
				female ? "F" : "M", phone, email, postalAddress, kazpostBranchId);
		return new Person(id, iin.value(), lastName, firstName, middleName, iin.birthDate(), female, phone, email);
	}

	void channel(long personId, String channel, String value) {
		this.out.add(Table.CONTACT_CHANNEL, personId, channel, value);
	}

	/**
	 * A valid IIN not handed out before in this run and not taken in the database:
	 * serials count up per birth date and sex from a random start.
	 */
	Iin iin(LocalDate birthDate, boolean female) {
		LocalDate date = birthDate;
		while (true) {
			long key = date.toEpochDay() * 2 + (female ? 1 : 0);
			Integer serial = this.nextSerial.get(key);
			if (serial == null) {
				serial = this.random.nextInt(MAXIMUM_SERIAL / 3);
			}
			while (serial < MAXIMUM_SERIAL) {
				Iin iin = Iin.generate(date, female, serial);
				int used = Integer.parseInt(iin.value().substring(7, 11));
				if (used < serial || used >= MAXIMUM_SERIAL) {
					break;
				}
				serial = used + 1;
				if (!this.iinTaken.test(Long.parseLong(iin.value()))) {
					this.nextSerial.put(key, serial);
					return iin;
				}
			}
			this.nextSerial.put(key, MAXIMUM_SERIAL);
			date = date.plusDays(1);
		}
	}

	/** A mobile number, {@code +7 7xx xxx xx xx}, not handed out before in this run. */
	String phone() {
		while (true) {
			int code = OPERATOR_CODES[this.random.nextInt(OPERATOR_CODES.length)];
			int rest = 1_000_000 + this.random.nextInt(9_000_000);
			long number = code * 10_000_000L + rest;
			if (this.phones.add(number)) {
				String digits = Integer.toString(rest);
				return "+7 " + code + " " + digits.substring(0, 3) + " " + digits.substring(3, 5) + " "
						+ digits.substring(5, 7);
			}
		}
	}

	/** An e-mail address at the domain, unique in this run. */
	String email(String firstName, String lastName, String domain) {
		String base = Names.latin(firstName) + "." + Names.latin(lastName);
		String email = base + "@" + domain;
		for (int n = 2; !this.emails.add(email); n++) {
			email = base + n + "@" + domain;
		}
		return email;
	}

	/** Writes the next people into other buffers (the generator's next chunk). */
	void writeTo(CopyBuffers buffers) {
		this.out = buffers;
	}

	boolean chance(double probability) {
		return this.random.nextDouble() < probability;
	}

	/** A random day between two dates, both included. */
	LocalDate dayBetween(LocalDate from, LocalDate to) {
		long days = to.toEpochDay() - from.toEpochDay();
		return from.plusDays((days <= 0) ? 0 : this.random.nextInt((int) days + 1));
	}

	/** A random birth date of someone who is {@code age} years old on the given day. */
	LocalDate birthDateForAge(int age, LocalDate on) {
		return dayBetween(on.minusYears(age + 1).plusDays(1), on.minusYears(age));
	}

	<T> T pick(List<T> values) {
		return values.get(this.random.nextInt(values.size()));
	}

}
