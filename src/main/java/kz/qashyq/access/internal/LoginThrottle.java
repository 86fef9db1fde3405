package kz.qashyq.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Growing delays of sign-in per login and client address (docs/adr/0010), kept in the
 * database so that every node sees the same counts.
 * <ul>
 * <li>A pair (login, address) may fail {@value #FREE_FAILURES} times in a row without
 * waiting; each further failure makes the pair wait before its next attempt: 30 seconds,
 * then twice as long after each failure, at most 15 minutes. An attempt during the wait
 * is refused unchecked and does not count. A success forgets the pair's failures; so does
 * a day without failures.</li>
 * <li>An unknown login is throttled exactly as a known one; the two answer the same.</li>
 * <li>An address that failed {@value #ADDRESS_LIMIT} times in 10 minutes (a school behind
 * one NAT address stays far below) loses the free failures: every pair of that address
 * waits after its first failure. A login that has not failed from the address is still
 * checked, so the right password of another pupil is never refused.</li>
 * </ul>
 */
@Component
public class LoginThrottle {

	static final int FREE_FAILURES = 2;

	static final Duration FIRST_DELAY = Duration.ofSeconds(30);

	static final Duration MAX_DELAY = Duration.ofMinutes(15);

	/** A pair's failures are forgotten this long after its last one. */
	static final Duration FORGET_AFTER = Duration.ofDays(1);

	static final int ADDRESS_LIMIT = 300;

	static final Duration ADDRESS_WINDOW = Duration.ofMinutes(10);

	/** Every this many failures (on each node) the old ones are purged. */
	private static final int PURGE_EVERY = 200;

	private final AtomicInteger failures = new AtomicInteger();

	private final JdbcClient jdbc;

	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The throttle's key of a login: the account it names, or else the typed login in its
	 * normalized form (the last ten digits of a phone number, lower case otherwise).
	 */
	static String keyOf(String typedLogin, Long accountId) {
		if (accountId != null) {
			return "account:" + accountId;
		}
		String login = (typedLogin != null) ? typedLogin.strip() : "";
		String digits = login.replaceAll("[^0-9]", "");
		if (!login.contains("@") && digits.length() >= 10 && digits.length() != 12) {
			return "phone:" + digits.substring(digits.length() - 10);
		}
		return "login:" + login.toLowerCase(Locale.ROOT);
	}

	/**
	 * How long the pair must still wait before its next attempt is checked; empty when it
	 * may try now.
	 */
	public Optional<Duration> waitOf(String key, String client) {
		return standing(key, client).waitBeforeNextAttempt();
	}

	/**
	 * Whether the pair failed recently, and how long it must still wait.
	 */
	public Standing standing(String key, String client) {
		Instant now = now();
		Optional<Instant> until = this.jdbc
			.sql("select coalesce(refused_until, last_failure_at) from login_delay where login_key = ? and client = ?")
			.params(hash(key), client)
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
		return new Standing(until.isPresent(),
				until.filter(now::isBefore).map((instant) -> Duration.between(now, instant)));
	}

	/**
	 * A pair's standing: whether it has failures on record, and its wait (empty when it
	 * may try now).
	 */
	public record Standing(boolean failedBefore, Optional<Duration> waitBeforeNextAttempt) {
	}

	/**
	 * Counts a failure of the pair and of its address, in its own transaction (so that it
	 * counts even when the caller's work is rolled back).
	 * @return how long the pair must now wait; zero when it may try again at once
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Duration failed(String key, String client) {
		Instant now = now();
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		boolean strict = addressFailures(client, now) >= ADDRESS_LIMIT;
		this.jdbc.sql("insert into login_failure (client, at) values (?, ?)").params(client, at).update();
		int count = this.jdbc.sql("""
				insert into login_delay (login_key, client, failures, last_failure_at) values (?, ?, 1, ?)
				on conflict (login_key, client) do update set
					failures = case when login_delay.last_failure_at < ? then 1 else login_delay.failures + 1 end,
					last_failure_at = excluded.last_failure_at
				returning failures""")
			.params(hash(key), client, at, OffsetDateTime.ofInstant(now.minus(FORGET_AFTER), ZoneOffset.UTC))
			.query(Integer.class)
			.single();
		Duration delay = delayAfter(count, strict);
		if (!delay.isZero()) {
			this.jdbc.sql("update login_delay set refused_until = ? where login_key = ? and client = ?")
				.params(at.plus(delay), hash(key), client)
				.update();
		}
		if (this.failures.incrementAndGet() % PURGE_EVERY == 0) {
			purge();
		}
		return delay;
	}

	/**
	 * Forgets the pair's failures after a successful sign-in.
	 */
	public void succeeded(String key, String client) {
		this.jdbc.sql("delete from login_delay where login_key = ? and client = ?").params(hash(key), client).update();
	}

	/**
	 * The wait after the given number of failures in a row: none for the first
	 * {@value #FREE_FAILURES} (none at all when the address is over its limit), then 30
	 * seconds, doubling with each failure, at most 15 minutes.
	 */
	static Duration delayAfter(int failures, boolean strict) {
		int delayed = failures - (strict ? 0 : FREE_FAILURES);
		if (delayed <= 0) {
			return Duration.ZERO;
		}
		int doublings = Math.min(delayed - 1, 10);
		Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
		return (delay.compareTo(MAX_DELAY) > 0) ? MAX_DELAY : delay;
	}

	private int addressFailures(String client, Instant now) {
		return this.jdbc.sql("""
				select count(*) from (select 1 from login_failure where client = ? and at > ? limit ?) recent""")
			.params(client, OffsetDateTime.ofInstant(now.minus(ADDRESS_WINDOW), ZoneOffset.UTC), ADDRESS_LIMIT)
			.query(Integer.class)
			.single();
	}

	/**
	 * Forgets the failures of addresses older than the window and the pairs without a
	 * failure for a day, so that the tables stay small.
	 */
	public int purge() {
		Instant now = now();
		int addresses = this.jdbc.sql("delete from login_failure where at < ?")
			.param(OffsetDateTime.ofInstant(now.minus(ADDRESS_WINDOW), ZoneOffset.UTC))
			.update();
		int pairs = this.jdbc.sql("delete from login_delay where last_failure_at < ?")
			.param(OffsetDateTime.ofInstant(now.minus(FORGET_AFTER), ZoneOffset.UTC))
			.update();
		return addresses + pairs;
	}

	/** Now, to the microsecond that PostgreSQL keeps (it would round up otherwise). */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
