package kz.qashyq.journal.web;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.qashyq.platform.audit.AuditReading;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The journal's audit details in the reader's language: a change of attendance, of a mark
 * or of a day's attendance ({@code Mathematics 2026-12-07 09:00: PRESENT/ONLINE ->
 * LATE/ONLINE}) with its states and marks translated as the history shows them, a grade
 * from coursework and a lesson marked all present named.
 */
@Component
class JournalAuditReading implements AuditReading {

	/** {@code [where: ]before -> after}. */
	private static final Pattern CHANGE = Pattern.compile("(?s)(?:(.*): )?(.*?) -> (.*)");

	/** {@code from submission N}: a grade from coursework. */
	private static final Pattern FROM_SUBMISSION = Pattern.compile("from submission (\\d+)");

	/** {@code where: all present, N learners [ids]}. */
	private static final Pattern ALL_PRESENT = Pattern.compile("(?s)(.*): all present, (\\d+) learners .*");

	private final JournalTexts texts;

	private final MessageSource messages;

	JournalAuditReading(JournalTexts texts, MessageSource messages) {
		this.texts = texts;
		this.messages = messages;
	}

	@Override
	public boolean reads(String objectType) {
		return what(objectType) != null;
	}

	@Override
	public String read(String objectType, String details, Locale locale) {
		String what = what(objectType);
		if (what == null || details == null) {
			return details;
		}
		Matcher all = ALL_PRESENT.matcher(details);
		if (all.matches()) {
			return this.messages.getMessage("journal.audit.allPresent", new Object[] { all.group(1), all.group(2) },
					locale);
		}
		Matcher change = CHANGE.matcher(details);
		if (!change.matches()) {
			return details;
		}
		String where = change.group(1);
		if (where != null) {
			Matcher submission = FROM_SUBMISSION.matcher(where);
			if (submission.matches()) {
				where = this.messages.getMessage("journal.audit.fromSubmission", new Object[] { submission.group(1) },
						locale);
			}
		}
		String text = value(what, change.group(2), locale) + " → " + value(what, change.group(3), locale);
		return (where != null) ? where + ": " + text : text;
	}

	private String value(String what, String value, Locale locale) {
		if ("null".equals(value) || "none".equals(value)) {
			return "—";
		}
		return this.texts.change(what,
				("MARK".equals(what) && "feedback".equals(value)) ? "feedback (coursework 0)" : value, locale);
	}

	private static String what(String objectType) {
		return switch (objectType) {
			case "JOURNAL_ATTENDANCE" -> "ATTENDANCE";
			case "JOURNAL_MARK" -> "MARK";
			case "PRESCHOOL_ATTENDANCE" -> "DAY";
			default -> null;
		};
	}

}
