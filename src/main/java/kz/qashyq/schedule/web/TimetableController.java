package kz.qashyq.schedule.web;

import jakarta.servlet.http.HttpServletResponse;
import kz.qashyq.schedule.TimetableRejected;
import kz.qashyq.schedule.internal.timetable.LessonInput;
import kz.qashyq.schedule.internal.timetable.TimetableGenerationService;
import kz.qashyq.schedule.internal.timetable.TimetableRepository.LessonRow;
import kz.qashyq.schedule.internal.timetable.TimetableService;
import kz.qashyq.schedule.internal.timetable.TimetableService.TimetablePage;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * O-1.10, O-1.10d, A1-23c, A1-24b: an organization's timetables, the lessons of a draft,
 * approval, generation runs and each class's published timetable. Every call is checked
 * by the services.
 */
@Controller
@RequestMapping("/timetables")
class TimetableController {

	private final TimetableService timetables;

	private final TimetableGenerationService generation;

	TimetableController(TimetableService timetables, TimetableGenerationService generation) {
		this.timetables = timetables;
		this.generation = generation;
	}

	@GetMapping
	String list(@RequestParam(name = "org", required = false) Long organizationId, Model model) {
		model.addAttribute("page", this.timetables.list(organizationId));
		return "schedule/timetable/list";
	}

	@PostMapping
	String create(@RequestParam("org") long organizationId,
			@RequestParam(name = "validFrom", required = false) String validFrom, HttpServletResponse response,
			Model model) {
		try {
			return "redirect:/timetables/" + this.timetables.createDraft(organizationId, validFrom);
		}
		catch (TimetableRejected ex) {
			return listWithErrors(organizationId, ex, response, model);
		}
	}

	@PostMapping("/generate")
	String generate(@RequestParam("org") long organizationId,
			@RequestParam(name = "validFrom", required = false) String validFrom, HttpServletResponse response,
			Model model) {
		try {
			return "redirect:/timetables/jobs/" + this.generation.start(organizationId, validFrom);
		}
		catch (TimetableRejected ex) {
			return listWithErrors(organizationId, ex, response, model);
		}
	}

	private String listWithErrors(long organizationId, TimetableRejected ex, HttpServletResponse response,
			Model model) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problems", ex.problems());
		return list(organizationId, model);
	}

	@GetMapping("/{id}")
	String page(@PathVariable long id, @RequestParam(name = "group", required = false) Long groupId,
			@RequestParam(name = "edit", required = false) Long editId, Model model) {
		TimetablePage page = this.timetables.page(id, groupId);
		LessonInput form = LessonInput.empty();
		if (editId != null) {
			form = page.days()
				.values()
				.stream()
				.flatMap(java.util.List::stream)
				.filter((lesson) -> lesson.id() == editId)
				.findFirst()
				.map(TimetableController::input)
				.orElse(form);
		}
		else if (page.selected() != null) {
			form = new LessonInput(String.valueOf(page.selected().id()), null, null, "1", null, null, "LIVE", null,
					null);
		}
		return render(page, form, (form.group() != null && editId != null) ? editId : null, model);
	}

	private static LessonInput input(LessonRow lesson) {
		return new LessonInput(String.valueOf(lesson.groupId()), lesson.subject(),
				(lesson.teacherId() != null) ? String.valueOf(lesson.teacherId()) : null,
				String.valueOf(lesson.weekday()), lesson.start().toString(), String.valueOf(lesson.minutes()),
				lesson.mode(), lesson.meetingUrl(),
				(lesson.tvBroadcastId() != null) ? String.valueOf(lesson.tvBroadcastId()) : null);
	}

	private static String render(TimetablePage page, LessonInput form, Long editId, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		model.addAttribute("editId", editId);
		model.addAttribute("modes", TimetableService.MODES);
		return "schedule/timetable/timetable";
	}

	@PostMapping("/{id}/lessons")
	String add(@PathVariable long id, @ModelAttribute LessonInput form, HttpServletResponse response, Model model) {
		try {
			this.timetables.addLesson(id, form);
			return "redirect:/timetables/" + id + "?group=" + form.group() + "&saved";
		}
		catch (TimetableRejected ex) {
			return rejected(id, form, null, ex, response, model);
		}
	}

	@PostMapping("/{id}/lessons/{lessonId}")
	String update(@PathVariable long id, @PathVariable long lessonId, @ModelAttribute LessonInput form,
			HttpServletResponse response, Model model) {
		try {
			this.timetables.updateLesson(id, lessonId, form);
			return "redirect:/timetables/" + id + "?group=" + form.group() + "&saved";
		}
		catch (TimetableRejected ex) {
			return rejected(id, form, lessonId, ex, response, model);
		}
	}

	private String rejected(long id, LessonInput form, Long editId, TimetableRejected ex, HttpServletResponse response,
			Model model) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problems", ex.problems());
		Long group = null;
		try {
			group = (form.group() != null) ? Long.valueOf(form.group()) : null;
		}
		catch (NumberFormatException ignored) {
			// shown with the first class
		}
		return render(this.timetables.page(id, group), form, editId, model);
	}

	@PostMapping("/{id}/lessons/{lessonId}/delete")
	String delete(@PathVariable long id, @PathVariable long lessonId,
			@RequestParam(name = "group", required = false) Long groupId) {
		this.timetables.deleteLesson(id, lessonId);
		return "redirect:/timetables/" + id + ((groupId != null) ? "?group=" + groupId : "");
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable long id, HttpServletResponse response, Model model) {
		try {
			this.timetables.approve(id);
			return "redirect:/timetables/" + id + "?approved";
		}
		catch (TimetableRejected ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("problems", ex.problems());
			return render(this.timetables.page(id, null), LessonInput.empty(), null, model);
		}
	}

	@PostMapping("/{id}/delete")
	String deleteDraft(@PathVariable long id) {
		return "redirect:/timetables?org=" + this.timetables.deleteDraft(id) + "&deleted";
	}

	@PostMapping("/{id}/public-link")
	String publish(@PathVariable long id) {
		this.timetables.publish(id);
		return "redirect:/timetables/" + id;
	}

	@PostMapping("/{id}/public-link/delete")
	String unpublish(@PathVariable long id) {
		this.timetables.unpublish(id);
		return "redirect:/timetables/" + id;
	}

	@GetMapping("/jobs/{jobId}")
	String job(@PathVariable long jobId, Model model) {
		model.addAttribute("view", this.generation.job(jobId));
		return "schedule/timetable/job";
	}

	@GetMapping("/jobs/{jobId}/progress")
	String progress(@PathVariable long jobId, Model model) {
		model.addAttribute("view", this.generation.job(jobId));
		return "schedule/timetable/job :: progress";
	}

	@PostMapping("/jobs/{jobId}/stop")
	String stop(@PathVariable long jobId) {
		this.generation.stop(jobId);
		return "redirect:/timetables/jobs/" + jobId;
	}

	/** A refusal on a page without its own form (a draft no longer editable). */
	@ExceptionHandler(TimetableRejected.class)
	String rejected(TimetableRejected ex, HttpServletResponse response, Model model) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("problems", ex.problems());
		return "schedule/timetable/rejected";
	}

	@GetMapping("/classes/{groupId}")
	String classTimetable(@PathVariable long groupId, Model model) {
		model.addAttribute("page", this.timetables.classPage(groupId));
		return "schedule/timetable/class";
	}

}
