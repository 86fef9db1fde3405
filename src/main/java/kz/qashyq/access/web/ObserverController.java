package kz.qashyq.access.web;

import jakarta.servlet.http.HttpServletResponse;
import kz.qashyq.access.internal.InvalidInput;
import kz.qashyq.access.internal.ObserverService;
import kz.qashyq.access.internal.ObserverService.IssueForm;
import kz.qashyq.access.internal.ObserverService.Issued;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * O-2.9a, O-2.9b, O-5.4: the head's page of observer logins and of the requests for them.
 * Every call is checked by {@link ObserverService}.
 */
@Controller
@RequestMapping("/access/observers")
class ObserverController {

	private static final IssueForm EMPTY = new IssueForm(null, null, null, null, null);

	private final ObserverService observers;

	ObserverController(ObserverService observers) {
		this.observers = observers;
	}

	@GetMapping
	String page(@RequestParam(name = "org", required = false) Long organizationId,
			@RequestParam(name = "request", required = false) Long requestId, Model model) {
		ObserverService.ObserversPage page = this.observers.page(organizationId);
		IssueForm form = EMPTY;
		if (requestId != null) {
			form = this.observers.openRequest(page.organization().id(), requestId)
				.map((request) -> new IssueForm(request.observerName(), request.body(), null, null, request.id()))
				.orElse(EMPTY);
		}
		return render(page, form, model);
	}

	@PostMapping
	String issue(@RequestParam("org") long organizationId, @ModelAttribute IssueForm form, HttpServletResponse response,
			Model model) {
		try {
			Issued issued = this.observers.issue(organizationId, form);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			model.addAttribute("issued", issued);
			return "access/observer-issued";
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errors", ex.messageKeys());
			return render(this.observers.page(organizationId), form, model);
		}
	}

	@PostMapping("/{loginId}/revoke")
	String revoke(@PathVariable long loginId) {
		long organizationId = this.observers.revoke(loginId);
		return "redirect:/access/observers?org=" + organizationId + "&revoked";
	}

	@PostMapping("/requests/{requestId}/refuse")
	String refuse(@PathVariable long requestId, @RequestParam(name = "org", required = false) Long organizationId,
			@RequestParam(name = "reason", required = false) String reason, HttpServletResponse response, Model model) {
		try {
			long organization = this.observers.refuse(requestId, reason);
			return "redirect:/access/observers?org=" + organization + "&refused";
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errors", ex.messageKeys());
			return render(this.observers.page(organizationId), EMPTY, model);
		}
	}

	private static String render(ObserverService.ObserversPage page, IssueForm form, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("form", form);
		model.addAttribute("bodies", ObserverService.BODIES);
		return "access/observers";
	}

}
