package kz.qashyq.policy.web;

import java.time.LocalDate;

import kz.qashyq.directory.Directory;
import kz.qashyq.platform.web.NotFoundException;
import kz.qashyq.policy.Policies;
import kz.qashyq.policy.Regime;
import kz.qashyq.policy.internal.Regimes;
import kz.qashyq.policy.internal.Regimes.NewRegime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organization's regime on any date, its recorded history and academic calendar
 * (O-1.5c); recording a regime period for the authorities of its scope.
 */
@Controller
class RegimeController {

	private final Regimes regimes;

	private final Policies policies;

	private final Directory directory;

	RegimeController(Regimes regimes, Policies policies, Directory directory) {
		this.regimes = regimes;
		this.policies = policies;
		this.directory = directory;
	}

	@GetMapping("/policy/organizations/{organizationId}")
	String regime(@PathVariable long organizationId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			Model model) {
		LocalDate on = (date != null) ? date : this.regimes.today(organizationId);
		Regimes.RegimeView view = this.regimes.view(organizationId, on);
		model.addAttribute("view", view);
		model.addAttribute("organization", this.directory.organization(organizationId)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId)));
		model.addAttribute("calendar", this.policies.calendar(organizationId, on.withDayOfYear(1).minusMonths(4),
				on.withDayOfYear(1).plusMonths(20)));
		model.addAttribute("regimes", Regime.values());
		return "policy/regime";
	}

	@PostMapping("/policy/organizations/{organizationId}/regimes")
	String record(@PathVariable long organizationId, @RequestParam(required = false) Regime regime,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) String basis, @RequestParam(required = false) String localDecisionNumber,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate localDecisionDate,
			@RequestParam(required = false) String sanitaryAgreementNumber,
			@RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) LocalDate sanitaryAgreementDate,
			@RequestParam(defaultValue = "false") boolean externalContactsRestricted,
			@RequestParam(defaultValue = "false") boolean freeAttendance,
			@RequestParam(defaultValue = "false") boolean sanitarySafety,
			@RequestParam(defaultValue = "false") boolean shiftRegime,
			@RequestParam(defaultValue = "false") boolean disinfection,
			@RequestParam(defaultValue = "false") boolean quartzTreatment,
			@RequestParam(defaultValue = "false") boolean ventilation,
			@RequestParam(defaultValue = "false") boolean noCrowding, RedirectAttributes redirect) {
		var errors = this.regimes.record(organizationId,
				new NewRegime(regime, from, to, basis, localDecisionNumber, localDecisionDate, sanitaryAgreementNumber,
						sanitaryAgreementDate, externalContactsRestricted, freeAttendance, sanitarySafety, shiftRegime,
						disinfection, quartzTreatment, ventilation, noCrowding));
		if (errors.isEmpty()) {
			redirect.addFlashAttribute("recorded", true);
			return "redirect:/policy/organizations/" + organizationId + "?date=" + from;
		}
		redirect.addFlashAttribute("errors", errors);
		return "redirect:/policy/organizations/" + organizationId + "#record";
	}

}
