package kz.qashyq.schedule.internal.events;

import java.util.List;

/**
 * Event input the service refused, with the message keys that explain why; thrown before
 * anything is written.
 */
public class InvalidEventInput extends RuntimeException {

	private final List<String> messageKeys;

	public InvalidEventInput(List<String> messageKeys) {
		super(String.join(", ", messageKeys));
		this.messageKeys = List.copyOf(messageKeys);
	}

	public List<String> messageKeys() {
		return this.messageKeys;
	}

}
