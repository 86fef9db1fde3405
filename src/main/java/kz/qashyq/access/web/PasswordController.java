package kz.qashyq.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import kz.qashyq.access.internal.InvalidInput;
import kz.qashyq.access.internal.PasswordPolicy;
import kz.qashyq.access.internal.PasswordService;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The signed-in user's password change.
 */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private final PasswordService passwords;

	PasswordController(PasswordService passwords) {
		this.passwords = passwords;
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
		return "access/password";
	}

	@PostMapping
	String change(@RequestParam(name = "current", required = false) String current,
			@RequestParam(name = "password", required = false) String password,
			@RequestParam(name = "repeat", required = false) String repeat, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		HttpSession session = request.getSession(false);
		try {
			this.passwords.change(current, password, repeat, request.getRemoteAddr(),
					(session != null) ? session.getId() : null);
			return "redirect:/account/password?changed";
		}
		catch (InvalidInput ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("errors", ex.messageKeys());
			return form(model);
		}
	}

}
