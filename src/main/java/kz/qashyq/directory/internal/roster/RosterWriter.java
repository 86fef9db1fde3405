package kz.qashyq.directory.internal.roster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a checked roster with batched inserts, in the caller's transaction. People that
 * already exist (same IIN) are linked, never changed.
 */
@Component
class RosterWriter {

	/** Rows written between two progress reports. */
	static final int CHUNK = 500;

	private final JdbcTemplate jdbc;

	RosterWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * What an import wrote.
	 */
	record Counts(int learnersCreated, int learnersLinked, int parentsCreated, int parentsLinked, int staffCreated,
			int staffLinked, int positionsCreated) {

		String summary() {
			return "learnersCreated=" + this.learnersCreated + ", learnersLinked=" + this.learnersLinked
					+ ", parentsCreated=" + this.parentsCreated + ", parentsLinked=" + this.parentsLinked
					+ ", staffCreated=" + this.staffCreated + ", staffLinked=" + this.staffLinked
					+ ", positionsCreated=" + this.positionsCreated;
		}

	}

	Counts writeLearners(long organizationId, List<RosterPlan.Learner> learners, IntConsumer progress) {
		Set<RosterPlan.Person> written = Collections.newSetFromMap(new IdentityHashMap<>());
		Set<RosterPlan.Person> parents = Collections.newSetFromMap(new IdentityHashMap<>());
		Map<Object, Long> devices = new HashMap<>();
		int learnersLinked = 0;
		for (int from = 0; from < learners.size(); from += CHUNK) {
			List<RosterPlan.Learner> chunk = learners.subList(from, Math.min(learners.size(), from + CHUNK));
			List<RosterPlan.Person> people = new ArrayList<>();
			for (RosterPlan.Learner learner : chunk) {
				people.add(learner.person());
				learner.parents().forEach((parent) -> people.add(parent.person()));
			}
			insertPeople(people, written);
			List<Object[]> learnerRows = new ArrayList<>();
			List<Object[]> links = new ArrayList<>();
			List<RosterPlan.Learner> sharing = chunk.stream()
				.filter((learner) -> "SHARED".equals(learner.device()) && !devices.containsKey(learner.family()))
				.toList();
			Iterator<Long> deviceIds = nextIds("household_device",
					(int) sharing.stream().map(RosterPlan.Learner::family).distinct().count())
				.iterator();
			for (RosterPlan.Learner learner : sharing) {
				devices.computeIfAbsent(learner.family(), (family) -> deviceIds.next());
			}
			insertDevices(sharing.stream().map((learner) -> devices.get(learner.family())).distinct().toList());
			for (RosterPlan.Learner learner : chunk) {
				learnersLinked += learner.person().isNew() ? 0 : 1;
				learnerRows.add(new Object[] { learner.person().id, organizationId, learner.groupId(),
						learner.learnerKind(), learner.device(),
						"SHARED".equals(learner.device()) ? devices.get(learner.family()) : null, learner.internet() });
				for (RosterPlan.Parent parent : learner.parents()) {
					parents.add(parent.person());
					links.add(new Object[] { learner.person().id, parent.person().id, parent.relation(),
							parent.primaryContact() });
				}
			}
			this.jdbc.batchUpdate("""
					insert into learner (person_id, organization_id, group_id, kind, device_access, household_device_id,
						has_internet) values (?, ?, ?, ?, ?, ?, ?)""", learnerRows);
			this.jdbc.batchUpdate("""
					insert into parent_link (learner_id, parent_id, relation, primary_contact) values (?, ?, ?, ?)""",
					links);
			progress.accept(from + chunk.size());
		}
		int parentsCreated = (int) parents.stream().filter(RosterPlan.Person::isNew).count();
		return new Counts(learners.size() - learnersLinked, learnersLinked, parentsCreated,
				parents.size() - parentsCreated, 0, 0, 0);
	}

	Counts writeStaff(long organizationId, List<RosterPlan.Staff> staff, IntConsumer progress) {
		Set<RosterPlan.Person> written = Collections.newSetFromMap(new IdentityHashMap<>());
		Set<RosterPlan.Person> people = Collections.newSetFromMap(new IdentityHashMap<>());
		for (int from = 0; from < staff.size(); from += CHUNK) {
			List<RosterPlan.Staff> chunk = staff.subList(from, Math.min(staff.size(), from + CHUNK));
			insertPeople(chunk.stream().map(RosterPlan.Staff::person).toList(), written);
			List<Object[]> positions = new ArrayList<>();
			for (RosterPlan.Staff member : chunk) {
				people.add(member.person());
				positions.add(new Object[] { member.person().id, organizationId, member.position(), member.subject() });
			}
			this.jdbc.batchUpdate(
					"insert into staff_position (person_id, organization_id, position, subject) values (?, ?, ?, ?)",
					positions);
			progress.accept(from + chunk.size());
		}
		int created = (int) people.stream().filter(RosterPlan.Person::isNew).count();
		return new Counts(0, 0, 0, 0, created, people.size() - created, staff.size());
	}

	/**
	 * Inserts the new people among these that are not written yet, with ids taken from
	 * the sequence up front (so that one batch writes them all), and their messenger
	 * contacts.
	 */
	private void insertPeople(List<RosterPlan.Person> people, Set<RosterPlan.Person> written) {
		List<RosterPlan.Person> fresh = new ArrayList<>();
		for (RosterPlan.Person person : people) {
			if (person.isNew() && written.add(person)) {
				fresh.add(person);
			}
		}
		if (fresh.isEmpty()) {
			return;
		}
		Iterator<Long> ids = nextIds("person", fresh.size()).iterator();
		List<Object[]> rows = new ArrayList<>(fresh.size());
		List<Object[]> channels = new ArrayList<>();
		for (RosterPlan.Person person : fresh) {
			person.id = ids.next();
			rows.add(new Object[] { person.id, person.iin, person.lastName, person.firstName, person.middleName,
					person.birthDate, person.sex, person.phone, person.email, person.address });
			if (person.whatsapp != null) {
				channels.add(new Object[] { person.id, "WHATSAPP", person.whatsapp });
			}
			if (person.aitu != null) {
				channels.add(new Object[] { person.id, "AITU", person.aitu });
			}
		}
		this.jdbc.batchUpdate("""
				insert into person (id, iin, last_name, first_name, middle_name, birth_date, gender, phone, email,
					postal_address) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		if (!channels.isEmpty()) {
			this.jdbc.batchUpdate("insert into contact_channel (person_id, channel, value) values (?, ?, ?)", channels);
		}
	}

	private void insertDevices(List<Long> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.batchUpdate("insert into household_device (id) values (?)",
					ids.stream().map((id) -> new Object[] { id }).toList());
		}
	}

	private List<Long> nextIds(String table, int count) {
		if (count == 0) {
			return List.of();
		}
		return this.jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
				Long.class, table, count);
	}

}
