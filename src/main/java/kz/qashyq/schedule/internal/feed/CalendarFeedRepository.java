package kz.qashyq.schedule.internal.feed;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code calendar_feed}: the token column holds the SHA-256 (hex) of the link's secret.
 */
@Repository
class CalendarFeedRepository {

	private final JdbcClient jdbc;

	CalendarFeedRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Instant> activeSince(long personId) {
		return this.jdbc.sql("select created_at from calendar_feed where person_id = ? and revoked_at is null")
			.param(personId)
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
	}

	int revoke(long personId, Instant at) {
		return this.jdbc.sql("update calendar_feed set revoked_at = ? where person_id = ? and revoked_at is null")
			.params(Timestamp.from(at), personId)
			.update();
	}

	void insert(String tokenHash, long personId, String createdBy, Instant at) {
		this.jdbc.sql("insert into calendar_feed (token, person_id, created_by, created_at) values (?, ?, ?, ?)")
			.params(tokenHash, personId, createdBy, Timestamp.from(at))
			.update();
	}

	Optional<Long> activePerson(String tokenHash) {
		return this.jdbc.sql("select person_id from calendar_feed where token = ? and revoked_at is null")
			.param(tokenHash)
			.query(Long.class)
			.optional();
	}

}
