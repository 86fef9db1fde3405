package kz.qashyq.access.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import kz.qashyq.access.internal.AuditSearch;
import kz.qashyq.access.internal.AuditSearch.AuditFilter;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A1-24a, O-2.9b: the audit log of the user's scope, newest first, with filters.
 */
@Controller
@RequestMapping("/access/audit")
class AuditController {

	/** Actions written by this module and the directory, offered as suggestions. */
	static final List<String> KNOWN_ACTIONS = List.of("LOGIN", "LOGIN_FAILED", "PASSWORD_CHANGED", "VIEW",
			"VIEW_PERSONAL_DATA", "CREATE", "UPDATE", "DELETE", "OBSERVER_ISSUED", "OBSERVER_REVOKED",
			"OBSERVER_REQUESTED", "OBSERVER_REQUEST_REFUSED", "SETUP");

	/** Kinds of object people look for most, offered as suggestions by their names. */
	static final List<String> KNOWN_OBJECT_TYPES = List.of("ACCOUNT", "LEARNER", "GROUP", "JOURNAL_MARK",
			"JOURNAL_ATTENDANCE", "SUBMISSION", "ASSIGNMENT", "TIMETABLE", "THEMATIC_PLAN", "COMPLEX", "MATERIAL",
			"SOCIAL_FLAG", "ORGANIZATION_REGIME", "POLICY_VERSION", "OBSERVER_LOGIN", "ROSTER", "PAGE");

	private final AuditSearch search;

	AuditController(AuditSearch search) {
		this.search = search;
	}

	@GetMapping
	String page(@RequestParam(name = "user", required = false) String user,
			@RequestParam(name = "action", required = false) String action,
			@RequestParam(name = "type", required = false) String objectType,
			@RequestParam(name = "from", required = false) String from,
			@RequestParam(name = "to", required = false) String to,
			@RequestParam(name = "account", required = false) Long accountId,
			@RequestParam(name = "before", required = false) Long before, Model model) {
		List<String> errors = new ArrayList<>();
		LocalDate fromDate = parse(from, errors);
		LocalDate toDate = parse(to, errors);
		AuditFilter filter = new AuditFilter(user, action, objectType, fromDate, toDate, accountId, before);
		model.addAttribute("result", this.search.search(filter));
		model.addAttribute("filter", filter);
		model.addAttribute("zone", this.search.zone());
		model.addAttribute("actions", KNOWN_ACTIONS);
		model.addAttribute("objectTypes", KNOWN_OBJECT_TYPES);
		model.addAttribute("errors", errors);
		return "access/audit";
	}

	private static LocalDate parse(String value, List<String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			if (errors.isEmpty()) {
				errors.add("audit.error.date");
			}
			return null;
		}
	}

}
