package kz.qashyq.journal.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import kz.qashyq.journal.AttendanceStatus;
import kz.qashyq.journal.MarkKind;
import kz.qashyq.journal.Participation;
import kz.qashyq.journal.internal.JournalExports;
import kz.qashyq.journal.internal.JournalInputException;
import kz.qashyq.journal.internal.JournalService;
import kz.qashyq.journal.internal.JournalViews.CellEdit;
import kz.qashyq.journal.internal.JournalViews.Grid;
import kz.qashyq.journal.internal.LearnerJournalService;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The journal pages: the start page, a class's journal of a subject (cells edited with
 * htmx, or a page per cell without script), term marks, history, exports, the curator's
 * overview and a learner's journal.
 */
@Controller
class JournalController {

	private final JournalService journal;

	private final LearnerJournalService learners;

	private final JournalExports exports;

	private final MessageSource messages;

	private final JournalTables tables;

	JournalController(JournalService journal, LearnerJournalService learners, JournalExports exports,
			MessageSource messages, JournalTables tables) {
		this.journal = journal;
		this.learners = learners;
		this.exports = exports;
		this.messages = messages;
		this.tables = tables;
	}

	@GetMapping("/journal")
	String start(Model model) {
		model.addAttribute("start", this.learners.start());
		return "journal/start";
	}

	/**
	 * The curator's or class teacher's group: its overview, or the start page for others.
	 */
	@GetMapping("/journal/my-group")
	String myGroup() {
		return this.learners.myGroup()
			.map((group) -> "redirect:/journal/groups/" + group + "/overview")
			.orElse("redirect:/journal");
	}

	@GetMapping("/journal/groups/{groupId}")
	String grid(@PathVariable long groupId, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
			HttpServletRequest request, Locale locale) {
		LocalDate start = date(from);
		LocalDate end = date(to);
		if ((from != null && !from.isBlank() && start == null) || (to != null && !to.isBlank() && end == null)) {
			model.addAttribute("error", this.messages.getMessage("journal.error.date", null, locale));
		}
		Grid grid;
		try {
			grid = this.journal.grid(groupId, subject, start, end);
		}
		catch (JournalInputException ex) {
			model.addAttribute("error", ex.message(this.messages, locale));
			grid = this.journal.grid(groupId, subject, null, null);
		}
		model.addAttribute("grid", grid);
		model.addAttribute("rows", this.tables.rows(grid, request.getContextPath(), locale));
		return "journal/grid";
	}

	@GetMapping("/journal/groups/{groupId}/cell")
	String cell(@PathVariable long groupId, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String date, @RequestParam(required = false) String start,
			@RequestParam(required = false) Long learner, @RequestParam(required = false) boolean view, Model model,
			HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
		this.journal.grid(groupId, null, null, null);
		LocalDate day = date(date);
		LocalTime time = time(start);
		if (day == null || time == null || learner == null || subject == null) {
			redirect.addFlashAttribute("error", this.messages.getMessage("journal.error.lesson", null, locale));
			return "redirect:" + gridUrl(groupId, subject, null);
		}
		try {
			CellEdit edit = this.journal.cell(groupId, subject, day, time, learner);
			model.addAttribute("edit", edit);
			if (view) {
				// the editor's cancel: the cell as it was, or the journal without htmx
				if (!htmx(request)) {
					return "redirect:" + gridUrl(groupId, subject, day);
				}
				model.addAttribute("cellHtml", this.tables.cell(edit, request.getContextPath(), locale));
				return "journal/fragments :: view";
			}
		}
		catch (JournalInputException ex) {
			redirect.addFlashAttribute("error", ex.message(this.messages, locale));
			return "redirect:" + gridUrl(groupId, subject, null);
		}
		return htmx(request) ? "journal/fragments :: editor" : "journal/cell";
	}

