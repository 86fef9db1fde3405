package kz.qashyq.schedule.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import kz.qashyq.policy.CalendarPeriod;
import kz.qashyq.policy.GradeBand;
import kz.qashyq.policy.LessonRules;
import kz.qashyq.policy.Policies;
import kz.qashyq.policy.PlannedLesson;
import kz.qashyq.policy.Regime;
import kz.qashyq.policy.RuleViolation;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The 2020 order's lesson rules, for the timetable tests while the policy module has no
 * implementation of {@link Policies} (used only when none exists).
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakePolicies {

	static final LocalDate DISTANCE_START = LocalDate.of(2020, 4, 6);

	@Bean
	@ConditionalOnMissingBean(Policies.class)
	Policies fakePolicies() {
		return new Order123();
	}

	static class Order123 implements Policies {

		@Override
		public Optional<LessonRules> lessonRules(long organizationId, GradeBand band, LocalDate date) {
			boolean college = band == GradeBand.TVET || band == GradeBand.HIGHER;
			LocalTime start = switch (band) {
				case SENIOR -> LocalTime.of(14, 0);
				case TVET, HIGHER -> date.isBefore(DISTANCE_START) ? LocalTime.of(9, 0) : LocalTime.of(14, 0);
				case PRESCHOOL -> LocalTime.of(9, 0);
				case ADDITIONAL -> LocalTime.of(15, 0);
				default -> LocalTime.of(8, 30);
			};
			int minutes = college ? 45 : 30;
			return Optional.of(new LessonRules(1, "ORDER_123_2020", LocalDate.of(2020, 3, 16), band, minutes,
					(band == GradeBand.TVET) ? 15 : null, start, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 10,
					college ? 4 : 6, true));
		}

		@Override
		public List<RuleViolation> check(PlannedLesson lesson) {
			LessonRules rules = lessonRules(lesson.organizationId(), lesson.band(), lesson.date()).orElseThrow();
			List<RuleViolation> violations = new ArrayList<>();
			int max = rules.maxMinutes(lesson.live());
			if (lesson.minutes() > max) {
				String rule = (lesson.band() == GradeBand.TVET && lesson.live()) ? "A1-24c" : "O-1.10a";
				violations.add(new RuleViolation(rule, "policy.violation.length", List.of(lesson.minutes(), max)));
			}
			if (lesson.start().isBefore(rules.earliestStart())) {
				String rule = lesson.band().isSchool() ? "O-1.10b" : "O-2.10";
				violations.add(new RuleViolation(rule, "policy.violation.start",
						List.of(lesson.start().toString(), rules.earliestStart().toString())));
			}
			if (!rules.teachingDays().contains(lesson.date().getDayOfWeek())) {
				violations.add(new RuleViolation("O-1.10c", "policy.violation.weekday", List.of(lesson.date())));
			}
			if (lesson.band().isSchool() && !lesson.date().isBefore(LocalDate.of(2020, 3, 16))
					&& !lesson.date().isAfter(LocalDate.of(2020, 4, 5))) {
				violations.add(new RuleViolation("O-1.7", "policy.violation.holiday", List.of(lesson.date())));
			}
			return violations;
		}

		@Override
		public List<CalendarPeriod> calendar(long organizationId, LocalDate from, LocalDate to) {
			return List.of();
		}

		@Override
		public Regime regimeOn(long organizationId, LocalDate date) {
			return Regime.DISTANCE;
		}

	}

}
