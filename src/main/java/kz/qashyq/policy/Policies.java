package kz.qashyq.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The policy module's face: which rules are in force for an organization on a date, and
 * whether a planned lesson keeps them. Performs no access checks (reading the rules is
 * open to every module).
 */
public interface Policies {

	/**
	 * The lesson rules of a band in the organization's policy version in force on the
	 * date, or empty when no version covers the date.
	 */
	Optional<LessonRules> lessonRules(long organizationId, GradeBand band, LocalDate date);

	/**
	 * Every rule the lesson breaks, empty when it keeps them all: its length (O-1.10a,
	 * A1-24c), its start (O-1.10b, O-2.10), its weekday (O-1.10c) and holidays (O-1.7).
	 */
	List<RuleViolation> check(PlannedLesson lesson);

	/**
	 * The calendar periods (holidays, terms, the distance period) of the organization's
	 * kind that overlap the given dates, in date order.
	 */
	List<CalendarPeriod> calendar(long organizationId, LocalDate from, LocalDate to);

	/**
	 * The organization's regime on the date (O-1.5c): a recorded regime period, or else
	 * the regime the policy gives its kind (distance within the distance period, normal
	 * otherwise).
	 */
	Regime regimeOn(long organizationId, LocalDate date);

	/**
	 * Whether attendance is free on the date (O-1.5e): as a recorded regime period says,
	 * or else for a preschool organization in the normal regime (O-1.5d). An absence
	 * under free attendance is the parents' choice and never costs the child's place.
	 */
	boolean freeAttendanceOn(long organizationId, LocalDate date);

	/**
	 * The regime period in force on the date or, when no dated period covers it, the next
	 * one to start within a year: a recorded period (O-1.5c) or the policy's distance
	 * period of the organization's level with the regime it gives (O-1.9b). Empty when
	 * neither exists (a normal regime with no distance period ahead).
	 */
	Optional<RegimePeriod> currentOrNextPeriod(long organizationId, LocalDate date);

}
