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

	/** The longest wait the page repeats from its address (the throttle's longest). */
	private static final long MAX_WAIT_SHOWN = 15 * 60;

	private final boolean demo;

	LoginController(Environment environment) {
		this.demo = DemoMode.isEnabled(environment);
	}

	/**
	 * A refused sign-in shows one message whatever the reason (a wrong password, an
	 * unknown login, an attempt during the wait), and the wait before the next attempt
	 * when there is one; only the right password of a disabled account is told so.
	 */
	@GetMapping("/login")
	String login(@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "wait", required = false) Long wait, Model model) {
		if (error != null) {
			model.addAttribute("errorKey", "disabled".equals(error) ? "login.error.disabled" : "login.error");
			if (wait != null && wait > 0) {
				long seconds = Math.min(wait, MAX_WAIT_SHOWN);
				if (seconds < 120) {
					model.addAttribute("waitKey", "login.error.waitSeconds");
					model.addAttribute("waitAmount", seconds);
				}
				else {
					model.addAttribute("waitKey", "login.error.waitMinutes");
					model.addAttribute("waitAmount", (seconds + 59) / 60);
				}
			}
		}
		model.addAttribute("demoAccounts", this.demo ? DEMO_ACCOUNTS : List.of());
		return "access/login";
	}

}
