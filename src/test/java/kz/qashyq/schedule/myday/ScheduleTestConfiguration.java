package kz.qashyq.schedule.myday;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import kz.qashyq.support.StatementCounting;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * For the schedule tests: a clock that a test can set (to read a feed of spring 2020),
 * and a count of the SQL statements prepared through the data source
 * ({@link StatementCounting}).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(StatementCounting.class)
public class ScheduleTestConfiguration {

	@Bean
	@Primary
	SettableClock settableClock() {
		return new SettableClock();
	}

	/** The system clock unless a test set an instant. */
	public static class SettableClock extends Clock {

		private final AtomicReference<Instant> fixed = new AtomicReference<>();

		public void set(Instant instant) {
			this.fixed.set(instant);
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
			Instant at = instant();
			return Clock.fixed(at, zone);
		}

		@Override
		public Instant instant() {
			Instant at = this.fixed.get();
			return (at != null) ? at : Instant.now();
		}

	}

}
