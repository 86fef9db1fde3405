package kz.qashyq.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.qashyq.access.internal.FirstAdministratorSetup;
import kz.qashyq.access.internal.FirstAdministratorSetup.SetupClosed;
import kz.qashyq.access.internal.InvalidInput;
import kz.qashyq.access.internal.PasswordPolicy;
import kz.qashyq.platform.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The first administrator of a non-demo installation, with the one-time code from the
 * log. Not found once an administrator exists.
 */
@Controller
@RequestMapping("/setup")
class SetupController {

	private final FirstAdministratorSetup setup;

	SetupController(FirstAdministratorSetup setup) {
		this.setup = setup;
	}

	@GetMapping
	String form(Model model) {
		if (!this.setup.isOpen()) {
			throw new NotFoundException("setup");
		}
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "access/setup";
	}

	@PostMapping
	String create(@RequestParam(name = "code", required = false) String code,
			@RequestParam(name = "username", required = false) String username,
			@RequestParam(name = "displayName", required = false) String displayName,
			@RequestParam(name = "password", required = false) String password,
			@RequestParam(name = "repeat", required = false) String repeat, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		try {
			this.setup.complete(code, username, displayName, password, repeat, request.getRemoteAddr());
			return "redirect:/login?setup";
		}
		catch (SetupClosed ex) {
			throw new NotFoundException("setup");
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errors", ex.messageKeys());
			model.addAttribute("username", username);
			model.addAttribute("displayName", displayName);
			model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
			return "access/setup";
		}
	}

}
