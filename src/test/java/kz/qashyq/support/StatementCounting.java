package kz.qashyq.support;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the SQL statements prepared through the application's data source, per thread,
 * and per HTTP request: a filter ahead of every other one (the session filter and Spring
 * Security included) records how many statements each request prepared from its first
 * filter to the end of its response, session save included.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

	@Bean
	StatementCounter statementCounter() {
		return new StatementCounter();
	}

	@Bean
	static BeanPostProcessor countingDataSource(ObjectProvider<StatementCounter> counter) {
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

	@Bean
	FilterRegistrationBean<RequestStatements> requestStatements(StatementCounter counter) {
		FilterRegistrationBean<RequestStatements> registration = new FilterRegistrationBean<>(
				new RequestStatements(counter));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Statements prepared on this thread since the last reset. */
	public static class StatementCounter {

		private final ThreadLocal<AtomicInteger> count = ThreadLocal.withInitial(AtomicInteger::new);

		private final Map<String, Integer> requests = new ConcurrentHashMap<>();

		public void reset() {
			this.count.get().set(0);
		}

		public int count() {
			return this.count.get().get();
		}

		/**
		 * The statements of the last request to this method and path (with its query),
		 * such as {@code GET /schedule/my/day}.
		 * @throws IllegalStateException when no such request was served
		 */
		public int ofRequest(String methodAndPath) {
			Integer statements = this.requests.get(methodAndPath);
			if (statements == null) {
				throw new IllegalStateException("No request " + methodAndPath + " among " + this.requests.keySet());
			}
			return statements;
		}

		void increment() {
			this.count.get().incrementAndGet();
		}

	}

	static class RequestStatements extends OncePerRequestFilter {

		private final StatementCounter counter;

		RequestStatements(StatementCounter counter) {
			this.counter = counter;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			this.counter.reset();
			try {
				chain.doFilter(request, response);
			}
			finally {
				String query = request.getQueryString();
				this.counter.requests.put(
						request.getMethod() + " " + request.getRequestURI() + ((query != null) ? "?" + query : ""),
						this.counter.count());
			}
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
