package kz.qashyq.directory.internal.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.spreadsheet.SpreadsheetDetector;
import kz.qashyq.platform.spreadsheet.SpreadsheetType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property tests of the learners' importer over random rosters (seeded; the seed is in
 * every failure message, and {@code -Droster.seed=...} repeats a run): a valid roster
 * imports completely, and the same roster with one corrupted row is rejected with nothing
 * written and exactly that row and column named.
 */
@SpringBootTest
class RosterImportPropertyTests {

	private static final int RUNS = 50;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RosterJobStore jobs;

	@Autowired
	RosterImporter importer;

	@Autowired
	MessageSource messages;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	@DisplayName("A1-28a random valid rosters import completely; one corrupted row rejects the file and names that row")
	void shouldImportValidRostersCompletelyAndRejectTheSameRosterWithOneCorruptedRow() {
		long seed = Long.getLong("roster.seed", System.nanoTime());
		Random random = new Random(seed);
		RosterTestSchool school = RosterTestSchool.create(this.jdbc, "Property school " + seed);
		QashyqUser head = school.head();
		RosterTestSchool.signIn(head);
		RandomRoster.IinSource iins = new RandomRoster.IinSource(random, 1000);
		List<RandomRoster.Parent> knownParents = new ArrayList<>();
		for (int run = 0; run < RUNS; run++) {
			RandomRoster roster = RandomRoster.generate(random, iins, 1 + random.nextInt(random.nextBoolean() ? 8 : 40),
					knownParents);
			List<String> taken = taken(roster.iins());
			if (!taken.isEmpty()) {
				// someone else's data holds one of these IINs: draw another roster
				iins.exclude(taken);
				run--;
				continue;
			}
			List<RandomRoster.Corruption> possible = roster.possibleCorruptions();
			RandomRoster.Corruption corruption = possible.get(random.nextInt(possible.size()));
			int index = (corruption == RandomRoster.Corruption.DUPLICATE_IIN)
					? 1 + random.nextInt(roster.learners.size() - 1) : random.nextInt(roster.learners.size());
			String context = "seed " + seed + ", run " + run + ": " + roster + "; " + corruption + " in data row "
					+ index;

			long[] before = counts();
			RosterJob rejected = importNow(school, head, roster, roster.corrupted(corruption, index));
			assertThat(rejected.status()).as(context).isEqualTo(RosterJob.Status.REJECTED);
			List<RowError> errors = this.jobs.errors(rejected.id(), 100);
			assertThat(errors).as(context).hasSize(1);
			assertThat(errors.get(0).row()).as(context).isEqualTo(roster.spreadsheetRow(index));
			assertThat(errors.get(0).column()).as(context).isEqualTo(corruption.column);
			assertThat(errors.get(0).code()).as(context).isEqualTo(corruption.code);
			assertThat(counts()).as(context + ": nothing written").containsExactly(before);

			long learnersBefore = school.learners(this.jdbc);
			RosterJob done = importNow(school, head, roster, roster.rows);
			assertThat(done.status()).as(context + "; errors " + this.jobs.errors(done.id(), 5))
				.isEqualTo(RosterJob.Status.DONE);
			assertImported(school, roster, done, learnersBefore, context);
			roster.distinctParents().stream().filter((parent) -> parent.person.iin != null).forEach(knownParents::add);
		}
	}

	private void assertImported(RosterTestSchool school, RandomRoster roster, RosterJob job, long learnersBefore,
			String context) {
		int rows = roster.learners.size();
		assertThat(job.totalRows()).as(context).isEqualTo(rows);
		assertThat(job.learnersCreated()).as(context).isEqualTo(rows);
		assertThat(school.learners(this.jdbc)).as(context).isEqualTo(learnersBefore + rows);
		int parents = roster.distinctParents().size();
		assertThat(job.parentsCreated() + job.parentsLinked()).as(context).isEqualTo(parents);
		List<String> learnerIins = roster.learners.stream().map((learner) -> learner.person().iin).toList();
		long links = this.jdbc.sql("""
				select count(*) from parent_link pl join person p on p.id = pl.learner_id
				where p.iin = any(cast(? as char(12)[]))""")
			.param(learnerIins.toArray(String[]::new))
			.query(Long.class)
			.single();
		long expectedLinks = roster.learners.stream().mapToLong((l) -> (l.parent2() != null) ? 2 : 1).sum();
		assertThat(links).as(context).isEqualTo(expectedLinks);
		long primaries = this.jdbc.sql("""
				select count(*) from parent_link pl join person p on p.id = pl.learner_id
				where p.iin = any(cast(? as char(12)[])) and pl.primary_contact""")
			.param(learnerIins.toArray(String[]::new))
			.query(Long.class)
			.single();
		assertThat(primaries).as(context + ": one primary contact each").isEqualTo(rows);
		for (RandomRoster.Learner learner : roster.learners) {
			Map<String, Object> stored = this.jdbc.sql("""
					select p.last_name, p.first_name, p.gender, l.group_id, l.device_access, l.household_device_id,
						(select pp.phone from parent_link pl join person pp on pp.id = pl.parent_id
							where pl.learner_id = p.id and pl.primary_contact) as parent_phone,
						(select pl.relation from parent_link pl where pl.learner_id = p.id and pl.primary_contact)
							as relation
					from person p join learner l on l.person_id = p.id where p.iin = ?""")
				.param(learner.person().iin)
				.query()
				.singleRow();
			assertThat(stored.get("last_name")).as(context).isEqualTo(learner.person().lastName);
			assertThat(stored.get("first_name")).as(context).isEqualTo(learner.person().firstName);
			assertThat(stored.get("gender")).as(context).isEqualTo(learner.person().female ? "F" : "M");
			assertThat(stored.get("group_id")).as(context).isEqualTo(school.groups.get(learner.group()));
			assertThat(stored.get("relation")).as(context).isEqualTo(learner.parent1().relation);
			assertThat(stored.get("parent_phone")).as(context).isIn(learner.parent1().phone, null);
			if (learner.device().equals("SHARED")) {
				assertThat(stored.get("household_device_id")).as(context).isNotNull();
			}
			else {
				assertThat(stored.get("device_access")).as(context)
					.isEqualTo(learner.device().isEmpty() ? "OWN" : learner.device());
			}
		}
	}

	private RosterJob importNow(RosterTestSchool school, QashyqUser head, RandomRoster roster,
			List<Map<RosterColumn, RosterTestFiles.XlsxValue>> rows) {
		byte[] file = roster.file(this.messages, rows);
		SpreadsheetType type = SpreadsheetDetector.detect(file);
		assertThat(type).isEqualTo(roster.type());
		UUID id = this.jobs.create(school.id, RosterKind.LEARNERS, "roster", type, file, head.accountId(),
				head.getUsername(), "test");
		this.importer.run(id);
		return this.jobs.find(id).orElseThrow();
	}

	private long[] counts() {
		return new long[] { count("person"), count("learner"), count("parent_link"), count("contact_channel"),
				count("household_device") };
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private List<String> taken(List<String> iins) {
		return this.jdbc.sql("select iin from person where iin = any(cast(? as char(12)[]))")
			.param(iins.toArray(String[]::new))
			.query(String.class)
			.list();
	}

}
