package kz.qashyq.coursework.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.qashyq.platform.storage.FileRejectedException;

import org.springframework.context.MessageSource;

/**
 * Input refused with its reasons (message keys of the coursework bundle with their
 * arguments, or a refused file with the storage's reason); nothing was saved.
 */
public class InvalidCourseworkInput extends RuntimeException {

	/**
	 * One reason: a message key with arguments, or a refused file.
	 */
	public record Problem(String key, List<Object> arguments, FileRejectedException file) {
	}

	private final List<Problem> problems;

	public InvalidCourseworkInput(List<Problem> problems) {
		super(problems.stream().map((p) -> (p.file() != null) ? p.file().code() : p.key()).toList().toString());
		this.problems = List.copyOf(problems);
	}

	public static InvalidCourseworkInput of(String key, Object... arguments) {
		return new InvalidCourseworkInput(List.of(new Problem(key, List.of(arguments), null)));
	}

	public static InvalidCourseworkInput file(FileRejectedException ex) {
		return new InvalidCourseworkInput(List.of(new Problem(ex.code(), List.of(), ex)));
	}

	public List<Problem> problems() {
		return this.problems;
	}

	/**
	 * The message keys (of the coursework bundle, or {@code storage.rejected.*}).
	 */
	public List<String> keys() {
		return this.problems.stream().map(Problem::key).toList();
	}

	/**
	 * The reasons in the given language.
	 */
	public List<String> messages(MessageSource messages, Locale locale) {
		List<String> result = new ArrayList<>();
		for (Problem problem : this.problems) {
			if (problem.file() != null) {
				result.add(problem.file().message(messages, locale));
			}
			else {
				result.add(messages.getMessage(problem.key(), problem.arguments().toArray(), locale));
			}
		}
		return result;
	}

}
