package kz.qashyq.schedule.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.servlet.http.HttpServletResponse;
import kz.qashyq.schedule.internal.events.EventForm;
import kz.qashyq.schedule.internal.events.EventService;
import kz.qashyq.schedule.internal.events.InvalidEventInput;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Events: the order's templates applied to a scope (O-1.11a, O-1.12a, O-1.13a), an
 * organization's events by month with the webinar and meeting form (A1-29a, O-1.24), an
 * event's page with its invitees, and webinar registration.
 */
@Controller
class EventController {

	private final EventService events;

	private final Clock clock;

	EventController(EventService events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@GetMapping("/schedule/events/templates")
	String templates(Model model) {
		model.addAttribute("page", this.events.templatesPage());
		return "schedule/events/templates";
	}

	@PostMapping("/schedule/events/templates/{code}/apply")
	String apply(@PathVariable String code, @RequestParam(required = false) String unit, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			int created = this.events.apply(code, unit);
			redirect.addFlashAttribute("created", created);
			return "redirect:/schedule/events/templates";
		}
		catch (InvalidEventInput ex) {
			model.addAttribute("page", this.events.templatesPage());
			model.addAttribute("problems", ex.messageKeys());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return "schedule/events/templates";
		}
	}

	@GetMapping("/schedule/organizations/{organizationId}/events")
	String organization(@PathVariable long organizationId, @RequestParam(required = false) String month, Model model) {
		YearMonth shown = null;
		if (month != null && !month.isBlank()) {
			try {
				shown = YearMonth.parse(month);
			}
			catch (DateTimeParseException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			}
		}
		model.addAttribute("page", this.events.organization(organizationId, shown, this.clock.instant()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", EventForm.empty());
		}
		return "schedule/events/organization";
	}

	@PostMapping("/schedule/organizations/{organizationId}/events")
	String create(@PathVariable long organizationId, EventForm form, Model model, HttpServletResponse response) {
		try {
			long id = this.events.create(organizationId, form);
			return "redirect:/schedule/events/" + id;
		}
		catch (InvalidEventInput ex) {
			model.addAttribute("form", form);
			model.addAttribute("problems", ex.messageKeys());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return organization(organizationId, null, model);
		}
	}

	@GetMapping("/schedule/events/{eventId}")
	String event(@PathVariable long eventId, Model model) {
		model.addAttribute("event", this.events.event(eventId));
		return "schedule/events/event";
	}

	@PostMapping("/schedule/events/{eventId}/register")
	String register(@PathVariable long eventId) {
		this.events.register(eventId);
		return "redirect:/schedule/events/" + eventId;
	}

}
