package kz.qashyq.schedule;

import java.time.Instant;

/**
 * A broadcast to be stored, as {@code TvSchedule.store} takes it (which refuses one that
 * breaks the rules below with an {@code IllegalArgumentException}).
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

}
