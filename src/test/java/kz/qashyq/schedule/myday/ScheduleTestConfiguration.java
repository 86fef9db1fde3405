package kz.qashyq.schedule.myday;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * For the schedule tests: a clock that a test can set (to read a feed of spring 2020),
 * and a count of the SQL statements prepared through the data source.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ScheduleTestConfiguration {

	@Bean
	@Primary
	SettableClock settableClock() {
		return new SettableClock();
	}

	@Bean
	StatementCounter statementCounter() {
		return new StatementCounter();
	}

	@Bean
	static BeanPostProcessor countingDataSource(
			org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)) {
					return new CountingDataSource(dataSource, counter.getObject());
				}
				return bean;
			}
		};
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

	/** Counts statements prepared on this thread. */
	public static class StatementCounter {

		private final ThreadLocal<AtomicInteger> count = ThreadLocal.withInitial(AtomicInteger::new);

		public void reset() {
			this.count.get().set(0);
		}

		public int count() {
			return this.count.get().get();
		}

		void increment() {
			this.count.get().incrementAndGet();
		}

	}

	static class CountingDataSource extends DelegatingDataSource {

		private final StatementCounter counter;

		CountingDataSource(DataSource target, StatementCounter counter) {
			super(target);
			this.counter = counter;
		}

		@Override
		public Connection getConnection() throws java.sql.SQLException {
			return wrap(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws java.sql.SQLException {
			return wrap(super.getConnection(username, password));
		}

		private Connection wrap(Connection connection) {
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						String name = method.getName();
						if (name.equals("prepareStatement") || name.equals("prepareCall")
								|| name.equals("createStatement")) {
							this.counter.increment();
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getTargetException();
						}
					});
		}

	}

}
