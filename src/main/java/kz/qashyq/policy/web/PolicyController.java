package kz.qashyq.policy.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import kz.qashyq.directory.Directory;
import kz.qashyq.directory.OrganizationInfo;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.policy.CalendarPeriod;
import kz.qashyq.policy.GradeBand;
import kz.qashyq.policy.internal.PolicyVersions;
import kz.qashyq.policy.internal.PolicyVersions.InvalidPolicyChange;
import kz.qashyq.policy.internal.PolicyVersions.PeriodChange;
import kz.qashyq.policy.internal.PolicyVersions.RuleChange;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The distance-learning policies (O-11b): presets and versions for everyone who works
 * with timetables, new versions for the ministry administrator; and a way to the regime
 * pages of the organizations in one's scope.
 */
@Controller
@RequestMapping("/policy")
class PolicyController {

	private static final Set<String> ALL_KINDS = Set.of("PRESCHOOL", "SECONDARY_SCHOOL", "EVENING_SCHOOL",
			"GIFTED_SCHOOL", "GYMNASIUM", "LYCEUM", "ADDITIONAL_EDUCATION", "DEVIANT_BEHAVIOUR", "SPECIAL_REGIME",
			"ORPHANAGE", "TVET", "POST_SECONDARY", "HIGHER", "POSTGRADUATE", "CORRECTION_ROOM", "PMPK",
			"REHABILITATION_CENTRE", "METHODOLOGICAL_CENTRE", "HEALTH_CENTRE", "PROFESSIONAL_DEVELOPMENT");

	private final PolicyVersions versions;

	private final Directory directory;

	private final java.time.Clock clock;

	PolicyController(PolicyVersions versions, Directory directory, java.time.Clock clock) {
		this.versions = versions;
		this.directory = directory;
		this.clock = clock;
	}

	@GetMapping
	String index(@RequestParam(required = false) String q, Model model) {
		QashyqUser user = requireReader();
		LocalDate today = LocalDate.now(this.clock.withZone(kz.qashyq.platform.i18n.LocalTimes.NATIONAL));
		model.addAttribute("versions", this.versions.versions());
		model.addAttribute("today", today);
		model.addAttribute("organizations", organizations(user, q));
		model.addAttribute("q", q);
		return "policy/index";
	}

	/**
	 * The organizations of the user's scopes whose regimes they may see (at most 30,
	 * found by name in a region or the Republic).
	 */
	private List<OrganizationInfo> organizations(QashyqUser user, String q) {
		return user.scopesWith(Permission.VIEW_TIMETABLE)
			.stream()
			.filter((scope) -> scope.type() != kz.qashyq.platform.security.ScopeType.GROUP
					&& scope.type() != kz.qashyq.platform.security.ScopeType.LEARNER)
			.flatMap((scope) -> this.directory.organizations(scope, ALL_KINDS, q, 30).stream())
			.distinct()
			.limit(30)
			.toList();
	}

	@GetMapping("/versions/{versionId}")
	String version(@PathVariable long versionId, Model model) {
		requireReader();
		model.addAttribute("version", this.versions.version(versionId));
		model.addAttribute("rules", this.versions.rules(versionId));
		model.addAttribute("periods", this.versions.periods(versionId));
		model.addAttribute("canEdit", this.versions.canEdit());
		model.addAttribute("bands", GradeBand.values());
		model.addAttribute("acts", PolicyVersions.ACTS);
		model.addAttribute("levels", PolicyVersions.LEVELS);
		model.addAttribute("periodKinds", CalendarPeriod.Kind.values());
		return "policy/version";
	}

	@PostMapping("/versions/{versionId}/successor")
	String successor(@PathVariable long versionId, @RequestParam(required = false) GradeBand band,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) Integer maxLessonMinutes,
			@RequestParam(required = false) Integer maxLiveMinutes,
			@RequestParam(required = false) @DateTimeFormat(pattern = "HH:mm") LocalTime earliestStart,
			@RequestParam(required = false) List<Integer> teachingDays,
			@RequestParam(required = false) Integer breakMinutes,
			@RequestParam(required = false) Integer maxLessonsPerDay, @RequestParam(required = false) String actType,
			@RequestParam(required = false) String actNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate actDate,
			@RequestParam(required = false) String actIssuer, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		if (teachingDays != null) {
			teachingDays.stream()
				.filter((d) -> d != null && d >= 1 && d <= 7)
				.forEach((d) -> days.add(DayOfWeek.of(d)));
		}
		try {
			long id = this.versions.successor(versionId,
					new RuleChange(band, validFrom, maxLessonMinutes, maxLiveMinutes, earliestStart, days, breakMinutes,
							maxLessonsPerDay, new PolicyVersions.Basis(actType, actNumber, actDate, actIssuer), note));
			redirect.addFlashAttribute("created", true);
			return "redirect:/policy/versions/" + id;
		}
		catch (InvalidPolicyChange ex) {
			redirect.addFlashAttribute("errors", ex.messageKeys());
			return "redirect:/policy/versions/" + versionId + "#edit";
		}
	}

	@PostMapping("/versions/{versionId}/periods")
	String addPeriod(@PathVariable long versionId, @RequestParam(required = false) CalendarPeriod.Kind kind,
			@RequestParam(required = false) Set<String> levels,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String nameKk, @RequestParam(required = false) String nameRu,
			@RequestParam(required = false) String nameEn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) String actType, @RequestParam(required = false) String actNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate actDate,
			@RequestParam(required = false) String actIssuer, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		try {
			long id = this.versions.addPeriod(versionId,
					new PeriodChange(kind, (levels != null) ? levels : Set.of(), from, to, nameKk, nameRu, nameEn,
							validFrom, new PolicyVersions.Basis(actType, actNumber, actDate, actIssuer), note));
			redirect.addFlashAttribute("created", true);
			return "redirect:/policy/versions/" + id;
		}
		catch (InvalidPolicyChange ex) {
			redirect.addFlashAttribute("periodErrors", ex.messageKeys());
			return "redirect:/policy/versions/" + versionId + "#add-period";
		}
	}

	private static QashyqUser requireReader() {
		QashyqUser user = CurrentUser.get();
		if (user.scopesWith(Permission.VIEW_TIMETABLE).isEmpty()
				&& user.scopesWith(Permission.MANAGE_POLICY).isEmpty()) {
			CurrentUser.require(Permission.VIEW_TIMETABLE, kz.qashyq.platform.security.ScopePath.republic());
		}
		return user;
	}

}
