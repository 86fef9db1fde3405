package kz.qashyq.schedule.internal.timetable;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.jobs.BackgroundWork;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.web.NotFoundException;
import kz.qashyq.schedule.TimetableProblem;
import kz.qashyq.schedule.TimetableRejected;
import kz.qashyq.schedule.internal.timetable.TimetableAccess.Checked;
import kz.qashyq.schedule.internal.timetable.TimetableGenerator.Prepared;
import kz.qashyq.schedule.internal.timetable.TimetableRepository.JobRow;
import kz.qashyq.schedule.internal.timetable.solver.TimetablePlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Timetable generation runs (O-1.10d): a run is a row of {@code timetable_job} that any
 * node can show; it is solved on a small bounded pool of this node, which records the
 * best score as it improves, renews the run's heartbeat, and stops the solver when
 * someone asks (on any node). The best solution found becomes a DRAFT timetable, also
 * when stopped.
 */
@Service
public class TimetableGenerationService implements DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(TimetableGenerationService.class);

	private final TimetableGenerator generator;

	private final TimetableRepository repository;

	private final TimetableAccess access;

	private final TimetableService timetables;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	private final Duration limit;

	private final Duration unimproved;

	private final String node;

	private final ThreadPoolExecutor executor;

	private final ScheduledExecutorService watcher;

	private final Map<Long, Solver<?>> running = new ConcurrentHashMap<>();

	TimetableGenerationService(TimetableGenerator generator, TimetableRepository repository, TimetableAccess access,
			TimetableService timetables, AuditTrail audit, PlatformTransactionManager transactionManager,
			Environment environment, @Value("${qashyq.timetable.solver.seconds:20}") int seconds,
			@Value("${qashyq.timetable.solver.unimproved-seconds:5}") int unimprovedSeconds,
			@Value("${qashyq.timetable.solver.workers:1}") int workers,
			@Value("${qashyq.timetable.solver.queue:2}") int queue) {
		this.generator = generator;
		this.repository = repository;
		this.access = access;
		this.timetables = timetables;
		this.audit = audit;
		this.transaction = new TransactionTemplate(transactionManager);
		this.limit = Duration.ofSeconds(Math.max(1, seconds));
		this.unimproved = Duration.ofSeconds(Math.max(1, unimprovedSeconds));
		this.node = BackgroundWork.nodeName(environment.getProperty("qashyq.node"), environment);
		this.executor = BackgroundWork.boundedPool("timetable-solver", workers, queue);
		this.watcher = BackgroundWork.watcher("timetable-solver-watch");
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		int failed = this.repository.failAbandoned(this.node, true);
		if (failed > 0) {
			logger.warn("{} timetable runs left unfinished by an earlier start were marked failed", failed);
		}
		this.watcher.scheduleWithFixedDelay(this::watch, 1, 1, TimeUnit.SECONDS);
	}

	private void watch() {
		try {
			List<Long> held = List.copyOf(this.running.keySet());
			this.repository.heartbeat(held);
			for (Long jobId : held) {
				if (this.repository.stopRequested(jobId)) {
					Solver<?> solver = this.running.get(jobId);
					if (solver != null) {
						solver.terminateEarly();
					}
				}
			}
			this.repository.failAbandoned(this.node, false);
		}
		catch (RuntimeException ex) {
			logger.warn("Timetable run watch failed: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		this.running.values().forEach(Solver::terminateEarly);
		this.watcher.shutdownNow();
		this.executor.shutdownNow();
	}

	/**
	 * Starts a generation run for the organization.
	 * @return the run's id
	 * @throws TimetableRejected when the load cannot be scheduled (nothing is started),
	 * when a run of the organization is going on or this node is busy
	 */
	public long start(long organizationId, String validFrom) {
		Checked checked = this.access.organization(Permission.MANAGE_TIMETABLE, organizationId);
		LocalDate date = TimetableService.parseDate(validFrom);
		Prepared prepared = this.generator.prepare(organizationId, date, true);
		long jobId;
		try {
			jobId = this.repository.createJob(organizationId, date, prepared.plan().getLessons().size(),
					(int) this.limit.toSeconds(), checked.user().getUsername(), this.node, "QUEUED");
		}
		catch (DuplicateKeyException ex) {
			throw new TimetableRejected(TimetableProblem.of("timetable.error.running"));
		}
		QashyqUser user = checked.user();
		try {
			this.executor.execute(() -> runAs(jobId, prepared, user));
		}
		catch (RejectedExecutionException ex) {
			this.repository.jobFinished(jobId, "FAILED", null, null, null, null, "busy");
			throw new TimetableRejected(TimetableProblem.of("timetable.error.busy"));
		}
		this.audit.record(AuditEvent.of("TIMETABLE_GENERATION_STARTED", "ORGANIZATION", organizationId, checked.path(),
				"run " + jobId + ", valid from " + date));
		return jobId;
	}

	private void runAs(long jobId, Prepared prepared, QashyqUser user) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			run(jobId, prepared, user.getUsername(), this.limit, this.unimproved, 0);
		}
		catch (RuntimeException ex) {
			logger.error("Timetable run {} failed", jobId, ex);
			this.repository.jobFinished(jobId, "FAILED", null, null, null, null, ex.getClass().getSimpleName());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/**
	 * Solves and stores the best solution as a draft; returns the draft's id.
	 */
	private long run(long jobId, Prepared prepared, String actor, Duration limit, Duration unimproved, int retries) {
		this.repository.jobRunning(jobId);
		AtomicLong lastReport = new AtomicLong();
		TimetablePlan best;
		try {
			best = this.generator.solve(prepared, limit, unimproved, (solver) -> this.running.put(jobId, solver),
					(solution) -> {
						long now = System.nanoTime();
						if (now - lastReport.get() > 300_000_000L && solution.getScore() != null
								&& solution.getScore().isSolutionInitialized()) {
							lastReport.set(now);
							HardSoftScore score = solution.getScore();
							this.repository.jobProgress(jobId, score.toString(), score.hardScore(), score.softScore());
						}
					});
		}
		finally {
			this.running.remove(jobId);
		}
		// a short (system) run that ended before it was feasible goes on from its best
		// solution, a few times at most
		for (int extra = 0; extra < retries && !this.repository.stopRequested(jobId)
				&& !TimetableGenerator.complete(best); extra++) {
			best = this.generator.solve(new Prepared(prepared.organizationId(), prepared.validFrom(), best,
					prepared.groups(), prepared.distance()), limit, unimproved, null, null);
		}
		boolean stopped = this.repository.stopRequested(jobId);
		HardSoftScore score = TimetableGenerator.complete(best) ? best.getScore()
				: HardSoftScore.of(
						Math.min(-1, TimetableGenerator.hard(best.getScore())) - TimetableGenerator.unplaced(best),
						(best.getScore() != null) ? best.getScore().softScore() : 0);
		TimetablePlan result = best;
		Long timetableId = this.transaction.execute((status) -> this.generator.saveDraft(prepared, result, actor));
		this.repository.jobFinished(jobId, stopped ? "STOPPED" : "DONE", timetableId, String.valueOf(score),
				(score != null) ? score.hardScore() : null, (score != null) ? score.softScore() : null, null);
		return timetableId;
	}

	/**
	 * Generates synchronously (the facade): a run recorded under the actor, its draft
	 * returned.
	 */
	long generateNow(long organizationId, LocalDate validFrom, String actor, Duration limit, Duration unimproved) {
		Prepared prepared = this.generator.prepare(organizationId, validFrom, true);
		long jobId;
		try {
			jobId = this.repository.createJob(organizationId, validFrom, prepared.plan().getLessons().size(),
					(int) Math.max(1, limit.toSeconds()), actor, this.node, "RUNNING");
		}
		catch (DuplicateKeyException ex) {
			throw new TimetableRejected(TimetableProblem.of("timetable.error.running"));
		}
		try {
			long timetableId = run(jobId, prepared, actor, limit, unimproved, 5);
			if (!this.repository.job(jobId).map((job) -> Integer.valueOf(0).equals(job.hardScore())).orElse(false)) {
				throw new TimetableRejected(TimetableProblem.of("timetable.error.unsolved"));
			}
			return timetableId;
		}
		catch (RuntimeException ex) {
			this.repository.jobFinished(jobId, "FAILED", null, null, null, null, ex.getClass().getSimpleName());
			throw ex;
		}
	}

	/**
	 * A run, for whoever manages the organization's timetable.
	 */
	public JobView job(long jobId) {
		JobRow job = this.repository.job(jobId).orElseThrow(() -> new NotFoundException("timetable run " + jobId));
		Checked checked = this.access.organization(Permission.MANAGE_TIMETABLE, job.organizationId());
		return new JobView(job, checked.organization().name().current(),
				checked.user().can(Permission.APPROVE_TIMETABLE, checked.path()));
	}

	/**
	 * Asks the run to stop; it keeps its best solution as a draft.
	 */
	public long stop(long jobId) {
		JobRow job = this.repository.job(jobId).orElseThrow(() -> new NotFoundException("timetable run " + jobId));
		Checked checked = this.access.organization(Permission.MANAGE_TIMETABLE, job.organizationId());
		if (this.repository.requestStop(jobId)) {
			Solver<?> solver = this.running.get(jobId);
			if (solver != null) {
				solver.terminateEarly();
			}
			this.audit.record(AuditEvent.of("TIMETABLE_GENERATION_STOPPED", "ORGANIZATION", job.organizationId(),
					checked.path(), "run " + jobId));
		}
		return job.organizationId();
	}

	public record JobView(JobRow job, String organizationName, boolean canApprove) {

	}

}
