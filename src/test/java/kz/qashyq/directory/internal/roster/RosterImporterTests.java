package kz.qashyq.directory.internal.roster;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.spreadsheet.SpreadsheetType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The importer's rules on people who already exist, staff positions, file-level problems,
 * the audit log and jobs left behind by a node that stopped.
 */
@SpringBootTest
class RosterImporterTests {

	private static final RandomRoster.IinSource iins = new RandomRoster.IinSource(new Random(7), 5000);

	private static final List<String> LEARNER_TITLES = List.of("IIN", "Last name", "First name", "Date of birth", "Sex",
			"Class or group", "Parent 1: IIN", "Parent 1: last name", "Parent 1: first name", "Parent 1: relation",
			"Parent 1: mobile phone", "Parent 2: last name", "Parent 2: first name", "Parent 2: relation",
			"Device for learning");

	private static final List<String> STAFF_TITLES = List.of("ЖСН", "Тегі", "Аты", "Лауазымы", "Пән");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RosterJobStore jobs;

	@Autowired
	RosterImporter importer;

	@Autowired
	RosterImportRunner runner;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	private static String child(boolean female) {
		return iins.next(LocalDate.of(2009, 1, 1), LocalDate.of(2018, 1, 1), female);
	}

	private static String adult(boolean female) {
		return iins.next(LocalDate.of(1970, 1, 1), LocalDate.of(1992, 1, 1), female);
	}

	private RosterJob run(RosterTestSchool school, RosterKind kind, List<String> titles, List<List<String>> rows) {
		QashyqUser head = school.head();
		RosterTestSchool.signIn(head);
		List<List<String>> table = new ArrayList<>();
		table.add(titles);
		table.addAll(rows);
		byte[] file = RosterTestFiles.csv(table, ';', StandardCharsets.UTF_8, true);
		UUID id = this.jobs.create(school.id, kind, "roster.csv", SpreadsheetType.CSV, file, head.accountId(),
				head.getUsername(), "test");
		this.importer.run(id);
		return this.jobs.find(id).orElseThrow();
	}

	private List<RowError> errors(RosterJob job) {
		return this.jobs.errors(job.id(), 100);
	}

	@Test
	@DisplayName("A1-28a a parent already in the directory, from another school, is linked, and siblings share parents and a device")
	void shouldLinkAnExistingParentAndShareParentsAndDeviceBetweenSiblings() {
		RosterTestSchool first = RosterTestSchool.create(this.jdbc, "Importer school 1");
		RosterTestSchool second = RosterTestSchool.create(this.jdbc, "Importer school 2");
		String mother = adult(true);
		RosterJob earlier = run(first, RosterKind.LEARNERS, LEARNER_TITLES, List.of(List.of(child(false), "Әбенов",
				"Дәулет", "", "", "5А", mother, "Әбенова", "Гүлнар", "анасы", "87015551234", "", "", "", "")));
		assertThat(earlier.status()).isEqualTo(RosterJob.Status.DONE);

		String brother = child(false);
		String sister = child(true);
		RosterJob job = run(second, RosterKind.LEARNERS, LEARNER_TITLES,
				List.of(List.of(brother, "Әбенов", "Ерұлан", "", "ер", "6А", mother, "Әбенова", "Гүлнар", "анасы",
						"87015551234", "Әбенов", "Серік", "әкесі", "ортақ"),
						List.of(sister, "Әбенова", "Іңкәр", "", "Ж", "1А", mother, "Әбенова", "Гүлнар", "мать",
								"87015551234", "Әбенов", "Серік", "father", "shared")));

		assertThat(job.status()).as(errors(job).toString()).isEqualTo(RosterJob.Status.DONE);
		assertThat(job.learnersCreated()).isEqualTo(2);
		assertThat(job.parentsLinked()).isEqualTo(1);
		assertThat(job.parentsCreated()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(distinct l.household_device_id) from learner l join person p on p.id = l.person_id
				where p.iin in (?, ?)""").params(brother, sister).query(Long.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from parent_link pl join person p on p.id = pl.parent_id where p.iin = ?""")
			.param(mother)
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(this.jdbc.sql("""
				select details from audit_log where action = 'IMPORT' and object_type = 'ROSTER' and object_id = ?""")
			.param(job.id().toString())
			.query(String.class)
			.single()).contains("learnersCreated=2", "parentsLinked=1");
	}

