package kz.qashyq.schedule.web;

import jakarta.servlet.http.HttpServletResponse;
import kz.qashyq.schedule.TimetableRejected;
import kz.qashyq.schedule.internal.timetable.StudyLoadInput;
import kz.qashyq.schedule.internal.timetable.StudyLoadService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * O-1.10d, A1-6: an organization's study load and its teachers' unavailable times. Every
 * call is checked by {@link StudyLoadService}.
 */
@Controller
@RequestMapping("/timetables/study-load")
class StudyLoadController {

	private final StudyLoadService load;

	StudyLoadController(StudyLoadService load) {
		this.load = load;
	}

	@GetMapping
	String page(@RequestParam(name = "org", required = false) Long organizationId, Model model) {
		return render(organizationId, StudyLoadInput.empty(), model);
	}

	private String render(Long organizationId, StudyLoadInput form, Model model) {
		model.addAttribute("page", this.load.page(organizationId));
		model.addAttribute("form", form);
		return "schedule/timetable/study-load";
	}

	@PostMapping
	String save(@RequestParam("org") long organizationId, @ModelAttribute StudyLoadInput form,
			HttpServletResponse response, Model model) {
		try {
			this.load.save(organizationId, form);
			return "redirect:/timetables/study-load?org=" + organizationId + "&saved";
		}
		catch (TimetableRejected ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("problems", ex.problems());
			return render(organizationId, form, model);
		}
	}

	@PostMapping("/derive")
	String derive(@RequestParam("org") long organizationId) {
		int added = this.load.derive(organizationId);
		return "redirect:/timetables/study-load?org=" + organizationId + "&derived=" + added;
	}

	@PostMapping("/delete")
	String delete(@RequestParam("org") long organizationId, @RequestParam(name = "id", required = false) Long id) {
		this.load.delete(organizationId, id);
		return "redirect:/timetables/study-load?org=" + organizationId;
	}

	@PostMapping("/unavailability")
	String addUnavailability(@RequestParam("org") long organizationId,
			@RequestParam(name = "teacher", required = false) String teacher,
			@RequestParam(name = "weekday", required = false) String weekday,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to, HttpServletResponse response, Model model) {
		try {
			this.load.addUnavailability(organizationId, teacher, weekday, from, to);
			return "redirect:/timetables/study-load?org=" + organizationId + "#unavailability";
		}
		catch (TimetableRejected ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("problems", ex.problems());
			return render(organizationId, StudyLoadInput.empty(), model);
		}
	}

	@ExceptionHandler(TimetableRejected.class)
	String rejected(TimetableRejected ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problems", ex.problems());
		return "schedule/timetable/rejected";
	}

	@PostMapping("/unavailability/delete")
	String deleteUnavailability(@RequestParam("org") long organizationId,
			@RequestParam(name = "id", required = false) Long id) {
		this.load.deleteUnavailability(organizationId, id);
		return "redirect:/timetables/study-load?org=" + organizationId + "#unavailability";
	}

}
