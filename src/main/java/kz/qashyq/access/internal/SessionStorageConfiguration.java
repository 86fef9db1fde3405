package kz.qashyq.access.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions in PostgreSQL (Spring Session JDBC), tuned for the morning peak.
 * <ul>
 * <li>A session attribute is written with {@code INSERT ... ON CONFLICT DO UPDATE}, so
 * two requests of one user in flight at once (a page and its htmx requests) cannot both
 * insert it and fail on the primary key.</li>
 * <li>The row's last access time is written at most once per {@link #ACCESS_GRANULARITY}
 * instead of on every request: a signed-in page view reads its session and writes
 * nothing. A session may therefore end up to that much earlier than its timeout
 * says.</li>
 * <li>A session is read once per request: Spring Session's filter looks the session up
 * again right after saving it (spring-session#1731); within the same request that lookup
 * gets the session just saved instead of a second query.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionStorageConfiguration {

	/** How stale the stored last access time may be before a request writes it. */
	static final Duration ACCESS_GRANULARITY = Duration.ofMinutes(1);

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

	@Bean
	@ConditionalOnWebApplication // the benchmark generator runs without a web server and
									// without sessions
	FilterRegistrationBean<OncePerRequestFilter> sessionLookupScope(FindByIndexNameSessionRepository<?> sessions) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				((CoarseAccessSessionRepository) sessions).requestScope());
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	/**
	 * Wraps Spring Boot's JDBC session repository where it is made, so that the session
	 * filter and everything else that asks for the session repository get the wrapper.
	 */
	@Bean
	static BeanPostProcessor coarseAccessSessions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository sessions)
						? new CoarseAccessSessionRepository(sessions, ACCESS_GRANULARITY) : bean;
			}
		};
	}

	/**
	 * The JDBC repository with sessions whose last access time only moves in steps of the
	 * granularity, so that an unchanged session is not saved.
	 */
	static final class CoarseAccessSessionRepository implements
			FindByIndexNameSessionRepository<CoarseAccessSessionRepository.CoarseAccessSession>, DisposableBean {

		private final JdbcIndexedSessionRepository repository;

		private final FindByIndexNameSessionRepository<Session> delegate;

		private final Duration granularity;

		/**
		 * The session this request saved last, until the next lookup; never outlives the
		 * request ({@link #requestScope}).
		 */
		private final ThreadLocal<CoarseAccessSession> justSaved = new ThreadLocal<>();

		@SuppressWarnings({ "unchecked", "rawtypes" })
		CoarseAccessSessionRepository(JdbcIndexedSessionRepository delegate, Duration granularity) {
			// JdbcIndexedSessionRepository's session type is package-private; the raw
			// view
			// hands each session back to the repository that made it
			this.repository = delegate;
			this.delegate = (FindByIndexNameSessionRepository) delegate;
			this.granularity = granularity;
		}

		@Override
		public void destroy() {
			this.repository.destroy();
		}

		@Override
		public CoarseAccessSession createSession() {
			return new CoarseAccessSession(this.delegate.createSession(), this.granularity);
		}

		@Override
		public void save(CoarseAccessSession session) {
			this.delegate.save(session.delegate);
			this.justSaved.set(session);
		}

		@Override
		public CoarseAccessSession findById(String id) {
			CoarseAccessSession saved = this.justSaved.get();
			this.justSaved.remove();
			if (saved != null && saved.getId().equals(id)) {
				return saved;
			}
			Session session = this.delegate.findById(id);
			return (session != null) ? new CoarseAccessSession(session, this.granularity) : null;
		}

		@Override
		public void deleteById(String id) {
			this.justSaved.remove();
			this.delegate.deleteById(id);
		}

		@Override
		public Map<String, CoarseAccessSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
			Map<String, CoarseAccessSession> sessions = new LinkedHashMap<>();
			this.delegate.findByIndexNameAndIndexValue(indexName, indexValue)
				.forEach((id, session) -> sessions.put(id, new CoarseAccessSession(session, this.granularity)));
			return sessions;
		}

		/**
		 * A filter ahead of the session filter that keeps what a request saved from
		 * reaching the next request on the same thread.
		 */
		OncePerRequestFilter requestScope() {
			return new OncePerRequestFilter() {
				@Override
				protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
						FilterChain chain) throws ServletException, IOException {
					CoarseAccessSessionRepository.this.justSaved.remove();
					try {
						chain.doFilter(request, response);
					}
					finally {
						CoarseAccessSessionRepository.this.justSaved.remove();
					}
				}
			};
		}

		/**
		 * A stored session whose last access time is only set when it has grown stale.
		 */
		static final class CoarseAccessSession implements Session {

			private final Session delegate;

			private final Duration granularity;

			CoarseAccessSession(Session delegate, Duration granularity) {
				this.delegate = delegate;
				this.granularity = granularity;
			}

			@Override
			public void setLastAccessedTime(Instant lastAccessedTime) {
				if (Duration.between(this.delegate.getLastAccessedTime(), lastAccessedTime)
					.compareTo(this.granularity) >= 0) {
					this.delegate.setLastAccessedTime(lastAccessedTime);
				}
			}

			@Override
			public Instant getLastAccessedTime() {
				return this.delegate.getLastAccessedTime();
			}

			@Override
			public String getId() {
				return this.delegate.getId();
			}

			@Override
			public String changeSessionId() {
				return this.delegate.changeSessionId();
			}

			@Override
			public <T> T getAttribute(String attributeName) {
				return this.delegate.getAttribute(attributeName);
			}

			@Override
			public Set<String> getAttributeNames() {
				return this.delegate.getAttributeNames();
			}

			@Override
			public void setAttribute(String attributeName, Object attributeValue) {
				this.delegate.setAttribute(attributeName, attributeValue);
			}

			@Override
			public void removeAttribute(String attributeName) {
				this.delegate.removeAttribute(attributeName);
			}

			@Override
			public Instant getCreationTime() {
				return this.delegate.getCreationTime();
			}

			@Override
			public void setMaxInactiveInterval(Duration interval) {
				this.delegate.setMaxInactiveInterval(interval);
			}

			@Override
			public Duration getMaxInactiveInterval() {
				return this.delegate.getMaxInactiveInterval();
			}

			@Override
			public boolean isExpired() {
				return this.delegate.isExpired();
			}

		}

	}

}
