package kz.qashyq.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import kz.qashyq.demo.internal.BenchmarkGenerator;
import kz.qashyq.demo.internal.BenchmarkGenerator.Parameters;
import kz.qashyq.demo.internal.BenchmarkGenerator.Report;
import kz.qashyq.directory.Iin;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benchmark generator at a small scale, appended to the demo data of this context's
 * database.
 */
@SpringBootTest
class BenchmarkGeneratorTests {

	@Autowired
	BenchmarkGenerator generator;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldGenerateTheRequestedRegionsOrganizationsAndLearners() {
		int accounts = count("select count(*) from account", List.of());
		Report report = this.generator.generate(new Parameters(2, 10, 2000, 7, 500, false, null));
		List<Long> organizations = report.organizationIds();

		assertThat(report.organizations()).isEqualTo(10);
		assertThat(report.learners()).isEqualTo(2000);
		assertThat(organizations).hasSize(10);
		assertThat(count("select count(distinct region_id) from organization_scope where organization_id in (:ids)",
				organizations))
			.isEqualTo(2);
		assertThat(count("select count(*) from learner where organization_id in (:ids)", organizations))
			.isEqualTo(2000);
		assertThat(count("select count(*) from study_group where organization_id in (:ids)", organizations))
			.isEqualTo((int) report.groups())
			.isGreaterThanOrEqualTo(2000 / 30);
		assertThat(count("""
				select count(distinct person_id) from staff_position where organization_id in (:ids)""", organizations))
			.isEqualTo((int) report.staff());
		assertThat(count("""
				select count(*) from learner l where l.organization_id in (:ids) and
				(select count(*) from parent_link pl where pl.learner_id = l.person_id and pl.primary_contact) <> 1""",
				organizations))
			.isZero();
		assertThat(count("""
				select count(*) from study_group g where g.organization_id in (:ids) and
				(select count(*) from group_supervisor s where s.group_id = g.id and s.to_date is null) <> 1""",
				organizations))
			.isZero();
		List<String> iins = this.jdbc.sql("""
				select p.iin from person p where p.id in (
					select person_id from learner where organization_id in (:ids)
					union select pl.parent_id from parent_link pl join learner l on l.person_id = pl.learner_id
						where l.organization_id in (:ids)
					union select person_id from staff_position where organization_id in (:ids))""")
			.param("ids", organizations)
			.query(String.class)
			.list();
		assertThat(iins).hasSize((int) (report.learners() + report.parents() + report.staff()))
			.doesNotHaveDuplicates()
			.allSatisfy((iin) -> assertThat(Iin.isValid(iin)).as(iin).isTrue());
		assertThat(count("select count(*) from account", List.of())).as("no accounts").isEqualTo(accounts);
		int pupils = count("""
				select count(*) from learner l join study_group g on g.id = l.group_id
				where l.organization_id in (:ids) and g.kind = 'PRESCHOOL_GROUP'""", organizations);
		assertThat(pupils).isPositive();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
		int workingDays = Math.min(today.getDayOfWeek().getValue(), 5);
		assertThat(count("""
				select count(*) from preschool_attendance a join learner l on l.person_id = a.learner_id
				where l.organization_id in (:ids)""", organizations)).as("preschool pupil-days")
			.isEqualTo((int) report.preschoolDays())
			.isEqualTo(pupils * workingDays);
	}

	@Test
	void shouldRefuseParametersItCannotMeet() {
		assertThatThrownBy(() -> new Parameters(21, 100, 1000, 1, 100)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("regions");
		assertThatThrownBy(() -> new Parameters(3, 2, 1000, 1, 100)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("organizations");
		assertThatThrownBy(() -> new Parameters(1, 10, 5, 1, 100)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("learners");
	}

	private int count(String sql, List<Long> ids) {
		var statement = this.jdbc.sql(sql);
		if (!ids.isEmpty()) {
			statement = statement.param("ids", ids);
		}
		return statement.query(Integer.class).single();
	}

}
