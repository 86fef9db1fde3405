package kz.qashyq.demo.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import kz.qashyq.access.AccountManagement;
import kz.qashyq.platform.db.DemoMode;
import kz.qashyq.schedule.TimetableRejected;
import kz.qashyq.schedule.Timetables;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
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

	/**
	 * Who generates and approves the demo timetables (in the records and the audit log).
	 */
	private static final String DEMO_ACTOR = "demo";

	/** The start of distance learning in schools (O-1.9c). */
	private static final LocalDate DISTANCE_START_2020 = LocalDate.of(2020, 4, 6);

	private final Environment environment;

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final AccountManagement accounts;

	private final Clock clock;

	private final DemoSchedule schedule;

	private final Timetables timetables;

	private final DemoContent content;

	private final DemoCoursework coursework;

	private final DemoJournal journal;

	DemoDataLoader(Environment environment, DataSource dataSource, JdbcClient jdbc,
			PlatformTransactionManager transactionManager, AccountManagement accounts, Clock clock,
			DemoSchedule schedule, Timetables timetables, DemoContent content, DemoCoursework coursework,
			DemoJournal journal) {
		this.environment = environment;
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactionManager);
		this.accounts = accounts;
		this.clock = clock;
		this.schedule = schedule;
		this.timetables = timetables;
		this.content = content;
		this.coursework = coursework;
		this.journal = journal;
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
				this.schedule.load();
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
			loadTimetables();
		}
		else if (this.jdbc.sql("select exists (select 1 from organization where bin = ?)")
			.param(DemoPlanner.CITY_SCHOOL_BIN)
			.query(Boolean.class)
			.single()) {
			logger.info("Demo data present (loaded on an earlier start)");
			if (!this.jdbc.sql("select exists (select 1 from discipline)").query(Boolean.class).single()) {
				// a demo database from a release before content, coursework and the
				// journal
				logger.info("Adding the demo content, coursework and journal to the demo data of an earlier release");
				loadLearningWork(this.jdbc.sql("select id from organization where bin = ?")
					.param(DemoPlanner.CITY_SCHOOL_BIN)
					.query(Long.class)
					.single());
			}
		}
		else {
			logger.warn("Demo mode is on, but the database held organizations before its first start: "
					+ "no demo data and no demo accounts loaded");
		}
		return loaded;
	}

	/**
	 * Gives every demo organization with classes or groups a study load derived from its
	 * teaching assignments and an approved, generated timetable from the Monday of the
	 * current week (the city school also one from 6 April 2020, archived by the current
	 * one). A timetable the policy does not allow is logged and left out.
	 */
	private void loadTimetables() {
		long started = System.nanoTime();
		LocalDate monday = LocalDate.now(this.clock.withZone(kz.qashyq.platform.i18n.LocalTimes.NATIONAL))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Long citySchool = this.jdbc.sql("select id from organization where bin = ?")
			.param(DemoPlanner.CITY_SCHOOL_BIN)
			.query(Long.class)
			.optional()
			.orElse(null);
		List<Long> organizations = this.jdbc
			.sql("select distinct organization_id from study_group order by organization_id")
			.query(Long.class)
			.list();
		int approved = 0;
		for (long organization : organizations) {
			this.timetables.deriveStudyLoad(organization, DEMO_ACTOR);
			List<LocalDate> dates = (citySchool != null && citySchool == organization)
					? List.of(DISTANCE_START_2020, monday) : List.of(monday);
			for (LocalDate validFrom : dates) {
				try {
					this.timetables.generateAndApprove(organization, validFrom, DEMO_ACTOR);
					approved++;
				}
				catch (TimetableRejected ex) {
					logger.warn(String.format("No demo timetable for organization %d from %s: %s", organization,
							validFrom, ex.problems()));
				}
			}
		}
		logger.info(String.format("Demo timetables generated and approved in %d ms: %d timetables for %d organizations",
				(System.nanoTime() - started) / 1_000_000, approved, organizations.size()));
		loadLearningWork(citySchool);
	}

	/**
	 * Publishes the demo coursework's grades once the application has started (see
	 * {@link DemoCoursework#publishGrades()}); the journal receives them asynchronously.
	 */
	@EventListener
	void onStarted(ApplicationStartedEvent event) {
		int published = this.coursework.publishGrades();
		if (published > 0) {
			logger.info(String.format("Demo grades published to the journal: %d", published));
		}
	}

	/**
	 * The content, coursework and journal of the current week, over the approved
	 * timetables: disciplines, complexes and plans, then assignments with submissions and
	 * grades (whose {@code WorkGraded} events post the journal's marks), then attendance.
	 */
	private void loadLearningWork(Long citySchool) {
		this.content.load(citySchool);
		long courseworkStarted = System.nanoTime();
		int assignments = this.coursework.load();
		logger.info(String.format("Demo coursework loaded in %d ms: %d assignments with submissions and grades",
				(System.nanoTime() - courseworkStarted) / 1_000_000, assignments));
		this.journal.load();
	}

}
