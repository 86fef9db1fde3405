package kz.qashyq.content.internal;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import kz.qashyq.content.ComplexComponent;
import kz.qashyq.content.LearningForm;

import org.springframework.context.MessageSource;

/**
 * Content input the service refused, with the reasons; thrown before anything is written.
 */
public class InvalidContentInput extends RuntimeException {

	private final List<Problem> problems;

	public InvalidContentInput(List<Problem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public static InvalidContentInput of(String code, Object... arguments) {
		return new InvalidContentInput(List.of(new Problem(code, List.of(arguments))));
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * The reasons in the given language; components and forms are named in that language
	 * too.
	 */
	public List<String> messages(MessageSource messages, Locale locale) {
		return this.problems.stream().map((problem) -> problem.message(messages, locale)).toList();
	}

	/**
	 * One reason: a message code of the content bundle and its arguments.
	 */
	public record Problem(String code, List<Object> arguments) {

		public static Problem of(String code, Object... arguments) {
			return new Problem(code, List.of(arguments));
		}

		String message(MessageSource messages, Locale locale) {
			Object[] resolved = this.arguments.stream()
				.map((argument) -> resolve(argument, messages, locale))
				.toArray();
			return messages.getMessage(this.code, resolved, locale);
		}

		private static Object resolve(Object argument, MessageSource messages, Locale locale) {
			if (argument instanceof ComplexComponent component) {
				return messages.getMessage(component.messageKey(), null, locale);
			}
			if (argument instanceof LearningForm form) {
				return messages.getMessage("content.form." + form.name(), null, locale);
			}
			if (argument instanceof Collection<?> collection) {
				return collection.stream()
					.map((item) -> String.valueOf(resolve(item, messages, locale)))
					.collect(Collectors.joining(", "));
			}
			return argument;
		}

	}

}
