package kz.qashyq.schedule;

import java.time.Instant;

/**
 * One TV lesson of the national schedule (O-3.1a).
 *
 * @param id the broadcast's id
 * @param channel the channel
 * @param language {@code kk} or {@code ru}
 * @param grade the target grade, 0 (pre-school class) to 12
 * @param subject the subject, never blank
 * @param topic the topic, may be null
 * @param startsAt when it starts
 * @param endsAt when it ends, after {@code startsAt}
 */
public record TvBroadcast(long id, TvChannel channel, String language, int grade, String subject, String topic,
		Instant startsAt, Instant endsAt) {

}
