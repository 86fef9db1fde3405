package kz.qashyq.coursework.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kz.qashyq.coursework.Channel;
import kz.qashyq.coursework.SubmissionReceived;
import kz.qashyq.coursework.internal.AssignmentForm.Upload;
import kz.qashyq.coursework.internal.InvalidCourseworkInput.Problem;
import kz.qashyq.coursework.internal.Views.AssignmentView;
import kz.qashyq.coursework.internal.Views.FileView;
import kz.qashyq.coursework.internal.Views.Receipt;
import kz.qashyq.coursework.internal.Views.SubmissionView;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.storage.FileCategory;
import kz.qashyq.platform.storage.FileStorage;
import kz.qashyq.platform.storage.StoredFile;
import kz.qashyq.platform.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Submissions (A1-27f, A1-27g): by the learner on the platform with the academic-honesty
 * confirmation, or recorded by the teacher with the channel the work came through. The
 * files are read, hashed and type-checked first, outside any transaction (no connection
 * or lock is held while a phone's photos are checked); the submission and all its files
 * are then recorded in one short transaction, or none is. A retry with the same
 * idempotency key returns the first submission's receipt.
 */
@Service
public class Submissions {

	/** Phone photos of notebook pages, PDF and office documents. */
	static final Set<FileCategory> ACCEPTED = Set.of(FileCategory.IMAGE, FileCategory.PDF, FileCategory.OFFICE);

	private static final int MAX_FILES = 20;

	private static final int MAX_BODY = 20_000;

	private static final int MAX_KEY = 100;

	private final CourseworkRepository repository;

	private final CourseworkAccess access;

	private final Assignments assignments;

	private final FileStorage storage;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Submissions(CourseworkRepository repository, CourseworkAccess access, Assignments assignments, FileStorage storage,
			AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.assignments = assignments;
		this.storage = storage;
		this.audit = audit;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * A learner's submission on the platform.
	 *
	 * @param body the text, may be blank when files are given
	 * @param files the files (photos, PDF, office documents)
	 * @param honestyConfirmed A1-27g: the learner confirms the work is their own
	 * @param idempotencyKey the key of this upload (a retry sends the same), may be null
	 */
	public record LearnerSubmission(String body, List<Upload> files, boolean honestyConfirmed, String idempotencyKey) {

		public LearnerSubmission {
			files = (files != null) ? List.copyOf(files) : List.of();
		}

	}

	/**
	 * Work that came through another channel, recorded by the teacher.
	 *
	 * @param learnerId the learner
	 * @param channel a {@link Channel} name other than {@code PLATFORM}
	 * @param receivedAt the local date-time it was received ({@code 2026-04-06T09:00})
	 * @param body a note or the text, may be blank
	 * @param files scans or photos, optional
	 * @param idempotencyKey the key of this form, may be null
	 */
	public record RecordedSubmission(Long learnerId, String channel, String receivedAt, String body, List<Upload> files,
			String idempotencyKey) {

		public RecordedSubmission {
			files = (files != null) ? List.copyOf(files) : List.of();
		}

	}

	/**
	 * The receipt of a stored submission, and whether it was stored by this call or
	 * before (a retry).
	 */
	public record Outcome(Receipt receipt, boolean repeated) {
	}

	/**
	 * Submits work of the signed-in learner.
	 * @throws InvalidCourseworkInput without the honesty confirmation, without text or
	 * files, or with a refused file (nothing is stored then)
	 * @throws AccessDeniedException unless the assignment is the learner's and released
	 */
	public Outcome submit(long assignmentId, LearnerSubmission submission) {
		AssignmentView assignment = this.access.assignment(assignmentId);
		QashyqUser user = CurrentUser.get();
		Long learner = this.access.selfLearner(user);
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		if (learner == null || !assignment.released(now) || !this.repository.isFor(assignmentId, learner)) {
			throw new AccessDeniedException("Not the learner's assignment");
		}
		CurrentUser.requireWriter();
		String key = key(submission.idempotencyKey());
		Outcome earlier = earlier(user.getUsername(), key);
		if (earlier != null) {
			return earlier;
		}
		List<Problem> problems = new ArrayList<>();
		if (!assignment.channels().contains(Channel.PLATFORM)) {
			problems.add(Rubrics.problem("coursework.error.platform"));
		}
		if (!submission.honestyConfirmed()) {
			problems.add(Rubrics.problem("coursework.error.honesty"));
		}
		checkContent(submission.body(), submission.files(), true, problems);
		if (!problems.isEmpty()) {
			throw new InvalidCourseworkInput(problems);
		}
		List<StoredFile> staged = stage(submission.files(), user.getUsername());
		return store(assignment, learner, Channel.PLATFORM, submission.body(), staged, now, true, user.getUsername(),
				key);
	}

	/**
	 * Records work that came through another channel (A1-27f).
	 * @throws InvalidCourseworkInput for an unknown learner or channel, a missing or
	 * future receipt time, or a refused file
	 * @throws AccessDeniedException unless the user teaches the assignment's subject in
	 * the class (or leads the organization)
	 */
	public Outcome record(long assignmentId, RecordedSubmission submission) {
		AssignmentView assignment = this.access.assignment(assignmentId);
		QashyqUser user = this.access.requireTeacherOf(assignment);
		String key = key(submission.idempotencyKey());
		Outcome earlier = earlier(user.getUsername(), key);
		if (earlier != null) {
			return earlier;
		}
		List<Problem> problems = new ArrayList<>();
		if (submission.learnerId() == null || !this.repository.isFor(assignmentId, submission.learnerId())) {
			problems.add(Rubrics.problem("coursework.error.learner"));
		}
		Channel channel = Assignments.parse(Channel.class, submission.channel());
		if (channel == null || channel == Channel.PLATFORM || !assignment.channels().contains(channel)) {
			problems.add(Rubrics.problem("coursework.error.recordChannel"));
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		Instant received = null;
		if (Assignments.trim(submission.receivedAt()) == null) {
			problems.add(Rubrics.problem("coursework.error.receivedAt"));
		}
		else {
			try {
				received = LocalDateTime.parse(submission.receivedAt().strip())
					.atZone(ZoneId.of(assignment.timeZone()))
					.toInstant();
				if (received.isAfter(now.plus(Duration.ofMinutes(5)))) {
					problems.add(Rubrics.problem("coursework.error.receivedFuture"));
				}
			}
			catch (DateTimeParseException ex) {
				problems.add(Rubrics.problem("coursework.error.receivedAt"));
			}
		}
		checkContent(submission.body(), submission.files(), false, problems);
		if (!problems.isEmpty()) {
			throw new InvalidCourseworkInput(problems);
		}
		List<StoredFile> staged = stage(submission.files(), user.getUsername());
		return store(assignment, submission.learnerId(), channel, submission.body(), staged, received, false,
				user.getUsername(), key);
	}

	/**
	 * The outcome of an earlier call with the same key (a retry), or null. Read without a
	 * lock: a retry racing its first call is caught again under the key's lock.
	 */
	private Outcome earlier(String actor, String key) {
		if (key == null) {
			return null;
		}
		return this.repository.submissionByKey(actor, key).map((id) -> new Outcome(receiptOf(id), true)).orElse(null);
	}

	/**
	 * Reads, hashes and type-checks the files, outside any transaction.
	 */
	private List<StoredFile> stage(List<Upload> files, String actor) {
		List<StoredFile> staged = new ArrayList<>();
		for (Upload upload : files) {
			staged.add(this.assignments.stage(upload, ACCEPTED, actor));
		}
		return staged;
	}

	private void checkContent(String body, List<Upload> files, boolean required, List<Problem> problems) {
		if (required && Assignments.trim(body) == null && files.isEmpty()) {
			problems.add(Rubrics.problem("coursework.error.submission.empty"));
		}
		if (body != null && body.length() > MAX_BODY) {
			problems.add(Rubrics.problem("coursework.error.submission.body", MAX_BODY));
		}
		if (files.size() > MAX_FILES) {
			problems.add(Rubrics.problem("coursework.error.submission.files", MAX_FILES));
		}
	}

	/**
	 * Records the submission with its staged files in one short transaction: under the
	 * key's lock a concurrent retry finds the first call's submission instead.
	 */
	private Outcome store(AssignmentView assignment, long learnerId, Channel channel, String body,
			List<StoredFile> staged, Instant received, boolean honesty, String actor, String key) {
		return this.transactions.execute((status) -> {
			if (key != null) {
				this.repository.lockKey(actor, key);
				Outcome earlier = earlier(actor, key);
				if (earlier != null) {
					return earlier;
				}
			}
			this.repository.lockLearner(assignment.id(), learnerId);
			boolean late = received.isAfter(assignment.deadlineAt());
			long id = this.repository.insertSubmission(new CourseworkRepository.NewSubmission(assignment.id(),
					learnerId, channel, Assignments.trim(body), received, late, honesty, actor, key));
			int position = 1;
			for (StoredFile file : staged) {
				this.storage.record(file);
				this.repository.insertSubmissionFile(id, position++, file.id());
			}
			this.audit
				.record(AuditEvent.of("CREATE", "SUBMISSION", id, this.access.learnerPath(learnerId), "assignment "
						+ assignment.id() + ", " + channel + ", " + staged.size() + " files" + (late ? ", late" : "")));
			this.events.publishEvent(new SubmissionReceived(id, assignment.id(), learnerId, assignment.groupId(),
					assignment.organizationId(), assignment.subject(), channel.name(), received, late));
			return new Outcome(receiptOf(id), false);
		});
	}

	private static String key(String key) {
		String trimmed = Assignments.trim(key);
		if (trimmed != null && trimmed.length() > MAX_KEY) {
			throw InvalidCourseworkInput.of("coursework.error.key", MAX_KEY);
		}
		return trimmed;
	}

	/**
	 * A submission's receipt, for staff who see the class's coursework, the learner and
	 * their parents.
	 */
	@Transactional(readOnly = true)
	public Receipt receipt(long submissionId) {
		SubmissionView submission = requireSees(submissionId);
		return receiptOf(submission.id());
	}

	/**
	 * A file of a submission, for the same people as its receipt.
	 */
	@Transactional(readOnly = true)
	public FileView file(long submissionId, int position) {
		SubmissionView submission = requireSees(submissionId);
		return submission.files()
			.stream()
			.filter((f) -> f.position() == position)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("file " + position));
	}

	/**
	 * A submission's current grade, or null, for the same people as its receipt; the
	 * grader's login only for staff.
	 */
	@Transactional(readOnly = true)
	public Views.GradeView grade(long submissionId) {
		SubmissionView submission = requireSees(submissionId);
		Views.GradeView grade = submission.grade();
		boolean staff = this.access.seesAssignment(CurrentUser.get(),
				this.access.assignment(submission.assignmentId()));
		return (grade == null || staff) ? grade : grade.forLearners();
	}

	public InputStream open(FileView file) {
		return this.storage.open(file.fileId());
	}

	/**
	 * Opens an assignment's material.
	 */
	public InputStream open(Views.Material material) {
		return this.storage.open(material.fileId());
	}

	SubmissionView requireSees(long submissionId) {
		SubmissionView submission = this.repository.submission(submissionId)
			.orElseThrow(() -> new NotFoundException("submission " + submissionId));
		ScopePath path = this.access.learnerPath(submission.learnerId());
		QashyqUser user = CurrentUser.get();
		if (user.can(Permission.VIEW_OWN, path)) {
			return submission;
		}
		if (!user.can(Permission.VIEW_COURSEWORK, path)) {
			throw new AccessDeniedException("No access to submission " + submissionId);
		}
		if (!this.access.seesAssignment(user, this.access.assignment(submission.assignmentId()))) {
			throw new NotFoundException("submission " + submissionId);
		}
		return submission;
	}

	Receipt receiptOf(long submissionId) {
		SubmissionView s = this.repository.submission(submissionId).orElseThrow();
		AssignmentView a = this.access.assignment(s.assignmentId());
		ZoneId zone = ZoneId.of(a.timeZone());
		LocalDateTime local = LocalDateTime.ofInstant(s.receivedAt(), zone);
		return new Receipt(s.id(), number(local.getYear(), s.id()), a.id(), a.title(), a.subject(), s.learnerId(),
				s.learnerName(), s.version(), s.channel(), s.receivedAt(), zone.getId(), local, s.late(), s.files());
	}

	static String number(int year, long id) {
		return String.format("CW-%d-%07d", year, id);
	}

}
