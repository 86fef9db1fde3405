package kz.qashyq.support;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * One PostgreSQL server per test run, a fresh database per test context. The server is
 * the embedded one (fast test settings: fsync off), or an external one when
 * {@code QASHYQ_TEST_DATABASE_URL} names a database on it that the tests may create
 * databases from (for machines that refuse the embedded server).
 */
public class SharedTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final AtomicInteger databases = new AtomicInteger();

	private static String adminUrl;

	private static String adminUser;

	private static String adminPassword;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			return;
		}
		String name = "qashyq_test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
		String url = createDatabase(name);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("sharedTestDatabase", Map.of("spring.datasource.url", url,
					"spring.datasource.username", adminUser, "spring.datasource.password", adminPassword)));
	}

	private static synchronized String createDatabase(String name) {
		ensureServer();
		try (Connection connection = DriverManager.getConnection(adminUrl, adminUser, adminPassword);
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create the test database " + name + " on " + adminUrl, ex);
		}
		return adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
	}

	private static void ensureServer() {
		if (adminUrl != null) {
			return;
		}
		String external = System.getenv("QASHYQ_TEST_DATABASE_URL");
		if (StringUtils.hasText(external)) {
			adminUrl = external;
			adminUser = System.getenv().getOrDefault("QASHYQ_TEST_DATABASE_USER", "postgres");
			adminPassword = System.getenv().getOrDefault("QASHYQ_TEST_DATABASE_PASSWORD", "");
			return;
		}
		try {
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					postgres.close();
				}
				catch (IOException ex) {
					// the JVM is going away; the server's temporary folder is removed
					// with it
				}
			}));
			adminUrl = postgres.getJdbcUrl("postgres", "postgres");
			adminUser = "postgres";
			adminPassword = "";
		}
		catch (IOException ex) {
			throw new IllegalStateException("The embedded PostgreSQL for the tests could not start (" + ex.getMessage()
					+ "). Point the tests at a PostgreSQL server instead: QASHYQ_TEST_DATABASE_URL="
					+ "jdbc:postgresql://host:5432/postgres with QASHYQ_TEST_DATABASE_USER and _PASSWORD.", ex);
		}
	}

}
