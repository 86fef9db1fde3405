package kz.qashyq.access.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lockout and rate limit of sign-in (kept in the database, so that every node sees the
 * same counts): an account is locked for 15 minutes after 5 failures in a row; a client
 * address that failed 20 times in 10 minutes is refused until the window passes.
 */
@Component
public class LoginThrottle {

	static final int LOCK_AFTER = 5;

	static final Duration LOCK_FOR = Duration.ofMinutes(15);

	static final int CLIENT_LIMIT = 20;

	static final Duration CLIENT_WINDOW = Duration.ofMinutes(10);

	/** Every this many failures (on each node) the old ones are purged. */
	private static final int PURGE_EVERY = 200;

	private final AtomicInteger failures = new AtomicInteger();

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	LoginThrottle(JdbcClient jdbc, AccountRepository accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	public boolean isClientThrottled(String client) {
		int failures = this.jdbc
			.sql("select count(*) from login_failure where client = ? and at > now() - ? * interval '1 second'")
			.params(client, CLIENT_WINDOW.toSeconds())
			.query(Integer.class)
			.single();
		return failures >= CLIENT_LIMIT;
	}

	/**
	 * Counts a failure of the client (and of the account, when the password was wrong);
	 * in its own transaction, so that it counts even when the caller's work is rolled
	 * back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String client, Long accountId) {
		this.jdbc.sql("insert into login_failure (client) values (?)").param(client).update();
		if (this.failures.incrementAndGet() % PURGE_EVERY == 0) {
			purge();
		}
		if (accountId != null) {
			this.accounts.recordFailure(accountId, LOCK_AFTER, LOCK_FOR);
		}
	}

	public void succeeded(long accountId) {
		this.accounts.recordSuccess(accountId);
	}

	/**
	 * Forgets failures older than the window, so that the table stays small.
	 */
	public int purge() {
		return this.jdbc.sql("delete from login_failure where at < now() - ? * interval '1 second'")
			.param(CLIENT_WINDOW.toSeconds())
			.update();
	}

}
