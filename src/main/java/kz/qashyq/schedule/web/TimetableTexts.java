package kz.qashyq.schedule.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A solver's score as people read it, in the page's language: “conflicts: 0, preferences
 * penalty: 31841” instead of Timefold's {@code 0hard/-31841soft}. Templates call it as
 * {@code ${@timetableTexts.score(hard, soft)}} and {@code ${@timetableTexts.note(note)}}.
 */
@Component("timetableTexts")
public class TimetableTexts {

	/**
	 * The note a generated draft is stored with:
	 * {@code score 0hard/-5soft[, unplaced 2]}.
	 */
	private static final Pattern NOTE = Pattern
		.compile("score (?:-?\\d+init/)?(-?\\d+)hard/(-?\\d+)soft(?:, unplaced (\\d+))?");

	private final MessageSource messages;

	TimetableTexts(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The score of a solution (hard and soft as the solver counts them, zero or
	 * negative); a dash when there is none yet.
	 */
	public String score(Integer hard, Integer soft) {
		if (hard == null || soft == null) {
			return "—";
		}
		return this.messages.getMessage("timetable.score",
				new Object[] { String.valueOf(Math.abs(hard)), String.valueOf(Math.abs(soft)) },
				LocaleContextHolder.getLocale());
	}

	/**
	 * A timetable's note: a generated draft's score translated, any other note as
	 * written.
	 */
	public String note(String note) {
		if (note == null) {
			return "";
		}
		Matcher matcher = NOTE.matcher(note);
		if (!matcher.matches()) {
			return note;
		}
		String score = score(Integer.valueOf(matcher.group(1)), Integer.valueOf(matcher.group(2)));
		return (matcher.group(3) == null) ? score : this.messages.getMessage("timetable.score.unplaced",
				new Object[] { score, Integer.valueOf(matcher.group(3)) }, LocaleContextHolder.getLocale());
	}

}
