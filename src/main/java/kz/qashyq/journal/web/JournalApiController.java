package kz.qashyq.journal.web;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.qashyq.journal.internal.JournalInputException;
import kz.qashyq.journal.internal.JournalService;
import kz.qashyq.journal.internal.JournalViews.Grid;
import kz.qashyq.journal.internal.JournalViews.LearnerJournal;
import kz.qashyq.journal.internal.LearnerJournalService;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The journal as JSON for mobile apps: a learner's own (for the learner and their
 * parents, and staff of the class) and a class's journal of a subject (for its teachers).
 * The same reads and checks as the pages.
 */
@RestController
@RequestMapping("/api/v1/journal")
@Tag(name = "Journal", description = "Marks and attendance (A1-24k, O-1.28f, O-1.6b)")
class JournalApiController {

	private static final String DATE = "A date (YYYY-MM-DD)";

	private final JournalService journal;

	private final LearnerJournalService learners;

	private final MessageSource messages;

	JournalApiController(JournalService journal, LearnerJournalService learners, MessageSource messages) {
		this.journal = journal;
		this.learners = learners;
		this.messages = messages;
	}

	@GetMapping("/learners/{learnerId}")
	@Operation(summary = "A learner's journal: marks with feedback by subject and attendance (the learner, their "
			+ "parents, staff of the class); by default the last four weeks to the end of this week")
	LearnerJournal learner(@PathVariable long learnerId,
			@Parameter(description = DATE) @RequestParam(required = false) String from,
			@Parameter(description = DATE) @RequestParam(required = false) String to, Locale locale) {
		try {
			return this.learners.learner(learnerId, date(from), date(to));
		}
		catch (JournalInputException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.message(this.messages, locale));
		}
	}

	@GetMapping("/groups/{groupId}")
	@Operation(summary = "A class's journal of a subject: lessons with topics, each learner's attendance and marks "
			+ "(staff who see the class's journal); without a subject only the list of subjects")
	Grid group(@PathVariable long groupId,
			@Parameter(description = "The subject") @RequestParam(required = false) String subject,
			@Parameter(description = DATE) @RequestParam(required = false) String from,
			@Parameter(description = DATE) @RequestParam(required = false) String to, Locale locale) {
		try {
			return this.journal.grid(groupId, subject, date(from), date(to));
		}
		catch (JournalInputException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.message(this.messages, locale));
		}
	}

	private static LocalDate date(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		LocalDate parsed = JournalController.date(value);
		if (parsed == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "dates must be YYYY-MM-DD between 2000 and 2100");
		}
		return parsed;
	}

}
