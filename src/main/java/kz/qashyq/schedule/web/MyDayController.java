package kz.qashyq.schedule.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import kz.qashyq.schedule.MyDay;
import kz.qashyq.schedule.MyDayView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "My day" and "my week" pages (A1-27a, A1-28b, O-3.1a), and a class's day for staff.
 */
@Controller
class MyDayController {

	private final MyDay myDay;

	MyDayController(MyDay myDay) {
		this.myDay = myDay;
	}

	@GetMapping("/schedule/my/day")
	String myDay(@RequestParam(required = false) String date, Model model) {
		return page(model, "/schedule/my", date, false, null);
	}

	@GetMapping("/schedule/my/week")
	String myWeek(@RequestParam(required = false) String date, Model model) {
		return page(model, "/schedule/my", date, true, null);
	}

	@GetMapping("/schedule/groups/{groupId}/day")
	String groupDay(@PathVariable long groupId, @RequestParam(required = false) String date, Model model) {
		return page(model, "/schedule/groups/" + groupId, date, false, groupId);
	}

	@GetMapping("/schedule/groups/{groupId}/week")
	String groupWeek(@PathVariable long groupId, @RequestParam(required = false) String date, Model model) {
		return page(model, "/schedule/groups/" + groupId, date, true, groupId);
	}

	private String page(Model model, String base, String date, boolean week, Long groupId) {
		LocalDate parsed = null;
		if (date != null && !date.isBlank()) {
			parsed = parse(date);
			if (parsed == null) {
				model.addAttribute("dateError", true);
			}
		}
		MyDayView view = (groupId != null) ? this.myDay.group(groupId, parsed, week) : this.myDay.mine(parsed, week);
		model.addAttribute("view", view);
		model.addAttribute("base", base);
		model.addAttribute("mine", groupId == null);
		return "schedule/myday/day";
	}

	/**
	 * An ISO date between 2000 and 2100, or null.
	 */
	static LocalDate parse(String date) {
		try {
			LocalDate parsed = LocalDate.parse(date.strip());
			return (parsed.getYear() >= 2000 && parsed.getYear() <= 2100) ? parsed : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
