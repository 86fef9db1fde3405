package kz.qashyq.directory.internal.roster;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import kz.qashyq.platform.jobs.BackgroundWork;
import kz.qashyq.platform.security.QashyqUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs roster imports in the background on a bounded pool, as the user who uploaded them
 * (so that the audit log names them). While it holds a job the node renews the job's
 * lease; at start-up it fails the jobs it left running before a restart, and it keeps
 * failing jobs whose node has gone (lease not renewed).
 */
@Component
class RosterImportRunner implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(RosterImportRunner.class);

	private final RosterImporter importer;

	private final RosterJobStore jobs;

	private final RosterProperties properties;

	private final String node;

	private final ThreadPoolExecutor executor;

	private final ScheduledExecutorService leases;

	private final Set<UUID> held = ConcurrentHashMap.newKeySet();

	RosterImportRunner(RosterImporter importer, RosterJobStore jobs, RosterProperties properties,
			Environment environment) {
		this.importer = importer;
		this.jobs = jobs;
		this.properties = properties;
		this.node = BackgroundWork.nodeName(properties.node(), environment);
		this.executor = BackgroundWork.boundedPool("roster-import", properties.workers(), properties.queueCapacity());
		this.leases = BackgroundWork.watcher("roster-import-lease");
	}

	String node() {
		return this.node;
	}

	/**
	 * Queues a job; false when the queue is full.
	 */
	boolean submit(UUID jobId, QashyqUser user) {
		this.held.add(jobId);
		try {
			this.executor.execute(() -> runAs(jobId, user));
			return true;
		}
		catch (RejectedExecutionException ex) {
			this.held.remove(jobId);
			return false;
		}
	}

	private void runAs(UUID jobId, QashyqUser user) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			this.importer.run(jobId);
		}
		catch (RuntimeException ex) {
			logger.error("Roster import {} ended unexpectedly", jobId, ex);
		}
		finally {
			SecurityContextHolder.clearContext();
			this.held.remove(jobId);
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		int failed = this.jobs.failAbandoned(this.node, this.properties.staleAfter(), true);
		if (failed > 0) {
			logger.warn("Marked {} roster import(s) left running before a restart as failed", failed);
		}
		long period = this.properties.heartbeat().toMillis();
		this.leases.scheduleWithFixedDelay(this::renewLeases, period, period, TimeUnit.MILLISECONDS);
	}

	void renewLeases() {
		try {
			this.jobs.heartbeat(Set.copyOf(this.held));
			int failed = this.jobs.failAbandoned(this.node, this.properties.staleAfter(), false);
			if (failed > 0) {
				logger.warn("Marked {} roster import(s) of nodes that are gone as failed", failed);
			}
		}
		catch (RuntimeException ex) {
			logger.warn("Could not renew the roster import leases", ex);
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		this.leases.shutdownNow();
		this.executor.shutdownNow();
		this.executor.awaitTermination(10, TimeUnit.SECONDS);
	}

}
