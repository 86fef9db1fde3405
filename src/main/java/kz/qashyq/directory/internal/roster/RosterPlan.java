package kz.qashyq.directory.internal.roster;

import java.time.LocalDate;
import java.util.List;

/**
 * What a valid roster file will write: the people it creates or links, the learners with
 * their parents, the staff positions.
 */
final class RosterPlan {

	private RosterPlan() {
	}

	/**
	 * A person named in the file: an existing one (same IIN) that is linked, or a new one
	 * that is created. One entry per person, however many rows name them.
	 */
	static final class Person {

		final Long existingId;

		final String iin;

		final String lastName;

		final String firstName;

		final String middleName;

		final LocalDate birthDate;

		final String sex;

		final String phone;

		final String email;

		final String address;

		final String whatsapp;

		final String aitu;

		/** The id once written (the existing id for a linked person). */
		long id;

		Person(Long existingId, String iin, String lastName, String firstName, String middleName, LocalDate birthDate,
				String sex, String phone, String email, String address, String whatsapp, String aitu) {
			this.existingId = existingId;
			this.iin = iin;
			this.lastName = lastName;
			this.firstName = firstName;
			this.middleName = middleName;
			this.birthDate = birthDate;
			this.sex = sex;
			this.phone = phone;
			this.email = email;
			this.address = address;
			this.whatsapp = whatsapp;
			this.aitu = aitu;
			this.id = (existingId != null) ? existingId : 0;
		}

		boolean isNew() {
			return this.existingId == null;
		}

	}

	record Parent(Person person, String relation, boolean primaryContact) {
	}

	/**
	 * @param device OWN, SHARED or NONE
	 * @param family who shares a device with whom: learners of one family (same first
	 * parent) with a shared device share one household device
	 */
	record Learner(int row, Person person, long groupId, String learnerKind, String device, boolean internet,
			List<Parent> parents, Object family) {
	}

	record Staff(int row, Person person, String position, String subject) {
	}

	/**
	 * The checked content of a file: errors (at most the stored number) and their total,
	 * or what to write.
	 */
	record Result(List<RowError> errors, int errorCount, List<Learner> learners, List<Staff> staff, int rows) {

		boolean valid() {
			return this.errorCount == 0;
		}

	}

}
