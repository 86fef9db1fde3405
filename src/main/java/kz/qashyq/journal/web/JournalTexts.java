package kz.qashyq.journal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.qashyq.journal.AttendanceStatus;
import kz.qashyq.journal.MarkKind;
import kz.qashyq.journal.Participation;
import kz.qashyq.journal.internal.ReasonCode;
import kz.qashyq.platform.i18n.LocalTimes;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The journal's stored values as people read them, in the page's language: the history's
 * before and after ({@code PRESENT/ONLINE} is “Present · Online”, {@code 5 CURRENT} is “5
 * · Current control”, a grade from coursework says so), and absence reasons kept as
 * codes. Templates call it as {@code ${@journalTexts.change(what, value)}}.
 */
@Component("journalTexts")
public class JournalTexts {

	/**
	 * {@code STATUS[/PARTICIPATION][ (reason)]}, as attendance and daily attendance are
	 * kept.
	 */
	private static final Pattern ATTENDANCE = Pattern.compile("([A-Z_]+)(?:/([A-Z_]+))?(?: \\((.*)\\))?",
			Pattern.DOTALL);

	/**
	 * {@code mark[ KIND]} of a mark entered by hand, or a plain number of a term mark.
	 */
	private static final Pattern MARK = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?)(?: ([A-Z_]+))?");

	/**
	 * {@code mark (coursework id)} or {@code feedback (coursework id)} from a graded
	 * work.
	 */
	private static final Pattern COURSEWORK = Pattern.compile("(\\S+) \\(coursework \\d+\\)");

	/** {@code STAYS_HOME from..to} or {@code ATTENDS from..to}: a parent's choice. */
	private static final Pattern CHOICE = Pattern
		.compile("(STAYS_HOME|ATTENDS) ([0-9]{4}-[0-9]{2}-[0-9]{2})\\.\\.([0-9]{4}-[0-9]{2}-[0-9]{2})");

	private final MessageSource messages;

	private final LocalTimes times;

	JournalTexts(MessageSource messages, LocalTimes times) {
		this.messages = messages;
		this.times = times;
	}

	/**
	 * A history value ({@code what} is the change's kind: ATTENDANCE, DAY, MARK, TERM,
	 * TOPIC, CHOICE) in the current language; a dash for none, the value itself when it
	 * is free text.
	 */
	public String change(String what, String value) {
		return change(what, value, LocaleContextHolder.getLocale());
	}

	String change(String what, String value, Locale locale) {
		if (value == null || value.isBlank()) {
			return "—";
		}
		return switch (what) {
			case "ATTENDANCE", "DAY" -> attendance(value, locale);
			case "MARK", "TERM" -> mark(value, locale);
			case "CHOICE" -> choice(value, locale);
			default -> value;
		};
	}

	/**
	 * An absence reason: a code translated, a typed reason as typed; empty for none.
	 */
	public String reason(String reason) {
		return reason(reason, LocaleContextHolder.getLocale());
	}

	String reason(String reason, Locale locale) {
		if (reason == null) {
			return "";
		}
		ReasonCode code = ReasonCode.of(reason);
		return (code != null) ? this.messages.getMessage("journal.reason." + code, null, locale) : reason;
	}

	private String attendance(String value, Locale locale) {
		Matcher matcher = ATTENDANCE.matcher(value);
		if (!matcher.matches() || !isStatus(matcher.group(1))) {
			return value;
		}
		StringBuilder text = new StringBuilder(
				this.messages.getMessage("journal.status." + matcher.group(1), null, locale));
		if (matcher.group(2) != null && isParticipation(matcher.group(2))) {
			text.append(" · ")
				.append(this.messages.getMessage("journal.participation." + matcher.group(2), null, locale));
		}
		if (matcher.group(3) != null) {
			text.append(" (").append(reason(matcher.group(3), locale)).append(')');
		}
		return text.toString();
	}

	private String mark(String value, Locale locale) {
		Matcher coursework = COURSEWORK.matcher(value);
		if (coursework.matches()) {
			String mark = coursework.group(1);
			return "feedback".equals(mark) ? this.messages.getMessage("journal.history.feedback", null, locale)
					: this.messages.getMessage("journal.history.fromCoursework", new Object[] { mark }, locale);
		}
		Matcher matcher = MARK.matcher(value);
		if (!matcher.matches()) {
			return value;
		}
		String mark = new BigDecimal(matcher.group(1)).stripTrailingZeros().toPlainString();
		if (matcher.group(2) == null || !isKind(matcher.group(2))) {
			return mark;
		}
		return mark + " · " + this.messages.getMessage("journal.kind." + matcher.group(2), null, locale);
	}

	private String choice(String value, Locale locale) {
		Matcher matcher = CHOICE.matcher(value);
		if (!matcher.matches()) {
			return value;
		}
		String from = this.times.date(LocalDate.parse(matcher.group(2)), locale);
		String to = this.times.date(LocalDate.parse(matcher.group(3)), locale);
		return this.messages.getMessage("journal.history.choice." + matcher.group(1), new Object[] { from, to },
				locale);
	}

	private static boolean isStatus(String code) {
		return isConstant(AttendanceStatus.class, code);
	}

	private static boolean isParticipation(String code) {
		return isConstant(Participation.class, code);
	}

	private static boolean isKind(String code) {
		return isConstant(MarkKind.class, code);
	}

	private static <E extends Enum<E>> boolean isConstant(Class<E> type, String code) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equals(code)) {
				return true;
			}
		}
		return false;
	}

}
