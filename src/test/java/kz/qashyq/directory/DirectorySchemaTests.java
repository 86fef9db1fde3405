package kz.qashyq.directory;

import java.time.LocalDate;

import kz.qashyq.support.DirectoryTestData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rules the directory's schema keeps whatever code writes to it.
 */
@SpringBootTest
class DirectorySchemaTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("O-1a the 17 regions and 3 cities are seeded with names in three languages and a time zone")
	void shouldSeedTheTerritory() {
		assertThat(this.jdbc.sql("select count(*) from region where name_kk <> '' and name_ru <> '' and name_en <> ''")
			.query(Integer.class)
			.single()).isEqualTo(20);
		assertThat(
				this.jdbc.sql("select name_en from region where kind = 'CITY' order by id").query(String.class).list())
			.containsExactly("Astana city", "Almaty city", "Shymkent city");
		assertThat(this.jdbc.sql("select count(*) from organization_kind").query(Integer.class).single()).isEqualTo(20);
		assertThat(this.jdbc.sql("select count(*) from position_kind").query(Integer.class).single()).isEqualTo(17);
	}

	@Test
	@DisplayName("O-1b an organization's time zone defaults to its region's")
	void shouldDefaultTheTimeZoneToTheRegions() {
		long settlement = new DirectoryTestData(this.jdbc).settlement(3, "Aktobe test " + System.nanoTime());
		String zone = this.jdbc.sql("""
				insert into organization (settlement_id, kind, ownership, name_kk, name_ru, name_en)
				values (?, 'LYCEUM', 'PRIVATE', 'L', 'L', 'L') returning time_zone""")
			.param(settlement)
			.query(String.class)
			.single();
		assertThat(zone).isEqualTo("Asia/Aqtobe");
	}

	@Test
	@DisplayName("O-1.9a grade 12 only in an organization flagged as having a 12th grade")
	void shouldRefuseGrade12WithoutTheFlag() {
		DirectoryTestData data = new DirectoryTestData(this.jdbc);
		long school = data.organization(data.settlement(9, "Grade 12 test " + System.nanoTime()), "SECONDARY_SCHOOL",
				"S");
		assertThatThrownBy(() -> data.schoolClass(school, 12, "A")).isInstanceOf(DataAccessException.class);
		this.jdbc.sql("update organization set has_grade_12 = true where id = ?").param(school).update();
		assertThat(data.schoolClass(school, 12, "A")).isPositive();
	}

	@Test
	@DisplayName("O-1.9a, A1-26a exactly one class teacher or curator at a time, with history")
	void shouldKeepOneCurrentSupervisor() {
		DirectoryTestData data = new DirectoryTestData(this.jdbc);
		long school = data.organization(data.settlement(9, "Supervisor test " + System.nanoTime()), "SECONDARY_SCHOOL",
				"S");
		long group = data.schoolClass(school, 5, "A");
		long first = data.person("Abenova", "Aliya", LocalDate.of(1980, 1, 2), true);
		long second = data.person("Beisenov", "Bauyrzhan", LocalDate.of(1979, 3, 4), false);
		this.jdbc.sql("insert into group_supervisor (group_id, person_id, from_date) values (?, ?, '2025-09-01')")
			.params(group, first)
			.update();
		assertThatThrownBy(() -> this.jdbc
			.sql("insert into group_supervisor (group_id, person_id, from_date) values (?, ?, '2026-01-10')")
			.params(group, second)
			.update()).isInstanceOf(DataAccessException.class);
		this.jdbc.sql("update group_supervisor set to_date = '2026-01-09' where group_id = ? and to_date is null")
			.param(group)
			.update();
		this.jdbc.sql("insert into group_supervisor (group_id, person_id, from_date) values (?, ?, '2026-01-10')")
			.params(group, second)
			.update();
		assertThat(this.jdbc.sql("select count(*) from group_supervisor where group_id = ?")
			.param(group)
			.query(Integer.class)
			.single()).isEqualTo(2);
	}

	@Test
	@DisplayName("A1-28a exactly one primary contact per learner")
	void shouldKeepOnePrimaryContact() {
		DirectoryTestData data = new DirectoryTestData(this.jdbc);
		long school = data.organization(data.settlement(9, "Parent test " + System.nanoTime()), "SECONDARY_SCHOOL",
				"S");
		long learner = data.learner(school, data.schoolClass(school, 3, "B"), "Kairatov", "Timur");
		data.parentOf(learner, "Kairatova", "Dana");
		long father = data.person("Kairatov", "Serik", LocalDate.of(1983, 5, 6), false);
		assertThatThrownBy(() -> this.jdbc
			.sql("""
					insert into parent_link (learner_id, parent_id, relation, primary_contact) values (?, ?, 'FATHER', true)""")
			.params(learner, father)
			.update()).isInstanceOf(DataAccessException.class);
	}

	@Test
	@DisplayName("A1-24a the audit log cannot be edited or deleted")
	void shouldKeepTheAuditLogAppendOnly() {
		this.jdbc.sql("insert into audit_log (username, action, object_type) values ('t', 'TEST', 'TEST')").update();
		assertThatThrownBy(() -> this.jdbc.sql("update audit_log set username = 'x'").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_log").update())
			.isInstanceOf(DataAccessException.class);
	}

}