	@Test
	void shouldRefuseALearnerEnrolledInAnotherOrganizationOrAlreadyHere() {
		RosterTestSchool first = RosterTestSchool.create(this.jdbc, "Importer school 3");
		RosterTestSchool second = RosterTestSchool.create(this.jdbc, "Importer school 4");
		List<String> row = List.of(child(true), "Ким", "Юлия", "", "", "5А", "", "Ким", "Ольга", "мать", "87015550000",
				"", "", "", "");
		assertThat(run(first, RosterKind.LEARNERS, LEARNER_TITLES, List.of(row)).status())
			.isEqualTo(RosterJob.Status.DONE);

		RosterJob elsewhere = run(second, RosterKind.LEARNERS, LEARNER_TITLES, List.of(row));
		RosterJob again = run(first, RosterKind.LEARNERS, LEARNER_TITLES, List.of(row));

		assertThat(elsewhere.status()).isEqualTo(RosterJob.Status.REJECTED);
		assertThat(errors(elsewhere)).extracting(RowError::code).containsExactly("ALREADY_ENROLLED_ELSEWHERE");
		assertThat(errors(again)).extracting(RowError::code).containsExactly("ALREADY_ENROLLED_HERE");
		assertThat(second.learners(this.jdbc)).isZero();
	}

	@Test
	@DisplayName("every problem of every row is reported, with the row and column the user sees")
	void shouldCollectEveryErrorOfEveryRow() {
		RosterTestSchool school = RosterTestSchool.create(this.jdbc, "Importer school 5");
		String boy = child(false);
		String girl = child(true);
		String wrongDate = LocalDate.of(2011, 5, 5).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

		RosterJob job = run(school, RosterKind.LEARNERS, LEARNER_TITLES,
				List.of(List.of(boy, "Иванов", "Пётр", wrongDate, "Ж", "7В", boy, "Иванова", "Анна", "тётя", "123", "",
						"", "", "планшет"),
						List.of(girl, "Петрова", "Анна", "", "", "5А", adult(true), "Петрова", "", "мать",
								"87015550000", "Петров", "", "", ""),
						List.of(girl, "Петрова", "Анна", "", "", "5А", "", "Петрова", "Ирина", "мать", "87015550000",
								"", "", "", "", "лишнее")));

		assertThat(job.status()).isEqualTo(RosterJob.Status.REJECTED);
		assertThat(errors(job))
			.extracting((e) -> e.row() + " " + ((e.column() != null) ? e.column().key() : "-") + " " + e.code())
			.containsExactly("2 birth_date BIRTH_DATE_MISMATCH", "2 sex SEX_MISMATCH", "2 group UNKNOWN_GROUP",
					"2 device INVALID_DEVICE", "2 parent1_relation INVALID_RELATION", "2 parent1_phone INVALID_PHONE",
					"2 parent1_iin PARENT_IS_LEARNER", "3 parent1_first_name REQUIRED", "3 parent2_first_name REQUIRED",
					"3 parent2_relation REQUIRED", "4 - TOO_MANY_CELLS", "4 iin DUPLICATE_IN_FILE");
		assertThat(errors(job).get(11).args()).containsExactly("3");
		assertThat(school.learners(this.jdbc)).isZero();
	}

