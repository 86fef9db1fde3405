package kz.qashyq.directory.internal.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kz.qashyq.directory.Directory;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.spreadsheet.Sheet;
import kz.qashyq.platform.spreadsheet.SpreadsheetException;
import kz.qashyq.platform.spreadsheet.SpreadsheetReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One import from start to end: read the file, find the header, check every row; then
 * either reject the file with all its errors, or write everything in one transaction and
 * record it in the audit log. Nothing is written unless the whole file is valid.
 */
@Component
class RosterImporter {

	private static final Logger logger = LoggerFactory.getLogger(RosterImporter.class);

	/**
	 * Namespace of the advisory lock that lets one import at a time write per
	 * organization.
	 */
	private static final long LOCK_SPACE = 0x526F73_0000_0000L;

	private final RosterJobStore jobs;

	private final RosterRepository repository;

	private final RosterVocabulary vocabulary;

	private final RosterWriter writer;

	private final AuditTrail audit;

	private final Directory directory;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final RosterProperties properties;

	private final Clock clock;

	RosterImporter(RosterJobStore jobs, RosterRepository repository, RosterVocabulary vocabulary, RosterWriter writer,
			AuditTrail audit, Directory directory, JdbcClient jdbc, PlatformTransactionManager transactions,
			RosterProperties properties, Clock clock) {
		this.jobs = jobs;
		this.repository = repository;
		this.vocabulary = vocabulary;
		this.writer = writer;
		this.audit = audit;
		this.directory = directory;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Runs a pending job to its end (DONE, REJECTED or FAILED); does nothing for a job
	 * that is not pending.
	 */
	void run(UUID jobId) {
		RosterJob job = this.jobs.find(jobId).orElse(null);
		if (job == null || !this.jobs.start(jobId)) {
			return;
		}
		try {
			process(job);
		}
		catch (RosterFileException ex) {
			this.jobs.finishWithErrors(jobId, RosterJob.Status.REJECTED, List.of(ex.toError()), 1);
		}
		catch (DataIntegrityViolationException ex) {
			logger.warn("Roster import {} conflicted with a concurrent change", jobId, ex);
			this.jobs.finishWithErrors(jobId, RosterJob.Status.FAILED, List.of(RowError.ofFile("CONFLICT", List.of())),
					1);
		}
		catch (RuntimeException ex) {
			logger.error("Roster import {} failed", jobId, ex);
			this.jobs.finishWithErrors(jobId, RosterJob.Status.FAILED, List.of(RowError.ofFile("INTERNAL", List.of())),
					1);
		}
	}

	private void process(RosterJob job) {
		UUID id = job.id();
		long started = System.nanoTime();
		byte[] content = this.jobs.content(id);
		Sheet sheet;
		try {
			sheet = SpreadsheetReader.read(content, job.fileType(), this.properties.maxRows() + 12);
		}
		catch (SpreadsheetException ex) {
			throw RosterFileException.of(ex);
		}
		RosterHeader header = RosterHeader.find(job.kind(), sheet, this.vocabulary);
		int total = header.dataRows().size();
		if (total == 0) {
			throw new RosterFileException("FILE_NO_ROWS");
		}
		if (total > this.properties.maxRows()) {
			throw new RosterFileException("FILE_TOO_MANY_ROWS", this.properties.maxRows());
		}
		this.jobs.progress(id, RosterJob.Status.VALIDATING, 0, total);
		long read = System.nanoTime();
		RosterRepository.Organization organization = this.repository.organization(job.organizationId());
		LocalDate today = LocalDate.now(this.clock.withZone(organization.zone()));
		int academicYear = this.repository.academicYear(organization.id(), today);
		RosterValidator.Context context = new RosterValidator.Context(organization.id(), today, academicYear,
				this.repository.groups(organization.id(), academicYear), this.repository.positions(),
				this.properties.maxErrors());
		RosterPlan.Result result = new RosterValidator(context, this.repository, this.vocabulary).validate(job.kind(),
				header, (rows) -> this.jobs.progress(id, RosterJob.Status.VALIDATING, rows, null));
		long checked = System.nanoTime();
		if (!result.valid()) {
			this.jobs.finishWithErrors(id, RosterJob.Status.REJECTED, result.errors(), result.errorCount());
			logger.info("Roster import {} rejected: {} rows, {} errors (read {} ms, checked {} ms)", id, total,
					result.errorCount(), millis(started, read), millis(read, checked));
			return;
		}
		this.jobs.progress(id, RosterJob.Status.APPLYING, 0, total);
		ScopePath path = this.directory.organizationPath(organization.id()).orElseThrow();
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.sql("select pg_advisory_xact_lock(?)")
				.param(LOCK_SPACE + organization.id())
				.query((rs, row) -> 1)
				.list();
			RosterWriter.Counts counts = (job.kind() == RosterKind.LEARNERS)
					? this.writer.writeLearners(organization.id(), result.learners(),
							(rows) -> this.jobs.progress(id, RosterJob.Status.APPLYING, rows, null))
					: this.writer.writeStaff(organization.id(), result.staff(),
							(rows) -> this.jobs.progress(id, RosterJob.Status.APPLYING, rows, null));
			this.jobs.finishDone(id, total, counts);
			this.audit.record(AuditEvent.of("IMPORT", "ROSTER", id, path,
					job.kind() + " " + job.fileName() + ": " + counts.summary()));
		});
		logger.info("Roster import {} done: {} rows (read {} ms, checked {} ms, written {} ms)", id, total,
				millis(started, read), millis(read, checked), millis(checked, System.nanoTime()));
	}

	private static long millis(long from, long to) {
		return (to - from) / 1_000_000;
	}

}
