package kz.qashyq.journal.web;

import java.time.LocalDate;
import java.util.Locale;

import kz.qashyq.journal.internal.JournalInputException;
import kz.qashyq.journal.internal.PreschoolService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * O-1.6b: a preschool group's daily attendance sheet; O-1.5e: the parent's attendance
 * choice.
 */
@Controller
class PreschoolController {

	private final PreschoolService preschool;

	private final MessageSource messages;

	PreschoolController(PreschoolService preschool, MessageSource messages) {
		this.preschool = preschool;
		this.messages = messages;
	}

	@GetMapping("/journal/preschool/groups/{groupId}")
	String sheet(@PathVariable long groupId, @RequestParam(required = false) String date, Model model, Locale locale) {
		LocalDate day = JournalController.date(date);
		if (date != null && !date.isBlank() && day == null) {
			model.addAttribute("error", this.messages.getMessage("journal.error.date", null, locale));
		}
		model.addAttribute("sheet", this.preschool.sheet(groupId, day));
		return "journal/preschool";
	}

	@PostMapping("/journal/preschool/groups/{groupId}")
	String mark(@PathVariable long groupId, @RequestParam(required = false) String date,
			@RequestParam(required = false) Long learner, @RequestParam(required = false) Boolean present,
			@RequestParam(required = false) String reason, RedirectAttributes redirect, Locale locale) {
		LocalDate day = JournalController.date(date);
		try {
			this.preschool.mark(groupId, day, (learner != null) ? learner : -1, present, reason);
			redirect.addFlashAttribute("saved", this.messages.getMessage("journal.saved", null, locale));
		}
		catch (JournalInputException ex) {
			redirect.addFlashAttribute("error", ex.message(this.messages, locale));
		}
		return "redirect:/journal/preschool/groups/" + groupId + ((day != null) ? "?date=" + day : "");
	}

	@PostMapping("/journal/preschool/groups/{groupId}/all-present")
	String allPresent(@PathVariable long groupId, @RequestParam(required = false) String date,
			RedirectAttributes redirect, Locale locale) {
		LocalDate day = JournalController.date(date);
		try {
			int marked = this.preschool.allPresent(groupId, day);
			redirect.addFlashAttribute("saved",
					this.messages.getMessage("journal.preschool.allPresent.done", new Object[] { marked }, locale));
		}
		catch (JournalInputException ex) {
			redirect.addFlashAttribute("error", ex.message(this.messages, locale));
		}
		return "redirect:/journal/preschool/groups/" + groupId + ((day != null) ? "?date=" + day : "");
	}

	@PostMapping("/journal/preschool/learners/{learnerId}/choice")
	String choose(@PathVariable long learnerId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Boolean staysHome,
			RedirectAttributes redirect, Locale locale) {
		try {
			this.preschool.choose(learnerId, JournalController.date(from), JournalController.date(to), staysHome);
			redirect.addFlashAttribute("saved", this.messages.getMessage("journal.saved", null, locale));
		}
		catch (JournalInputException ex) {
			redirect.addFlashAttribute("error", ex.message(this.messages, locale));
		}
		return "redirect:/journal/learners/" + learnerId;
	}

}
