package kz.qashyq.platform.storage;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;

/**
 * An upload refused with a reason: the message code (in the platform's bundle, under
 * {@code storage.rejected.}) and its arguments. Nothing of the file is kept.
 */
public class FileRejectedException extends RuntimeException {

	private final String code;

	private final List<Object> arguments;

	public FileRejectedException(String code, Object... arguments) {
		super(code + " " + Arrays.toString(arguments));
		this.code = code;
		this.arguments = List.of(arguments);
	}

	/**
	 * The message code, e.g. {@code storage.rejected.type}.
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The reason in the given language, with kinds of file named in that language too.
	 */
	public String message(MessageSource messages, Locale locale) {
		Object[] resolved = this.arguments.stream().map((argument) -> resolve(argument, messages, locale)).toArray();
		return messages.getMessage(this.code, resolved, locale);
	}

	private static Object resolve(Object argument, MessageSource messages, Locale locale) {
		if (argument instanceof FileCategory category) {
			return messages.getMessage("storage.category." + category.name(), null, locale);
		}
		if (argument instanceof Collection<?> collection) {
			return collection.stream()
				.map((item) -> String.valueOf(resolve(item, messages, locale)))
				.sorted()
				.collect(Collectors.joining(", "));
		}
		return argument;
	}

}