	@PostMapping("/journal/groups/{groupId}/attendance")
	String attendance(@PathVariable long groupId, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String date, @RequestParam(required = false) String start,
			@RequestParam(required = false) Long learner, @RequestParam(required = false) String status,
			@RequestParam(required = false) String participation, @RequestParam(required = false) String reason,
			Model model, HttpServletRequest request, RedirectAttributes redirect, Locale locale) {
		LocalDate day = date(date);
		LocalTime time = time(start);
		Supplier<CellEdit> change = () -> this.journal.markAttendance(groupId, subject, day, time,
				(learner != null) ? learner : -1, parse(AttendanceStatus.class, status, "journal.error.status"),
				(participation == null || participation.isBlank()) ? null
						: parse(Participation.class, participation, "journal.error.participation"),
				reason);
		if (htmx(request)) {
			// the click answers with its changed cell; a refusal goes the common way
			// below
			try {
				CellEdit edit = change.get();
				model.addAttribute("cellHtml", this.tables.cell(edit, request.getContextPath(), locale));
				model.addAttribute("savedNote", this.messages.getMessage("journal.saved", null, locale));
				return "journal/fragments :: view";
			}
			catch (JournalInputException ex) {
				// shown in the cell's editor by write()
			}
		}
		return write(groupId, subject, day, time, learner, model, request, redirect, locale, change::get);
	}

	@PostMapping("/journal/groups/{groupId}/marks")
	String mark(@PathVariable long groupId, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String date, @RequestParam(required = false) String start,
			@RequestParam(required = false) Long learner, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String mark, @RequestParam(required = false) String comment,
			@RequestParam(required = false) Long markId, Model model, HttpServletRequest request,
			RedirectAttributes redirect, Locale locale) {
		LocalDate day = date(date);
		LocalTime time = time(start);
		return write(groupId, subject, day, time, learner, model, request, redirect, locale, () -> {
			if (kind != null && !kind.isBlank()) {
				parse(MarkKind.class, kind, "journal.error.kind");
			}
			this.journal.postMark(groupId, subject, (learner != null) ? learner : -1, day, kind, mark, comment, markId);
		});
	}

	@PostMapping("/journal/groups/{groupId}/all-present")
	String allPresent(@PathVariable long groupId, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String date, @RequestParam(required = false) String start,
			RedirectAttributes redirect, Locale locale) {
		try {
			int count = this.journal.allPresent(groupId, subject, date(date), time(start));
			redirect.addFlashAttribute("saved",
					this.messages.getMessage("journal.allPresent.done", new Object[] { count }, locale));
		}
		catch (JournalInputException ex) {
			redirect.addFlashAttribute("error", ex.message(this.messages, locale));
		}
		return "redirect:" + gridUrl(groupId, subject, date(date));
	}

	@PostMapping("/journal/groups/{groupId}/topic")
	String topic(@PathVariable long groupId, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String date, @RequestParam(required = false) String start,
			@RequestParam(required = false) String topic, RedirectAttributes redirect, Locale locale) {
		try {
			this.journal.setTopic(groupId, subject, date(date), time(start), topic);
			redirect.addFlashAttribute("saved", this.messages.getMessage("journal.saved", null, locale));
		}
		catch (JournalInputException ex) {
			redirect.addFlashAttribute("error", ex.message(this.messages, locale));
		}
		return "redirect:" + gridUrl(groupId, subject, date(date));
	}

	@GetMapping("/journal/groups/{groupId}/term")
	String term(@PathVariable long groupId, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
			RedirectAttributes redirect, Locale locale) {
		try {
			model.addAttribute("term", this.journal.term(groupId, subject, date(from), date(to)));
		}
		catch (JournalInputException ex) {
			redirect.addFlashAttribute("error", ex.message(this.messages, locale));
			return "redirect:" + gridUrl(groupId, subject, null);
		}
		return "journal/term";
	}

