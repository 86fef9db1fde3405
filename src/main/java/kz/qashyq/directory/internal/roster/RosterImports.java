package kz.qashyq.directory.internal.roster;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import kz.qashyq.directory.Directory;
import kz.qashyq.platform.i18n.Languages;
import kz.qashyq.platform.i18n.LocalizedName;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.spreadsheet.SpreadsheetDetector;
import kz.qashyq.platform.spreadsheet.SpreadsheetException;
import kz.qashyq.platform.spreadsheet.SpreadsheetType;
import kz.qashyq.platform.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.InputStreamSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The roster import as the pages use it. Every call checks
 * {@link Permission#MANAGE_ROSTER} over the organization (the job's organization for a
 * job); uploads also refuse read-only users. Texts come in the language of the current
 * request.
 */
@Service
public class RosterImports {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private static final int RECENT = 15;

	/** Errors shown on the job page; the report has them all (up to the stored limit). */
	public static final int SHOWN_ERRORS = 200;

	private final Directory directory;

	private final RosterJobStore jobs;

	private final RosterRepository repository;

	private final RosterImportRunner runner;

	private final RosterSpreadsheets spreadsheets;

	private final MessageSource messages;

	private final RosterProperties properties;

	RosterImports(Directory directory, RosterJobStore jobs, RosterRepository repository, RosterImportRunner runner,
			RosterSpreadsheets spreadsheets, MessageSource messages, RosterProperties properties) {
		this.directory = directory;
		this.jobs = jobs;
		this.repository = repository;
		this.runner = runner;
		this.spreadsheets = spreadsheets;
		this.messages = messages;
		this.properties = properties;
	}

	/**
	 * The roster page of an organization.
	 */
	public record RosterPage(long organizationId, LocalizedName organizationName, List<JobLine> recent,
			long maxFileSizeMegabytes, int maxRows) {
	}

	/**
	 * A job with its times shown in the organization's time zone.
	 */
	public record JobLine(RosterJob job, String createdAt, String finishedAt) {
	}

	/**
	 * A job's page: the job, and its first errors in the reader's language.
	 */
	public record JobView(JobLine line, LocalizedName organizationName, List<ErrorLine> errors) {

		public RosterJob job() {
			return this.line.job();
		}

		public boolean moreErrors() {
			return this.line.job().errorCount() > this.errors.size();
		}

	}

	/**
	 * @param row the spreadsheet row, 0 for the file as a whole
	 */
	public record ErrorLine(int row, String column, String value, String reason) {
	}

	public RosterPage page(long organizationId) {
		requireManager(organizationId);
		RosterRepository.Organization organization = this.repository.organization(organizationId);
		List<JobLine> recent = this.jobs.recent(organizationId, RECENT)
			.stream()
			.map((job) -> line(job, organization.zone()))
			.toList();
		return new RosterPage(organizationId, organization.name(), recent, this.properties.maxFileSizeMegabytes(),
				this.properties.maxRows());
	}

	/**
	 * Stores an upload as a job and queues it.
	 * @return the job's id
	 * @throws RosterFileException when the file is empty, too large or not a CSV or XLSX
	 * spreadsheet (decided by its content); nothing is stored then
	 */
	public UUID upload(long organizationId, RosterKind kind, String fileName, long size, InputStreamSource file) {
		QashyqUser user = requireManager(organizationId);
		CurrentUser.requireWriter();
		if (file == null || size <= 0) {
			throw new RosterFileException("FILE_EMPTY");
		}
		if (size > this.properties.maxFileSize().toBytes()) {
			throw tooLarge();
		}
		byte[] content;
		try (InputStream in = file.getInputStream()) {
			content = in.readNBytes((int) this.properties.maxFileSize().toBytes() + 1);
		}
		catch (IOException ex) {
			throw new RosterFileException("FILE_CORRUPT", ex);
		}
		if (content.length > this.properties.maxFileSize().toBytes()) {
			throw tooLarge();
		}
		SpreadsheetType type;
		try {
			type = SpreadsheetDetector.detect(content);
		}
		catch (SpreadsheetException ex) {
			throw RosterFileException.of(ex);
		}
		UUID id = this.jobs.create(organizationId, kind, displayName(fileName, type), type, content, user.accountId(),
				user.getUsername(), this.runner.node());
		if (!this.runner.submit(id, user)) {
			this.jobs.finishWithErrors(id, RosterJob.Status.FAILED, List.of(RowError.ofFile("SERVER_BUSY", List.of())),
					1);
		}
		return id;
	}

