package kz.qashyq.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * A broadcast to be stored, as {@link TvSchedule#store} takes it.
 *
 * @param channel the channel
 * @param language {@code kk} or {@code ru}
 * @param grade 0 to 12
 * @param subject the subject, not blank
 * @param topic the topic, may be null
 * @param startsAt the start
 * @param endsAt the end, after the start
 */
public record NewTvBroadcast(TvChannel channel, String language, int grade, String subject, String topic,
		Instant startsAt, Instant endsAt) {

	public NewTvBroadcast {
		Objects.requireNonNull(channel, "channel");
		Objects.requireNonNull(startsAt, "startsAt");
		if (!"kk".equals(language) && !"ru".equals(language)) {
			throw new IllegalArgumentException("language must be kk or ru: " + language);
		}
		if (grade < 0 || grade > 12) {
			throw new IllegalArgumentException("grade must be 0 to 12: " + grade);
		}
		if (subject == null || subject.isBlank()) {
			throw new IllegalArgumentException("subject is required");
		}
		if (endsAt == null || !endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("the end must be after the start");
		}
	}

}
