package kz.qashyq.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.policy.internal.PolicyVersions;
import kz.qashyq.policy.internal.PolicyVersions.InvalidPolicyChange;
import kz.qashyq.policy.internal.PolicyVersions.RuleChange;
import kz.qashyq.support.DirectoryTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class PolicyVersionsTests {

	@Autowired
	PolicyVersions versions;

	@Autowired
	Policies policies;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	@Test
	@DisplayName("O-11b the ministry changes a rule by a new version from a date; past dates keep the old rule")
	void shouldVersionAChange() {
		long school = newSchool("V");
		DirectoryTestData.signIn(null, new Grant(Role.MINISTRY_ADMIN, ScopeRef.REPUBLIC));
		long current = newestVersionOfTheCurrentYear();
		// in 2027, after the newest version's start (another test of this class may have
		// added one); the current term keeps the order's rules for the other tests
		LocalDate newest = this.jdbc.sql("select valid_from from policy_version where id = ?")
			.param(current)
			.query(LocalDate.class)
			.single();
		LocalDate from = newest.isBefore(LocalDate.of(2027, 1, 1)) ? LocalDate.of(2027, 1, 11) : newest.plusDays(10);
		long next = this.versions.successor(current, change(GradeBand.BASIC, from, 35));
		assertThat(this.policies.lessonRules(school, GradeBand.BASIC, from).orElseThrow().maxLessonMinutes())
			.isEqualTo(35);
		assertThat(
				this.policies.lessonRules(school, GradeBand.BASIC, from.minusDays(1)).orElseThrow().maxLessonMinutes())
			.isEqualTo(30);
		assertThat(this.policies.lessonRules(school, GradeBand.PRIMARY, from).orElseThrow().maxLessonMinutes())
			.as("other bands are copied unchanged")
			.isEqualTo(30);
		assertThat(this.policies.check(new PlannedLesson(school, GradeBand.BASIC,
				from.plusWeeks(2).with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)),
				LocalTime.of(9, 0), 35, true)))
			.isEmpty();
		assertThat(this.jdbc.sql("select details from audit_log where object_type = 'POLICY_VERSION' and object_id = ?")
			.param(String.valueOf(next))
			.query(String.class)
			.single()).contains("lesson 30", "lesson 35");
		assertThatThrownBy(() -> this.versions.successor(current, change(GradeBand.BASIC, from.plusDays(7), 40)))
			.isInstanceOf(InvalidPolicyChange.class)
			.hasMessageContaining("policy.edit.error.notNewest");
	}

	@Test
	@DisplayName("O-11b a change without its basis act or with a bad date is refused and nothing is written")
	void shouldRefuseAChangeWithoutBasis() {
		DirectoryTestData.signIn(null, new Grant(Role.MINISTRY_ADMIN, ScopeRef.REPUBLIC));
		int before = count();
		RuleChange noAct = new RuleChange(GradeBand.BASIC, LocalDate.of(2020, 4, 20), 30, null, LocalTime.of(8, 30),
				EnumSet.of(DayOfWeek.MONDAY), 10, 6, new PolicyVersions.Basis(null, " ", null, null), null);
		assertThatThrownBy(() -> this.versions.successor(2, noAct)).isInstanceOf(InvalidPolicyChange.class)
			.satisfies(
					(ex) -> assertThat(((InvalidPolicyChange) ex).messageKeys()).contains("policy.edit.error.basis"));
		assertThatThrownBy(() -> this.versions.successor(2, change(GradeBand.BASIC, LocalDate.of(2020, 4, 1), 30)))
			.isInstanceOf(InvalidPolicyChange.class)
			.hasMessageContaining("policy.edit.error.validFrom");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	@DisplayName("O-1.7, O-11b the ministry adds holidays by a new version; lessons on them are then refused")
	void shouldAddHolidaysByANewVersion() {
		long school = newSchool("H");
		DirectoryTestData.signIn(null, new Grant(Role.MINISTRY_ADMIN, ScopeRef.REPUBLIC));
		long current = newestVersionOfTheCurrentYear();
		LocalDate day = LocalDate.of(2027, 2, 15);
		PlannedLesson lesson = new PlannedLesson(school, GradeBand.BASIC, day, LocalTime.of(9, 0), 30, true);
		assertThat(this.policies.check(lesson)).isEmpty();
		PolicyVersions.Basis act = new PolicyVersions.Basis("ORDER", "77", LocalDate.of(2027, 1, 20), "Ministry");
		assertThatThrownBy(() -> this.versions.addPeriod(current,
				new PolicyVersions.PeriodChange(CalendarPeriod.Kind.HOLIDAY, java.util.Set.of("SCHOOL", "NOWHERE"), day,
						day.minusDays(1), "", "x", "y", LocalDate.of(2027, 2, 1), act, null)))
			.isInstanceOf(InvalidPolicyChange.class)
			.satisfies((ex) -> assertThat(((InvalidPolicyChange) ex).messageKeys()).containsExactly(
					"policy.period.error.levels", "policy.period.error.dates", "policy.period.error.names"));
		long next = this.versions.addPeriod(current,
				new PolicyVersions.PeriodChange(CalendarPeriod.Kind.HOLIDAY, java.util.Set.of("SCHOOL"), day,
						day.plusDays(4), "Қосымша демалыс", "Дополнительные каникулы", "Extra holidays",
						LocalDate.of(2027, 2, 1), act, null));
		assertThat(this.policies.check(lesson)).extracting(RuleViolation::messageCode)
			.containsExactly("policy.violation.holiday");
		assertThat(this.versions.periods(next)).hasSize(this.versions.periods(current).size() + 1);
		assertThat(
				this.jdbc.sql("select count(*) from audit_log where object_type = 'POLICY_VERSION' and object_id = ?")
					.param(String.valueOf(next))
					.query(Integer.class)
					.single())
			.isEqualTo(1);
	}

	@Test
	@DisplayName("O-11b only the ministry administrator edits policies")
	void shouldRefuseOthers() {
		for (Grant grant : List.of(new Grant(Role.REGION_DEPARTMENT, ScopeRef.region(9)),
				new Grant(Role.QA_OBSERVER, ScopeRef.REPUBLIC))) {
			DirectoryTestData.signIn(null, grant);
			assertThatThrownBy(() -> this.versions.successor(3, change(GradeBand.BASIC, LocalDate.of(2027, 2, 1), 35)))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	private long newSchool(String name) {
		DirectoryTestData data = new DirectoryTestData(this.jdbc);
		return data.organization(data.settlement(9, name + " " + System.nanoTime()), "SECONDARY_SCHOOL", name);
	}

	private long newestVersionOfTheCurrentYear() {
		return this.jdbc.sql(
				"select id from policy_version where preset_code = 'SCHOOL_YEAR_2026_2027' order by version desc limit 1")
			.query(Long.class)
			.single();
	}

	private int count() {
		return this.jdbc.sql("select count(*) from policy_version").query(Integer.class).single();
	}

	private static RuleChange change(GradeBand band, LocalDate from, int minutes) {
		return new RuleChange(band, from, minutes, null, LocalTime.of(8, 30),
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 10, 6,
				new PolicyVersions.Basis("ORDER", "45", LocalDate.of(2026, 12, 1), "Ministry of Education"), "test");
	}

}