	/**
	 * The name shown for an upload: the last part of what the browser sent, without
	 * control characters, at most 200 characters.
	 */
	static String displayName(String fileName, SpreadsheetType type) {
		String name = (fileName != null) ? fileName.replace('\\', '/') : "";
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			name = "roster." + type.name().toLowerCase(Locale.ROOT);
		}
		return (name.length() > 200) ? name.substring(0, 200) : name;
	}

	/**
	 * @throws NotFoundException when there is no such job
	 * @throws AccessDeniedException when the user may not manage its organization's
	 * roster
	 */
	public JobView job(UUID jobId) {
		RosterJob job = findAllowed(jobId);
		RosterRepository.Organization organization = this.repository.organization(job.organizationId());
		List<ErrorLine> errors = job.running() ? List.of() : errorLines(job, SHOWN_ERRORS);
		return new JobView(line(job, organization.zone()), organization.name(), errors);
	}

	/**
	 * The error report of a job in the current request's language.
	 */
	public byte[] errorReport(UUID jobId, SpreadsheetType type) {
		RosterJob job = findAllowed(jobId);
		List<RosterSpreadsheets.ReportLine> lines = errorLines(job, this.properties.maxErrors() + 1).stream()
			.map((line) -> new RosterSpreadsheets.ReportLine(line.row(), line.column(), line.value(), line.reason()))
			.toList();
		return this.spreadsheets.errorReport(lines, type, locale());
	}

	/**
	 * An empty roster file with the column titles in the current request's language.
	 * @throws AccessDeniedException when the user may manage no roster at all
	 */
	public byte[] template(RosterKind kind, SpreadsheetType type) {
		if (CurrentUser.get().scopesWith(Permission.MANAGE_ROSTER).isEmpty()) {
			throw new AccessDeniedException("No roster to manage");
		}
		return this.spreadsheets.template(kind, type, locale());
	}

	private RosterFileException tooLarge() {
		return new RosterFileException("FILE_TOO_LARGE", this.properties.maxFileSizeMegabytes());
	}

	/**
	 * A file-level problem in the current request's language.
	 */
	public String message(RosterFileException problem) {
		return reason(problem.toError(), locale());
	}

	private RosterJob findAllowed(UUID jobId) {
		RosterJob job = this.jobs.find(jobId).orElseThrow(() -> new NotFoundException("roster import " + jobId));
		requireManager(job.organizationId());
		return job;
	}

	private QashyqUser requireManager(long organizationId) {
		ScopePath path = this.directory.organizationPath(organizationId)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
		return CurrentUser.require(Permission.MANAGE_ROSTER, path);
	}

	private JobLine line(RosterJob job, ZoneId zone) {
		return new JobLine(job, SHOWN.format(job.createdAt().atZone(zone)),
				(job.finishedAt() != null) ? SHOWN.format(job.finishedAt().atZone(zone)) : null);
	}

	private List<ErrorLine> errorLines(RosterJob job, int limit) {
		Locale locale = locale();
		return this.jobs.errors(job.id(), limit)
			.stream()
			.map((error) -> new ErrorLine(error.row(),
					(error.column() != null) ? text(error.column().messageKey(), locale)
							: (error.row() == 0) ? text("roster.report.file", locale) : "",
					error.value(), reason(error, locale)))
			.toList();
	}

	private String reason(RowError error, Locale locale) {
		Object[] args = error.args().stream().map((arg) -> argument(arg, locale)).toArray();
		return this.messages.getMessage("roster.error." + error.code(), args, error.code(), locale);
	}

	private String argument(String arg, Locale locale) {
		if (arg.startsWith("col:")) {
			return Arrays.stream(arg.substring(4).split(","))
				.map((key) -> text(RosterColumn.ofKey(key).messageKey(), locale))
				.collect(Collectors.joining(", "));
		}
		if (arg.startsWith("date:")) {
			return LocalDate.parse(arg.substring(5)).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		}
		return arg;
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static Locale locale() {
		return Languages.supported(LocaleContextHolder.getLocale());
	}

}
