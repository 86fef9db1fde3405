package kz.qashyq.schedule;

import java.time.Instant;

/**
 * An active feed link (the secret is not kept).
 *
 * @param createdAt when it was made
 */
public record CalendarFeedInfo(Instant createdAt) {

}
