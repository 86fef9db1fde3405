package kz.qashyq.platform.db;

import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * A transaction started by a web request ends within a time limit
 * ({@code qashyq.web.transaction-timeout}, 20 s by default): each statement runs with the
 * time left as its query timeout, so a request stuck behind a lock or a slow query is
 * cancelled and rolled back whole, and the client gets a clear "try again" (see
 * {@code platform.web.BusyResponses}) instead of waiting until its own connection gives
 * up. Jobs outside a request (the demo and benchmark loaders, event listeners, imports
 * started at boot) keep no limit; a transaction that names its own timeout keeps it.
 */
@Configuration(proxyBeanMethods = false)
public class RequestTransactionTimeout {

	@Bean
	JdbcTransactionManager transactionManager(DataSource dataSource,
			ObjectProvider<TransactionManagerCustomizers> customizers,
			@Value("${qashyq.web.transaction-timeout:20s}") Duration timeout) {
		JdbcTransactionManager manager = new RequestBoundTransactionManager(dataSource,
				(int) Math.max(1, timeout.toSeconds()));
		customizers.ifAvailable((c) -> c.customize(manager));
		return manager;
	}

	static final class RequestBoundTransactionManager extends JdbcTransactionManager {

		private final int requestTimeoutSeconds;

		RequestBoundTransactionManager(DataSource dataSource, int requestTimeoutSeconds) {
			super(dataSource);
			this.requestTimeoutSeconds = requestTimeoutSeconds;
		}

		@Override
		protected int determineTimeout(TransactionDefinition definition) {
			if (definition.getTimeout() != TransactionDefinition.TIMEOUT_DEFAULT) {
				return definition.getTimeout();
			}
			if (RequestContextHolder.getRequestAttributes() != null) {
				return this.requestTimeoutSeconds;
			}
			return super.determineTimeout(definition);
		}

	}

}
