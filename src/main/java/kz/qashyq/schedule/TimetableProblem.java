package kz.qashyq.schedule;

import java.util.List;

/**
 * Why a timetable change or a generation was refused: the rule id (for example
 * {@code O-1.10a}, null for a plain input error), a message code and its arguments, so
 * that the reason is told in the user's language.
 */
public record TimetableProblem(String ruleId, String messageCode, List<Object> arguments) {

	public TimetableProblem {
		arguments = List.copyOf(arguments);
	}

	public static TimetableProblem of(String messageCode, Object... arguments) {
		return new TimetableProblem(null, messageCode, List.of(arguments));
	}

	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
