package kz.qashyq.directory.web;

import java.time.LocalDate;
import java.util.List;

import kz.qashyq.directory.internal.PostalAddresses;
import kz.qashyq.directory.internal.SocialFlags;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changes from the learner's page: social flags (O-1.28a), the postal address and Kazpost
 * branch (A1-8.3a).
 */
@Controller
class LearnerChangesController {

	private final SocialFlags flags;

	private final PostalAddresses addresses;

	LearnerChangesController(SocialFlags flags, PostalAddresses addresses) {
		this.flags = flags;
		this.addresses = addresses;
	}

	@PostMapping("/directory/learners/{learnerId}/postal-address")
	String postalAddress(@PathVariable long learnerId, @RequestParam(required = false) String address,
			@RequestParam(required = false) Long branchId, RedirectAttributes redirect) {
		List<String> errors = this.addresses.update(learnerId, address, branchId);
		if (errors.isEmpty()) {
			redirect.addFlashAttribute("addressSaved", true);
		}
		else {
			redirect.addFlashAttribute("addressErrors", errors);
		}
		return "redirect:/directory/learners/" + learnerId + "#postal";
	}

	@PostMapping("/directory/learners/{learnerId}/social-flags")
	String set(@PathVariable long learnerId, @RequestParam(required = false) String flag,
			@RequestParam(required = false) String document,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
			RedirectAttributes redirect) {
		List<String> errors = this.flags.set(learnerId,
				new SocialFlags.NewFlag(flag, document, documentDate, validFrom, validTo));
		if (errors.isEmpty()) {
			redirect.addFlashAttribute("flagSaved", true);
		}
		else {
			redirect.addFlashAttribute("flagErrors", errors);
		}
		return "redirect:/directory/learners/" + learnerId + "#social-flags";
	}

	@PostMapping("/directory/learners/{learnerId}/social-flags/{flagId}/clear")
	String clear(@PathVariable long learnerId, @PathVariable long flagId, RedirectAttributes redirect) {
		this.flags.clear(learnerId, flagId);
		redirect.addFlashAttribute("flagCleared", true);
		return "redirect:/directory/learners/" + learnerId + "#social-flags";
	}

}
