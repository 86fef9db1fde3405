package kz.qashyq.access.web;

import java.util.List;

import kz.qashyq.platform.db.DemoMode;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page. In demo mode it lists the demo accounts (password {@code demo}).
 */
@Controller
class LoginController {

	/** The demo accounts, named by role; they exist only in demo mode. */
	static final List<String> DEMO_ACCOUNTS = List.of("ministry", "observer", "region", "head", "deputy", "teacher",
			"curator", "student", "parent", "college-head", "social", "educator");

	private final boolean demo;

	LoginController(Environment environment) {
		this.demo = DemoMode.isEnabled(environment);
	}

	@GetMapping("/login")
	String login(@RequestParam(name = "error", required = false) String error, Model model) {
		if (error != null) {
			String reason = List.of("throttled", "locked", "disabled").contains(error) ? error : "credentials";
			model.addAttribute("errorKey", "login.error." + reason);
		}
		model.addAttribute("demoAccounts", this.demo ? DEMO_ACCOUNTS : List.of());
		return "access/login";
	}

}