	@Test
	@DisplayName("O-1.28b staff: positions by name in any language, two positions of one person, an existing person linked")
	void shouldImportStaffWithPositionsInAnyLanguageAndLinkExistingPeople() {
		RosterTestSchool school = RosterTestSchool.create(this.jdbc, "Importer school 6");
		RosterTestSchool other = RosterTestSchool.create(this.jdbc, "Importer school 7");
		String teacher = adult(true);
		assertThat(run(other, RosterKind.STAFF, STAFF_TITLES,
				List.of(List.of(teacher, "Сейітова", "Гүлнар", "Teacher", "Химия")))
			.status()).isEqualTo(RosterJob.Status.DONE);
		String head = adult(false);

		RosterJob job = run(school, RosterKind.STAFF, STAFF_TITLES,
				List.of(List.of(teacher, "Сейітова", "Гүлнар", "Мұғалім", "Химия"),
						List.of(teacher, "Сейітова", "Гүлнар", "куратор или классный руководитель", ""),
						List.of(head, "Ахметов", "Ерлан", "HEAD", "")));
		RosterJob again = run(school, RosterKind.STAFF, STAFF_TITLES,
				List.of(List.of(head, "Ахметов", "Ерлан", "Руководитель", ""),
						List.of(adult(true), "Ким", "Ольга", "завхоз", "")));

		assertThat(job.status()).as(errors(job).toString()).isEqualTo(RosterJob.Status.DONE);
		assertThat(job.staffCreated()).isEqualTo(1);
		assertThat(job.staffLinked()).isEqualTo(1);
		assertThat(job.positionsCreated()).isEqualTo(3);
		assertThat(errors(again)).extracting(RowError::code)
			.containsExactly("ALREADY_HOLDS_POSITION", "UNKNOWN_POSITION");
	}

	@Test
	void shouldRejectFilesWithoutRowsOrWithMoreRowsThanTheLimit() {
		RosterTestSchool school = RosterTestSchool.create(this.jdbc, "Importer school 8");
		List<List<String>> many = new ArrayList<>();
		for (int i = 0; i < 20_001; i++) {
			many.add(List.of("1", "A", "B", "C"));
		}

		RosterJob empty = run(school, RosterKind.STAFF, STAFF_TITLES, List.of());
		RosterJob tooMany = run(school, RosterKind.STAFF, STAFF_TITLES, many);
		RosterJob noColumns = run(school, RosterKind.STAFF, List.of("ЖСН", "Тегі", "Пән"), List.of());

		assertThat(errors(empty)).extracting(RowError::code).containsExactly("FILE_NO_ROWS");
		assertThat(errors(tooMany)).extracting(RowError::code).containsExactly("FILE_TOO_MANY_ROWS");
		assertThat(errors(noColumns)).extracting(RowError::code).containsExactly("FILE_MISSING_COLUMNS");
		assertThat(errors(noColumns).get(0).args()).containsExactly("col:first_name,position");
		assertThat(this.jobs.content(tooMany.id())).isNull();
	}

	@Test
	@DisplayName("jobs left running by this node before a restart, or by a node gone silent, end as FAILED")
	void shouldFailJobsLeftRunningByANodeThatStopped() {
		RosterTestSchool school = RosterTestSchool.create(this.jdbc, "Importer school 9");
		QashyqUser head = school.head();
		byte[] file = "a;b".getBytes(StandardCharsets.UTF_8);
		UUID own = this.jobs.create(school.id, RosterKind.STAFF, "own.csv", SpreadsheetType.CSV, file, head.accountId(),
				head.getUsername(), this.runner.node());
		this.jobs.progress(own, RosterJob.Status.APPLYING, 10, 100);
		UUID silent = this.jobs.create(school.id, RosterKind.STAFF, "silent.csv", SpreadsheetType.CSV, file,
				head.accountId(), head.getUsername(), "node-gone");
		this.jdbc.sql("update roster_import set heartbeat_at = now() - interval '10 minutes' where id = ?")
			.param(silent)
			.update();
		UUID alive = this.jobs.create(school.id, RosterKind.STAFF, "alive.csv", SpreadsheetType.CSV, file,
				head.accountId(), head.getUsername(), "node-alive");

		int afterRestart = this.jobs.failAbandoned(this.runner.node(), Duration.ofMinutes(2), true);

		assertThat(afterRestart).isGreaterThanOrEqualTo(2);
		assertThat(this.jobs.find(own).orElseThrow().status()).isEqualTo(RosterJob.Status.FAILED);
		assertThat(this.jobs.find(silent).orElseThrow().status()).isEqualTo(RosterJob.Status.FAILED);
		assertThat(this.jobs.find(alive).orElseThrow().status()).isEqualTo(RosterJob.Status.PENDING);
		assertThat(this.jobs.errors(own, 5)).extracting(RowError::code).containsExactly("ABANDONED");
		assertThat(this.jobs.content(own)).isNull();
	}

}
