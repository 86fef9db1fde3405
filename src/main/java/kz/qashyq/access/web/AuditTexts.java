package kz.qashyq.access.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.qashyq.platform.audit.AuditReading;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An audit entry as people read it, in the page's language: its action and the kind of
 * its object named (“Timetable approved”, “Learner” instead of
 * {@code TIMETABLE_APPROVED}, {@code LEARNER}), and the labels of its details
 * ({@code client=10.0.0.1} is “client address: 10.0.0.1”). The details themselves stay as
 * recorded. Templates call it as {@code ${@auditTexts.action(code)}}.
 */
@Component("auditTexts")
public class AuditTexts {

	/**
	 * The labelled parts of details: {@code client=…}, {@code reason=…}, a timetable's
	 * {@code validFrom=…; approvedBy=…; archived=…}.
	 */
	private static final Pattern LABEL = Pattern.compile("\\b(client|reason|validFrom|approvedBy|archived)=");

	private final MessageSource messages;

	private final List<AuditReading> readings;

	AuditTexts(MessageSource messages, ObjectProvider<AuditReading> readings) {
		this.messages = messages;
		this.readings = readings.orderedStream().toList();
	}

	/**
	 * The action's name, or its code for an action without one.
	 */
	public String action(String code) {
		return named("audit.action.", code);
	}

	/**
	 * The name of the object's kind, or its code for a kind without one.
	 */
	public String objectType(String code) {
		return named("audit.object.", code);
	}

	/**
	 * The details with their labels translated, read by the module that recorded them
	 * where it contributes an {@link AuditReading}; empty for none.
	 */
	public String details(String objectType, String details) {
		if (details == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		String read = details;
		for (AuditReading reading : this.readings) {
			if (objectType != null && reading.reads(objectType)) {
				read = reading.read(objectType, details, locale);
				break;
			}
		}
		Matcher matcher = LABEL.matcher(read);
		StringBuilder text = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(text, Matcher.quoteReplacement(
					this.messages.getMessage("audit.detail." + matcher.group(1), null, LocaleContextHolder.getLocale())
							+ ": "));
		}
		matcher.appendTail(text);
		return text.toString();
	}

	private String named(String prefix, String code) {
		if (code == null) {
			return "";
		}
		return this.messages.getMessage(prefix + code, null, code, LocaleContextHolder.getLocale());
	}

}
