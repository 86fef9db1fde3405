package kz.qashyq.directory.internal.roster;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import kz.qashyq.directory.Iin;
import kz.qashyq.directory.internal.roster.RosterTestFiles.Text;
import kz.qashyq.directory.internal.roster.RosterTestFiles.XlsxValue;
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
 * A school-sized file: 10,000 learners with their parents in one XLSX. Not timed; the
 * duration is printed for the performance notes.
 */
@SpringBootTest
class RosterLargeImportTests {

	private static final int LEARNERS = 10_000;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RosterJobStore jobs;

	@Autowired
	RosterImporter importer;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	@DisplayName("A1-28a 10,000 learners with parents import completely from one XLSX")
	void shouldImportTenThousandLearnersWithTheirParents() {
		Random random = new Random(10_000);
		RandomRoster.IinSource iins = new RandomRoster.IinSource(random, 7000);
		RosterTestSchool school = RosterTestSchool.create(this.jdbc, "Large school");
		List<List<XlsxValue>> table = new ArrayList<>();
		table.add(List
			.of("ИИН", "Фамилия", "Имя", "Отчество", "Дата рождения", "Класс или группа", "Родитель 1: ИИН",
					"Родитель 1: фамилия", "Родитель 1: имя", "Родитель 1: кем приходится",
					"Родитель 1: мобильный телефон", "Родитель 1: WhatsApp", "Родитель 2: ИИН", "Родитель 2: фамилия",
					"Родитель 2: имя", "Родитель 2: кем приходится", "Родитель 2: мобильный телефон")
			.stream()
			.<XlsxValue>map(Text::new)
			.toList());
		int secondParents = 0;
		for (int i = 0; i < LEARNERS; i++) {
			boolean female = random.nextBoolean();
			String iin = iins.next(LocalDate.of(2006, 1, 1), LocalDate.of(2021, 1, 1), female);
			List<String> row = new ArrayList<>(List.of(iin, "Фамилия", female ? "Айгүл" : "Ерлан", "",
					Iin.birthDateOf(iin).orElseThrow().toString(),
					RosterTestSchool.GROUPS.get(i % RosterTestSchool.GROUPS.size()),
					iins.next(LocalDate.of(1965, 1, 1), LocalDate.of(1995, 1, 1), true), "Анасы", "Гүлнар", "мать",
					"+7701" + String.format("%07d", i), "да"));
			if (random.nextInt(10) < 3) {
				secondParents++;
				row.addAll(List.of(iins.next(LocalDate.of(1965, 1, 1), LocalDate.of(1995, 1, 1), false), "Әкесі",
						"Серік", "отец", "+7702" + String.format("%07d", i)));
			}
			table.add(row.stream().<XlsxValue>map(Text::new).toList());
		}
		byte[] file = RosterTestFiles.xlsx(table);
		QashyqUser head = school.head();
		RosterTestSchool.signIn(head);
		UUID id = this.jobs.create(school.id, RosterKind.LEARNERS, "school.xlsx", SpreadsheetType.XLSX, file,
				head.accountId(), head.getUsername(), "test");

		long heapBefore = usedHeap();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		long started = System.nanoTime();
		this.importer.run(id);
		long millis = (System.nanoTime() - started) / 1_000_000;
		long peak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
		RosterJob job = this.jobs.find(id).orElseThrow();

		System.out.printf(
				"Roster import of %,d learners with %,d parents (XLSX %,d bytes): %,d ms; heap used "
						+ "before %,d MB, peak during the import at most %,d MB%n",
				LEARNERS, LEARNERS + secondParents, file.length, millis, heapBefore >> 20, peak >> 20);
		assertThat(job.status()).as(this.jobs.errors(id, 5).toString()).isEqualTo(RosterJob.Status.DONE);
		assertThat(job.learnersCreated()).isEqualTo(LEARNERS);
		assertThat(job.parentsCreated()).isEqualTo(LEARNERS + secondParents);
		assertThat(school.learners(this.jdbc)).isEqualTo(LEARNERS);
		assertThat(this.jdbc.sql("""
				select count(*) from parent_link pl join learner l on l.person_id = pl.learner_id
				where l.organization_id = ?""").param(school.id).query(Long.class).single())
			.isEqualTo(LEARNERS + secondParents);
		assertThat(this.jdbc.sql("""
				select count(*) from contact_channel c join parent_link pl on pl.parent_id = c.person_id
				join learner l on l.person_id = pl.learner_id where l.organization_id = ? and c.channel = 'WHATSAPP'""")
			.param(school.id)
			.query(Long.class)
			.single()).isEqualTo(LEARNERS);
	}

	private static long usedHeap() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
