package kz.qashyq.access.web;

import jakarta.servlet.http.HttpServletResponse;
import kz.qashyq.access.internal.InvalidInput;
import kz.qashyq.access.internal.ObserverService;
import kz.qashyq.access.internal.ObserverService.RequestForm;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * O-5.4: observer-access requests of a regional department or the Ministry (for the QA
 * Committee) to organizations of its scope.
 */
@Controller
@RequestMapping("/access/observer-requests")
class ObserverRequestController {

	private static final RequestForm EMPTY = new RequestForm(null, null, null, null);

	private final ObserverService observers;

	ObserverRequestController(ObserverService observers) {
		this.observers = observers;
	}

	@GetMapping
	String page(@RequestParam(name = "q", required = false) String query, Model model) {
		return render(query, EMPTY, model);
	}

	@PostMapping
	String file(@ModelAttribute RequestForm form, @RequestParam(name = "q", required = false) String query,
			HttpServletResponse response, Model model) {
		try {
			this.observers.fileRequest(form);
			return "redirect:/access/observer-requests?filed";
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errors", ex.messageKeys());
			return render(query, form, model);
		}
	}

	private String render(String query, RequestForm form, Model model) {
		model.addAttribute("page", this.observers.requestsPage(query));
		model.addAttribute("q", query);
		model.addAttribute("form", form);
		model.addAttribute("bodies", ObserverService.BODIES);
		return "access/observer-requests";
	}

}
