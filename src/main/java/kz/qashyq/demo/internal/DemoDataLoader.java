package kz.qashyq.demo.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

import javax.sql.DataSource;

import kz.qashyq.access.AccountManagement;
import kz.qashyq.platform.db.DemoMode;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data on the first start in demo mode: after Flyway has migrated (all
 * singletons exist) and before the web server opens its port. A database that holds any
 * organization already is left alone, so a restart never loads twice. Nodes that start
 * together take turns through an advisory lock.
 */
@Component
public class DemoDataLoader implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(DemoDataLoader.class);

	/** The key of the advisory lock held while the demo data is checked and loaded. */
	private static final long LOCK = 0x51A5_11DE_0DA7_AL;

	private final Environment environment;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final AccountManagement accounts;

	private final Clock clock;

	DemoDataLoader(Environment environment, DataSource dataSource, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, AccountManagement accounts, Clock clock) {
		this.environment = environment;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (DemoMode.isEnabled(this.environment)) {
			loadIfEmpty();
		}
	}

	/**
	 * Loads the demo data and the demo accounts in one transaction, unless the database
	 * holds an organization already.
	 * @return the plan that was loaded, or empty when nothing was loaded
	 */
	public Optional<DemoPlan> loadIfEmpty() {
		long started = System.nanoTime();
		Optional<DemoPlan> loaded = this.transaction.execute((status) -> {
			this.jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query((rs) -> {
			});
			if (this.jdbc.sql("select exists (select 1 from organization)").query(Boolean.class).single()) {
				return Optional.empty();
			}
			Connection connection = DataSourceUtils.getConnection(this.dataSource);
			try {
				DemoPlan plan = DemoDirectoryWriter.write(connection, AcademicYear.current(this.clock));
				DemoAccounts.create(this.accounts, plan);
				DemoRegimes.record(this.jdbc);
				return Optional.of(plan);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("The demo data could not be written: " + ex.getMessage(), ex);
			}
			finally {
				DataSourceUtils.releaseConnection(connection, this.dataSource);
			}
		});
		if (loaded.isPresent()) {
			DemoPlan.Counts counts = loaded.get().counts();
			logger.info(String.format(
					"Demo data loaded in %d ms: %d organizations, %d classes and groups, %d learners in %d families, "
							+ "%d parents, %d staff, %d demo accounts (academic year %d/%d)",
					(System.nanoTime() - started) / 1_000_000, counts.organizations(), counts.groups(),
					counts.learners(), counts.families(), counts.parents(), counts.staff(), DemoAccounts.ALL.size(),
					loaded.get().academicYear(), loaded.get().academicYear() + 1));
		}
		else if (this.jdbc.sql("select exists (select 1 from organization where bin = ?)")
			.param(DemoPlanner.CITY_SCHOOL_BIN)
			.query(Boolean.class)
			.single()) {
			logger.info("Demo data present (loaded on an earlier start)");
		}
		else {
			logger.warn("Demo mode is on, but the database held organizations before its first start: "
					+ "no demo data and no demo accounts loaded");
		}
		return loaded;
	}

}
