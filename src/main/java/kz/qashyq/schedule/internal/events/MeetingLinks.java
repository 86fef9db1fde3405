package kz.qashyq.schedule.internal.events;

import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Online meeting links: a configurable base URL ({@code qashyq.events.meeting-base-url},
 * for example a self-hosted Jitsi) followed by an unguessable room id (120 random bits).
 */
@Component
public class MeetingLinks {

	private static final SecureRandom random = new SecureRandom();

	private final String baseUrl;

	MeetingLinks(@Value("${qashyq.events.meeting-base-url:https://meet.jit.si/qashyq-}") String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/**
	 * A new room's link.
	 */
	public String newLink() {
		byte[] room = new byte[15];
		random.nextBytes(room);
		return this.baseUrl + Base64.getUrlEncoder().withoutPadding().encodeToString(room);
	}

}
