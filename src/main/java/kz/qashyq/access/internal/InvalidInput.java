package kz.qashyq.access.internal;

import java.util.List;

/**
 * Input a service refused, with the message keys that explain why; thrown before anything
 * is written (the transaction rolls back).
 */
public class InvalidInput extends RuntimeException {

	private final List<String> messageKeys;

	public InvalidInput(List<String> messageKeys) {
		super(String.join(", ", messageKeys));
		this.messageKeys = List.copyOf(messageKeys);
	}

	public InvalidInput(String messageKey) {
		this(List.of(messageKey));
	}

	public List<String> messageKeys() {
		return this.messageKeys;
	}

}
