package kz.qashyq.policy.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.qashyq.policy.CalendarPeriod;
import kz.qashyq.policy.GradeBand;
import kz.qashyq.policy.LessonRules;
import kz.qashyq.policy.Policies;
import kz.qashyq.policy.Regime;
import kz.qashyq.policy.internal.Regimes;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The regime, lesson rules and calendar of an organization on a date, as JSON.
 */
@RestController
@RequestMapping("/api/v1/organizations/{organizationId}")
@Tag(name = "policy", description = "The order as data: regimes, lesson rules and calendars")
class PolicyApiController {

	private final Regimes regimes;

	private final Policies policies;

	PolicyApiController(Regimes regimes, Policies policies) {
		this.regimes = regimes;
		this.policies = policies;
	}

	@GetMapping("/policy")
	@Operation(
			summary = "The organization's regime, its lesson rules per grade band and its calendar periods on a date "
					+ "(today by default)")
	OrganizationPolicy policy(@PathVariable long organizationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		LocalDate on = (date != null) ? date : this.regimes.today(organizationId);
		Regimes.RegimeView view = this.regimes.view(organizationId, on);
		List<BandRules> rules = java.util.Arrays.stream(GradeBand.values())
			.map((band) -> this.policies.lessonRules(organizationId, band, on).map(BandRules::of).orElse(null))
			.filter(java.util.Objects::nonNull)
			.toList();
		List<Period> periods = this.policies.calendar(organizationId, on, on)
			.stream()
			.map((p) -> new Period(p.kind(), p.from(), p.to(), p.name().en()))
			.toList();
		return new OrganizationPolicy(organizationId, on, view.regime(), view.recorded() != null, rules, periods);
	}

	record OrganizationPolicy(long organizationId, LocalDate date, Regime regime, boolean recorded,
			List<BandRules> rules, List<Period> periodsInForce) {
	}

	record BandRules(GradeBand band, String preset, LocalDate versionValidFrom, int maxLessonMinutes,
			Integer maxLiveMinutes, LocalTime earliestStart, List<Integer> teachingDays, int breakMinutes,
			int maxLessonsPerDay) {

		static BandRules of(LessonRules r) {
			return new BandRules(r.band(), r.presetCode(), r.validFrom(), r.maxLessonMinutes(), r.maxLiveMinutes(),
					r.earliestStart(), r.teachingDays().stream().map((d) -> d.getValue()).sorted().toList(),
					r.breakMinutes(), r.maxLessonsPerDay());
		}

	}

	record Period(CalendarPeriod.Kind kind, LocalDate from, LocalDate to, String name) {
	}

}
