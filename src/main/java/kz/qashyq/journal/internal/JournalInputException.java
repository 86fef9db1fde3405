package kz.qashyq.journal.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Bad input to the journal: a message key with its arguments, translated for the user;
 * nothing was saved.
 */
public class JournalInputException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public JournalInputException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public String message(MessageSource messages, Locale locale) {
		return messages.getMessage(this.messageKey, this.arguments, this.messageKey, locale);
	}

}
