package kz.qashyq.policy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import kz.qashyq.support.DirectoryTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order's lesson rules, each checked on a date of spring 2020 and of the current
 * academic year, through {@link Policies#check}.
 */
@SpringBootTest
class PolicyRulesTests {

	/** Monday of the first week of distance learning in schools. */
	static final LocalDate MONDAY_6_APRIL_2020 = LocalDate.of(2020, 4, 6);

	static final LocalDate MONDAY_30_NOVEMBER_2026 = LocalDate.of(2026, 11, 30);

	@Autowired
	Policies policies;

	@Autowired
	JdbcClient jdbc;

	long school;

	long college;

	@BeforeEach
	void createOrganizations() {
		DirectoryTestData data = new DirectoryTestData(this.jdbc);
		long settlement = data.settlement(9, "Rules " + System.nanoTime());
		this.school = data.organization(settlement, "SECONDARY_SCHOOL", "School " + System.nanoTime());
		this.college = data.organization(settlement, "TVET", "College " + System.nanoTime());
	}

	@Test
	@DisplayName("O-1.10a a 30-minute school lesson is allowed, a 31-minute one is refused")
	void shouldRefuseA31MinuteLesson() {
		assertThat(check(this.school, GradeBand.BASIC, MONDAY_6_APRIL_2020, "09:00", 30, true)).isEmpty();
		assertThat(ruleIds(check(this.school, GradeBand.BASIC, MONDAY_6_APRIL_2020, "09:00", 31, false)))
			.containsExactly("O-1.10a");
		assertThat(ruleIds(check(this.school, GradeBand.PRIMARY, MONDAY_30_NOVEMBER_2026, "09:00", 31, true)))
			.containsExactly("O-1.10a");
	}

	@Test
	@DisplayName("O-1.10b grade 5 cannot start at 08:00; 08:30 is allowed")
	void shouldRefuseAnEarlyStartForGrade5() {
		List<RuleViolation> early = check(this.school, GradeBand.ofGrade(5), MONDAY_6_APRIL_2020, "08:00", 30, true);
		assertThat(ruleIds(early)).containsExactly("O-1.10b");
		assertThat(early.get(0).messageCode()).isEqualTo("policy.violation.tooEarly");
		assertThat(check(this.school, GradeBand.ofGrade(5), MONDAY_6_APRIL_2020, "08:30", 30, true)).isEmpty();
		assertThat(check(this.school, GradeBand.ofGrade(0), MONDAY_6_APRIL_2020, "08:30", 30, true)).isEmpty();
	}

	@Test
	@DisplayName("O-1.10b grades 10-11 start at 14:00, not at 13:30")
	void shouldStartSeniorGradesAt14() {
		assertThat(ruleIds(check(this.school, GradeBand.ofGrade(10), MONDAY_6_APRIL_2020, "13:30", 30, true)))
			.containsExactly("O-1.10b");
		assertThat(check(this.school, GradeBand.ofGrade(11), MONDAY_6_APRIL_2020, "14:00", 30, true)).isEmpty();
	}

	@Test
	@DisplayName("O-1.10c a Saturday or Sunday lesson is refused")
	void shouldRefuseWeekendLessons() {
		assertThat(ruleIds(check(this.school, GradeBand.BASIC, LocalDate.of(2020, 4, 11), "09:00", 30, true)))
			.containsExactly("O-1.10c");
		assertThat(ruleIds(check(this.school, GradeBand.BASIC, LocalDate.of(2026, 12, 6), "09:00", 30, true)))
			.containsExactly("O-1.10c");
	}

	@Test
	@DisplayName("A1-24c a 20-minute live TVET session is refused; 15 minutes live and 20 minutes self-study are allowed")
	void shouldRefuseA20MinuteLiveTvetSession() {
		assertThat(ruleIds(check(this.college, GradeBand.TVET, MONDAY_6_APRIL_2020, "14:00", 20, true)))
			.containsExactly("A1-24c");
		assertThat(check(this.college, GradeBand.TVET, MONDAY_6_APRIL_2020, "14:00", 15, true)).isEmpty();
		assertThat(check(this.college, GradeBand.TVET, MONDAY_6_APRIL_2020, "14:00", 20, false)).isEmpty();
	}

	@Test
	@DisplayName("O-2.10 from 6 April 2020 TVET classes start at 14:00; before that date 09:00 was allowed")
	void shouldStartTvetAt14FromTheSixthOfApril() {
		assertThat(ruleIds(check(this.college, GradeBand.TVET, MONDAY_6_APRIL_2020, "09:00", 15, true)))
			.containsExactly("O-2.10");
		assertThat(check(this.college, GradeBand.TVET, LocalDate.of(2020, 3, 30), "09:00", 15, true))
			.as("version 1 of the order, in force until 5 April 2020")
			.isEmpty();
	}

	@Test
	@DisplayName("O-1.7 the spring holidays last 21 days and refuse school lessons")
	void shouldRefuseLessonsInTheSpringHolidays() {
		assertThat(ruleIds(check(this.school, GradeBand.BASIC, LocalDate.of(2020, 3, 31), "09:00", 30, true)))
			.containsExactly("O-1.7");
		CalendarPeriod holidays = this.policies
			.calendar(this.school, LocalDate.of(2020, 3, 20), LocalDate.of(2020, 3, 20))
			.stream()
			.filter((p) -> p.kind() == CalendarPeriod.Kind.HOLIDAY)
			.findFirst()
			.orElseThrow();
		assertThat(holidays.from()).isEqualTo(LocalDate.of(2020, 3, 16));
		assertThat(holidays.to()).isEqualTo(LocalDate.of(2020, 4, 5));
		assertThat(holidays.days()).isEqualTo(21);
		assertThat(check(this.college, GradeBand.TVET, LocalDate.of(2020, 3, 31), "09:00", 15, true))
			.as("the school holidays are not the college's")
			.isEmpty();
	}

	@Test
	@DisplayName("O-1.9c the fourth quarter starts on 6 April 2020")
	void shouldStartTheFourthQuarterOnTheSixthOfApril() {
		assertThat(this.policies.calendar(this.school, MONDAY_6_APRIL_2020, MONDAY_6_APRIL_2020)).anySatisfy((p) -> {
			assertThat(p.kind()).isEqualTo(CalendarPeriod.Kind.TERM);
			assertThat(p.from()).isEqualTo(MONDAY_6_APRIL_2020);
		});
	}

	@Test
	@DisplayName("O-11b a date no policy version covers is refused with a reason")
	void shouldRefuseADateWithoutPolicy() {
		assertThat(ruleIds(check(this.school, GradeBand.BASIC, LocalDate.of(2015, 9, 7), "09:00", 30, true)))
			.containsExactly("O-11b");
	}

	@Test
	@DisplayName("O-11b the rules in force come from the version covering the date")
	void shouldReadTheRulesOfTheVersionInForce() {
		LessonRules spring = this.policies.lessonRules(this.college, GradeBand.TVET, LocalDate.of(2020, 3, 20))
			.orElseThrow();
		LessonRules april = this.policies.lessonRules(this.college, GradeBand.TVET, MONDAY_6_APRIL_2020).orElseThrow();
		assertThat(spring.earliestStart()).isEqualTo(LocalTime.of(9, 0));
		assertThat(april.earliestStart()).isEqualTo(LocalTime.of(14, 0));
		assertThat(april.maxMinutes(true)).isEqualTo(15);
		assertThat(april.presetCode()).isEqualTo("ORDER_123_2020");
		LessonRules now = this.policies.lessonRules(this.school, GradeBand.SENIOR, MONDAY_30_NOVEMBER_2026)
			.orElseThrow();
		assertThat(now.presetCode()).isEqualTo("SCHOOL_YEAR_2026_2027");
		assertThat(now.distance()).as("state schools are on distance learning in the current preset").isTrue();
	}

	private List<RuleViolation> check(long organization, GradeBand band, LocalDate date, String start, int minutes,
			boolean live) {
		return this.policies.check(new PlannedLesson(organization, band, date, LocalTime.parse(start), minutes, live));
	}

	private static List<String> ruleIds(List<RuleViolation> violations) {
		return violations.stream().map(RuleViolation::ruleId).toList();
	}

}
