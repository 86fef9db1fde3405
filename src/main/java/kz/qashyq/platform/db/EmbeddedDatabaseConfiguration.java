package kz.qashyq.platform.db;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The default run: when no external database is configured
 * ({@code spring.datasource.url}, for example through {@code SPRING_DATASOURCE_URL}), an
 * embedded PostgreSQL is started with its data under {@code qashyq.embedded-db.data-dir}
 * (default {@code ./data/pg}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoExternalDatabase.class)
public class EmbeddedDatabaseConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(@Value("${qashyq.embedded-db.data-dir:./data/pg}") Path dataDir,
			@Value("${qashyq.embedded-db.port:0}") int port) {
		return EmbeddedPostgresServer.start(dataDir, port);
	}

	@Bean
	DataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername("postgres");
		dataSource.setPoolName("qashyq-embedded");
		dataSource.setMaximumPoolSize(20);
		// On a JVM shutdown the embedded library's own hook may stop the server before
		// the last beans close:
		// a short wait keeps the shutdown quick (outstanding events are republished on
		// the next start).
		dataSource.setConnectionTimeout(5000);
		return dataSource;
	}

	/**
	 * Matches when {@code spring.datasource.url} is not set.
	 */
	static class NoExternalDatabase implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
