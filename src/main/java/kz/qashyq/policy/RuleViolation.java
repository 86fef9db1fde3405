package kz.qashyq.policy;

import java.util.List;

/**
 * A rule a planned lesson breaks: the requirement id the rule carries (for example
 * {@code O-1.10a}), a message code of the {@code policy} bundle and its arguments, so
 * that the reason is told in the user's language.
 */
public record RuleViolation(String ruleId, String messageCode, List<Object> arguments) {

	public RuleViolation {
		arguments = List.copyOf(arguments);
	}

	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
