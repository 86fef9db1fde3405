package kz.qashyq.guidance.web;

import kz.qashyq.guidance.internal.GuideProgressReport;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A1-11: the organization's learners, parents and teachers who have not completed their
 * guide, per class or group, with the first class date; the people of one class or group
 * with {@code ?group=}.
 */
@Controller
class GuideProgressController {

	private final GuideProgressReport report;

	GuideProgressController(GuideProgressReport report) {
		this.report = report;
	}

	@GetMapping("/guide/organizations/{organizationId}/not-completed")
	String notCompleted(@PathVariable long organizationId, @RequestParam(required = false) Long group, Model model) {
		model.addAttribute("report", this.report.of(organizationId, group));
		return "guidance/not-completed";
	}

}
