package kz.qashyq.coursework.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import kz.qashyq.coursework.internal.Views.FileView;
import kz.qashyq.coursework.internal.Views.Receipt;

import org.springframework.context.MessageSource;

/**
 * The receipt of a submission as a plain-text document in the user's language.
 */
final class ReceiptText {

	private ReceiptText() {
	}

	static String of(Receipt receipt, MessageSource messages, Locale locale) {
		StringBuilder text = new StringBuilder();
		text.append(messages.getMessage("coursework.receipt.title", null, locale))
			.append(' ')
			.append(receipt.number())
			.append('\n');
		line(text, messages, locale, "coursework.task", receipt.subject() + ": " + receipt.assignmentTitle());
		line(text, messages, locale, "coursework.learner", receipt.learnerName());
		line(text, messages, locale, "coursework.receipt.received",
				receipt.localReceivedAt().format(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")) + " ("
						+ receipt.timeZone() + "), " + receipt.receivedAt());
		line(text, messages, locale, "coursework.channel",
				messages.getMessage(receipt.channel().messageKey(), null, locale));
		line(text, messages, locale, "coursework.version", String.valueOf(receipt.version()));
		if (receipt.late()) {
			text.append(messages.getMessage("coursework.status.LATE", null, locale)).append('\n');
		}
		text.append(messages.getMessage("coursework.receipt.files", null, locale)).append(":\n");
		for (FileView file : receipt.files()) {
			text.append("  ")
				.append(file.position())
				.append(". ")
				.append(file.name())
				.append(", ")
				.append(file.size())
				.append(" B, SHA-256 ")
				.append(file.sha256())
				.append('\n');
		}
		return text.toString();
	}

	private static void line(StringBuilder text, MessageSource messages, Locale locale, String key, String value) {
		text.append(messages.getMessage(key, null, locale)).append(": ").append(value).append('\n');
	}

}
