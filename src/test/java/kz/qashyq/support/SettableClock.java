package kz.qashyq.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in a test that moves time instead of sleeping: the system clock
 * until the test moves it, then the instant it was moved to. Import
 * {@link SettableClock.Configuration} to make it the application's clock.
 */
public class SettableClock extends Clock {

	private final AtomicReference<Instant> fixed = new AtomicReference<>();

	/** Moves the clock forward (from now, or from where it was moved to). */
	public void advance(Duration duration) {
		this.fixed.set(instant().plus(duration));
	}

	public void reset() {
		this.fixed.set(null);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

	@Override
	public Instant instant() {
		Instant at = this.fixed.get();
		return (at != null) ? at : Instant.now();
	}

	/**
	 * Makes a {@link SettableClock} the application's clock.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		SettableClock settableClock() {
			return new SettableClock();
		}

	}

}
