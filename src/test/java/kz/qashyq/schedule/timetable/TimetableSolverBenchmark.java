package kz.qashyq.schedule.timetable;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import kz.qashyq.schedule.internal.timetable.TimetableGenerator;
import kz.qashyq.schedule.internal.timetable.TimetableGenerator.Prepared;
import kz.qashyq.schedule.internal.timetable.solver.TimetablePlan;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Not part of the default test run (its name does not end in Tests): solves every demo
 * organization's week with the full time limit, with and without the shared-device
 * constraint, and prints time, score and the overlapping live lessons of siblings sharing
 * a device. Run:
 * {@code ./mvnw -o -q verify -Dtest=TimetableSolverBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbenchmark.seconds=20}
 */
@SpringBootTest
class TimetableSolverBenchmark {

	@Autowired
	TimetableGenerator generator;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("O-1.10d solver figures per demo organization")
	void printFigures() {
		int seconds = Integer.getInteger("benchmark.seconds", 20);
		LocalDate monday = LocalDate.of(2020, 4, 6);
		List<Object[]> organizations = this.jdbc.sql("""
				select o.id, o.name_en, (select count(*) from study_group g where g.organization_id = o.id)
				from organization o where exists (select 1 from study_group g where g.organization_id = o.id)
				order by o.id""")
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getInt(3) })
			.list();
		StringBuilder out = new StringBuilder(String.format(
				"%n| organization | classes | lessons | device-sharing class pairs | time (s) | score | overlaps with | overlaps without |%n|---|---|---|---|---|---|---|---|%n"));
		for (Object[] organization : organizations) {
			long id = (long) organization[0];
			Prepared with = this.generator.prepare(id, monday, true);
			long started = System.nanoTime();
			TimetablePlan solved = this.generator.solve(with, Duration.ofSeconds(seconds), Duration.ofSeconds(seconds),
					null, null);
			double time = (System.nanoTime() - started) / 1e9;
			Prepared without = this.generator.prepare(id, monday, false);
			TimetablePlan solvedWithout = this.generator.solve(without, Duration.ofSeconds(seconds),
					Duration.ofSeconds(seconds), null, null);
			assertThat(solved.getScore().hardScore()).as("hard score of %s", organization[1]).isZero();
			out.append(String.format("| %s | %d | %d | %d | %.1f | %s | %d | %d |%n", organization[1], organization[2],
					with.plan().getLessons().size(), with.plan().getSharedDevices().size(), time, solved.getScore(),
					this.generator.sharedDeviceOverlaps(id, solved),
					this.generator.sharedDeviceOverlaps(id, solvedWithout)));
		}
		System.out.println(out);
	}

}
