package kz.qashyq.schedule.web;

import kz.qashyq.schedule.internal.timetable.TimetableService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A1-24b: an approved timetable on the organization's public page, behind a link the
 * timetable's managers turn on and off. No sign-in; no names of people, no meeting links.
 */
@Controller
class TimetablePublicController {

	private final TimetableService timetables;

	TimetablePublicController(TimetableService timetables) {
		this.timetables = timetables;
	}

	@GetMapping("/public/timetables/{token}")
	String page(@PathVariable String token, Model model) {
		model.addAttribute("page", this.timetables.publicPage(token));
		return "schedule/timetable/public";
	}

}
