package kz.qashyq.policy;

import java.time.LocalDate;

import kz.qashyq.demo.DemoData;
import kz.qashyq.demo.DemoFacts;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.policy.internal.Regimes;
import kz.qashyq.policy.internal.Regimes.NewRegime;
import kz.qashyq.support.DirectoryTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class RegimeTests {

	static final LocalDate APRIL_10_2020 = LocalDate.of(2020, 4, 10);

	@Autowired
	Policies policies;

	@Autowired
	Regimes regimes;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	DirectoryTestData data;

	long settlement;

	long region = 9;

	@BeforeEach
	void createSettlement() {
		this.data = new DirectoryTestData(this.jdbc);
		this.settlement = this.data.settlement(this.region, "Regime " + System.nanoTime());
	}

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	@Test
	@DisplayName("O-1.5c, O-1.15b the demo region runs the order today: distance learning, the remote village school in person")
	void shouldRunTheDemoRegionUnderTheOrderToday() {
		DemoFacts facts = this.demo.facts();
		LocalDate today = LocalDate.of(2026, 11, 30);
		assertThat(this.policies.regimeOn(facts.citySchoolId(), today)).isEqualTo(Regime.DISTANCE);
		assertThat(this.policies.regimeOn(facts.collegeId(), today)).isEqualTo(Regime.DISTANCE);
		assertThat(this.policies.regimeOn(facts.preschoolId(), today)).isEqualTo(Regime.NORMAL);
		assertThat(this.policies.regimeOn(facts.ruralSchoolId(), today)).isEqualTo(Regime.IN_PERSON);
		assertThat(this.policies.regimeOn(facts.ruralSchoolId(), APRIL_10_2020)).isEqualTo(Regime.IN_PERSON);
		assertThat(this.policies.regimeOn(facts.citySchoolId(), APRIL_10_2020)).isEqualTo(Regime.DISTANCE);
	}

	@Test
	@DisplayName("O-1.9b, O-1.22 without a recorded period the regime follows the policy's distance periods")
	void shouldDeriveTheRegimeFromThePolicy() {
		long school = this.data.organization(this.settlement, "SECONDARY_SCHOOL", "S " + System.nanoTime());
		long college = this.data.organization(this.settlement, "TVET", "C " + System.nanoTime());
		assertThat(this.policies.regimeOn(school, LocalDate.of(2020, 3, 2))).isEqualTo(Regime.NORMAL);
		assertThat(this.policies.regimeOn(school, APRIL_10_2020)).isEqualTo(Regime.DISTANCE);
		assertThat(this.policies.regimeOn(college, LocalDate.of(2020, 3, 17))).isEqualTo(Regime.DISTANCE);
		assertThat(this.policies.regimeOn(school, LocalDate.of(2020, 3, 17))).isEqualTo(Regime.NORMAL);
	}

	@Test
	@DisplayName("The regime period in force or next: the policy's distance period ahead and then in force, cut short by a recorded period, which then is in force")
	void shouldFindTheRegimePeriodInForceOrNext() {
		long school = this.data.organization(this.settlement, "SECONDARY_SCHOOL", "N " + System.nanoTime());
		LocalDate march2 = LocalDate.of(2020, 3, 2);
		CalendarPeriod distance = this.policies.calendar(school, march2, march2.plusYears(1))
			.stream()
			.filter((period) -> period.kind() == CalendarPeriod.Kind.DISTANCE)
			.findFirst()
			.orElseThrow();
		assertThat(distance.from()).isAfter(march2).isBeforeOrEqualTo(APRIL_10_2020);
		RegimePeriod ahead = new RegimePeriod(Regime.DISTANCE, distance.from(), distance.to(), false);
		assertThat(this.policies.currentOrNextPeriod(school, march2)).hasValue(ahead);
		assertThat(this.policies.currentOrNextPeriod(school, APRIL_10_2020)).hasValue(ahead);
		this.jdbc.sql("""
				insert into organization_regime (organization_id, regime, from_date, to_date, basis, created_by)
				values (?, 'QUARANTINE', ?, ?, 'Decision 3', 'test')""")
			.params(school, LocalDate.of(2020, 4, 20), LocalDate.of(2020, 4, 26))
			.update();
		assertThat(this.policies.currentOrNextPeriod(school, APRIL_10_2020))
			.hasValue(new RegimePeriod(Regime.DISTANCE, distance.from(), LocalDate.of(2020, 4, 19), false));
		assertThat(this.policies.currentOrNextPeriod(school, LocalDate.of(2020, 4, 22)))
			.hasValue(new RegimePeriod(Regime.QUARANTINE, LocalDate.of(2020, 4, 20), LocalDate.of(2020, 4, 26), true));
	}

	@Test
	@DisplayName("O-1.9b a private school joins distance learning only by a recorded agreement")
	void shouldKeepPrivateSchoolsNormalUntilAgreed() {
		long school = this.data.organization(this.settlement, "SECONDARY_SCHOOL", "P " + System.nanoTime());
		this.jdbc.sql("update organization set ownership = 'PRIVATE' where id = ?").param(school).update();
		assertThat(this.policies.regimeOn(school, APRIL_10_2020)).isEqualTo(Regime.NORMAL);
		DirectoryTestData.signIn(null, new Grant(Role.REGION_DEPARTMENT, ScopeRef.region(this.region)));
		assertThat(this.regimes.record(school, regime(Regime.DISTANCE, LocalDate.of(2020, 4, 8), "Agreement No. 4")))
			.isEmpty();
		assertThat(this.policies.regimeOn(school, APRIL_10_2020)).isEqualTo(Regime.DISTANCE);
		assertThat(this.policies.regimeOn(school, LocalDate.of(2020, 4, 7))).isEqualTo(Regime.NORMAL);
	}

	@Test
	@DisplayName("O-1.5e attendance is free in a preschool under the normal regime, and as a recorded period says")
	void shouldDecideFreeAttendance() {
		long kindergarten = this.data.organization(this.settlement, "PRESCHOOL", "K " + System.nanoTime());
		long school = this.data.organization(this.settlement, "SECONDARY_SCHOOL", "S " + System.nanoTime());
		assertThat(this.policies.freeAttendanceOn(kindergarten, APRIL_10_2020)).isTrue();
		assertThat(this.policies.freeAttendanceOn(school, APRIL_10_2020)).isFalse();
		this.jdbc.sql("""
				insert into organization_regime (organization_id, regime, from_date, to_date, basis, free_attendance,
					created_by) values (?, 'QUARANTINE', ?, ?, 'Decision 12', false, 'test')""")
			.params(kindergarten, APRIL_10_2020, APRIL_10_2020.plusDays(6))
			.update();
		assertThat(this.policies.freeAttendanceOn(kindergarten, APRIL_10_2020)).isFalse();
		assertThat(this.policies.freeAttendanceOn(kindergarten, APRIL_10_2020.plusDays(7))).isTrue();
	}

	@Test
	@DisplayName("O-1.23 organizations for orphans are in quarantine with external contacts restricted")
	void shouldQuarantineOrphanages() {
		long orphanage = this.data.organization(this.settlement, "ORPHANAGE", "O " + System.nanoTime());
		assertThat(this.policies.regimeOn(orphanage, APRIL_10_2020)).isEqualTo(Regime.QUARANTINE);
		DirectoryTestData.signIn(null, new Grant(Role.REGION_DEPARTMENT, ScopeRef.region(this.region)));
		assertThat(this.regimes.record(orphanage, regime(Regime.QUARANTINE, APRIL_10_2020, "Decision 7"))).isEmpty();
		assertThat(this.regimes.view(orphanage, APRIL_10_2020).recorded().externalContactsRestricted()).isTrue();
	}

	@Test
	@DisplayName("O-1.15b in person only for a remote rural school, with both decisions, from the distance period")
	void shouldCheckTheInPersonConditions() {
		long town = this.data.organization(this.settlement, "SECONDARY_SCHOOL", "T " + System.nanoTime());
		DirectoryTestData.signIn(null, new Grant(Role.REGION_DEPARTMENT, ScopeRef.region(this.region)));
		assertThat(this.regimes.record(town, regime(Regime.IN_PERSON, APRIL_10_2020, "Akimat decision"))).contains(
				"policy.regime.error.inPersonSettlement", "policy.regime.error.localDecision",
				"policy.regime.error.sanitaryAgreement");
		this.jdbc.sql("update settlement set urban = false, remote = true where id = ?")
			.param(this.settlement)
			.update();
		NewRegime early = inPerson(LocalDate.of(2020, 3, 2), true);
		assertThat(this.regimes.record(town, early)).containsExactly("policy.regime.error.inPersonOutsideDistance");
		assertThat(this.regimes.record(town, inPerson(APRIL_10_2020, false))).isEmpty();
		assertThat(this.policies.regimeOn(town, APRIL_10_2020)).isEqualTo(Regime.IN_PERSON);
		assertThat(this.regimes.view(town, APRIL_10_2020).review()).containsExactly("policy.regime.review.conditions");
		this.jdbc.sql("update settlement set infection_registered = true where id = ?").param(this.settlement).update();
		assertThat(this.regimes.view(town, APRIL_10_2020).review()).contains("policy.regime.review.infection");
		assertThat(this.jdbc.sql("select count(*) from audit_log where object_type = 'ORGANIZATION_REGIME'")
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	@DisplayName("O-1.5c one regime on any date: an open period is closed by the next, an overlap is refused")
	void shouldKeepOneRegimeADay() {
		long school = this.data.organization(this.settlement, "SECONDARY_SCHOOL", "R " + System.nanoTime());
		DirectoryTestData.signIn(null, new Grant(Role.REGION_DEPARTMENT, ScopeRef.region(this.region)));
		assertThat(this.regimes.record(school, regime(Regime.DISTANCE, LocalDate.of(2020, 4, 6), "Order 123")))
			.isEmpty();
		assertThat(this.regimes.record(school, regime(Regime.QUARANTINE, LocalDate.of(2020, 5, 4), "Decision 9")))
			.isEmpty();
		assertThat(this.policies.regimeOn(school, LocalDate.of(2020, 5, 3))).isEqualTo(Regime.DISTANCE);
		assertThat(this.policies.regimeOn(school, LocalDate.of(2020, 5, 4))).isEqualTo(Regime.QUARANTINE);
		assertThat(this.regimes.record(school, regime(Regime.NORMAL, LocalDate.of(2020, 4, 20), "Late")))
			.containsExactly("policy.regime.error.overlap");
		assertThat(this.regimes.view(school, LocalDate.of(2020, 5, 4)).history()).hasSize(2);
	}

	@Test
	@DisplayName("O-1.5c the wrong role and the wrong region are refused; an observer never writes")
	void shouldRefuseTheWrongScope() {
		long school = this.data.organization(this.settlement, "SECONDARY_SCHOOL", "W " + System.nanoTime());
		DirectoryTestData.signIn(null, new Grant(Role.REGION_DEPARTMENT, ScopeRef.region(1)));
		assertThatThrownBy(() -> this.regimes.record(school, regime(Regime.DISTANCE, APRIL_10_2020, "x")))
			.isInstanceOf(AccessDeniedException.class);
		DirectoryTestData.signIn(null, new Grant(Role.TEACHER, ScopeRef.organization(school)));
		assertThatThrownBy(() -> this.regimes.record(school, regime(Regime.DISTANCE, APRIL_10_2020, "x")))
			.isInstanceOf(AccessDeniedException.class);
		DirectoryTestData.signIn(null, new Grant(Role.QA_OBSERVER, ScopeRef.region(this.region)));
		assertThat(this.regimes.view(school, APRIL_10_2020).canRecord()).isFalse();
		assertThatThrownBy(() -> this.regimes.record(school, regime(Regime.DISTANCE, APRIL_10_2020, "x")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.jdbc.sql("select count(*) from organization_regime where organization_id = ?")
			.param(school)
			.query(Integer.class)
			.single()).isZero();
	}

	private static NewRegime regime(Regime regime, LocalDate from, String basis) {
		return new NewRegime(regime, from, null, basis, null, null, null, null, false, false, false, false, false,
				false, false, false);
	}

	private static NewRegime inPerson(LocalDate from, boolean allConditions) {
		return new NewRegime(Regime.IN_PERSON, from, null, "Akimat decision", "12", LocalDate.of(2020, 4, 3), "SES-7",
				LocalDate.of(2020, 4, 4), false, false, true, true, true, true, true, allConditions);
	}

}