	@PostMapping("/journal/groups/{groupId}/term")
	String fixTerm(@PathVariable long groupId, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			RedirectAttributes redirect, Locale locale) {
		try {
			int fixed = this.journal.fixTerm(groupId, subject, date(from), date(to));
			redirect.addFlashAttribute("saved",
					this.messages.getMessage("journal.term.fixedCount", new Object[] { fixed }, locale));
		}
		catch (JournalInputException ex) {
			redirect.addFlashAttribute("error", ex.message(this.messages, locale));
			return "redirect:" + gridUrl(groupId, subject, null);
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/journal/groups/{id}/term")
			.queryParam("subject", subject)
			.queryParamIfPresent("from", java.util.Optional.ofNullable(date(from)))
			.queryParamIfPresent("to", java.util.Optional.ofNullable(date(to)))
			.buildAndExpand(groupId)
			.encode()
			.toUriString();
	}

	@GetMapping("/journal/groups/{groupId}/history")
	String history(@PathVariable long groupId, @RequestParam(required = false) String subject, Model model) {
		model.addAttribute("grid", this.journal.grid(groupId, null, null, null));
		model.addAttribute("subject", subject);
		model.addAttribute("changes", this.journal.history(groupId, subject));
		return "journal/history";
	}

	@GetMapping("/journal/groups/{groupId}/export.xlsx")
	Object xlsx(@PathVariable long groupId, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
		return export(groupId, subject, from, to, locale, false);
	}

	@GetMapping("/journal/groups/{groupId}/export.pdf")
	Object pdf(@PathVariable long groupId, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
		return export(groupId, subject, from, to, locale, true);
	}

	private Object export(long groupId, String subject, String from, String to, Locale locale, boolean pdf) {
		Grid grid = this.journal.grid(groupId, subject, date(from), date(to));
		if (grid.subject() == null) {
			return "redirect:" + gridUrl(groupId, null, null);
		}
		byte[] body = pdf ? this.exports.pdf(grid, locale) : this.exports.xlsx(grid, locale);
		String name = "journal-" + groupId + "-" + grid.from() + "-" + grid.to() + (pdf ? ".pdf" : ".xlsx");
		return ResponseEntity.ok()
			.contentType(pdf ? MediaType.APPLICATION_PDF
					: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	@GetMapping("/journal/groups/{groupId}/overview")
	String overview(@PathVariable long groupId, @RequestParam(required = false) Integer days, Model model,
			Locale locale) {
		try {
			model.addAttribute("overview", this.learners.overview(groupId, days));
		}
		catch (JournalInputException ex) {
			model.addAttribute("error", ex.message(this.messages, locale));
			model.addAttribute("overview", this.learners.overview(groupId, null));
		}
		return "journal/overview";
	}

	@GetMapping("/journal/learners/{learnerId}")
	String learner(@PathVariable long learnerId, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model, Locale locale) {
		try {
			model.addAttribute("journal", this.learners.learner(learnerId, date(from), date(to)));
		}
		catch (JournalInputException ex) {
			model.addAttribute("error", ex.message(this.messages, locale));
			model.addAttribute("journal", this.learners.learner(learnerId, null, null));
		}
		return "journal/learner";
	}

	private String write(long groupId, String subject, LocalDate day, LocalTime time, Long learner, Model model,
			HttpServletRequest request, RedirectAttributes redirect, Locale locale, Runnable change) {
		this.journal.requireKeeper(groupId);
		String error = null;
		try {
			change.run();
		}
		catch (JournalInputException ex) {
			error = ex.message(this.messages, locale);
		}
		if (htmx(request) && day != null && time != null && learner != null && subject != null) {
			try {
				CellEdit edit = this.journal.cell(groupId, subject, day, time, learner);
				model.addAttribute("edit", edit);
				model.addAttribute("error", error);
				if (error != null) {
					return "journal/fragments :: editor";
				}
				model.addAttribute("cellHtml", this.tables.cell(edit, request.getContextPath(), locale));
				model.addAttribute("savedNote", this.messages.getMessage("journal.saved", null, locale));
				return "journal/fragments :: view";
			}
			catch (JournalInputException ex) {
				// fall through to the page
			}
		}
		if (error != null) {
			redirect.addFlashAttribute("error", error);
		}
		else {
			redirect.addFlashAttribute("saved", this.messages.getMessage("journal.saved", null, locale));
		}
		return "redirect:" + gridUrl(groupId, subject, day);
	}

	private <E extends Enum<E>> E parse(Class<E> type, String value, String errorKey) {
		try {
			return Enum.valueOf(type, (value == null) ? "" : value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new JournalInputException(errorKey);
		}
	}

	static String gridUrl(long groupId, String subject, LocalDate around) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath("/journal/groups/{id}");
		if (subject != null && !subject.isBlank()) {
			builder.queryParam("subject", subject);
		}
		return builder.buildAndExpand(groupId).encode().toUriString();
	}

	static boolean htmx(HttpServletRequest request) {
		return "true".equals(request.getHeader("HX-Request"));
	}

	/** An ISO date between 2000 and 2100, or null. */
	static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate parsed = LocalDate.parse(value.strip());
			return (parsed.getYear() >= 2000 && parsed.getYear() <= 2100) ? parsed : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	static LocalTime time(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalTime.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
