package kz.qashyq.coursework.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.qashyq.coursework.GradingScale;
import kz.qashyq.coursework.GradingScales;
import kz.qashyq.coursework.WorkGraded;
import kz.qashyq.coursework.internal.Rubrics.ScoreInput;
import kz.qashyq.coursework.internal.Rubrics.StoredCriterion;
import kz.qashyq.coursework.internal.Views.AssignmentView;
import kz.qashyq.coursework.internal.Views.Criterion;
import kz.qashyq.coursework.internal.Views.Descriptor;
import kz.qashyq.coursework.internal.Views.SubmissionView;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grading by the rubric (A1-25j): every criterion scored, points summed, the mark on the
 * organization's scale for summative work, feedback; a regrade keeps the history. Honesty
 * flags (A1-27g) for the curator and the deputy head.
 */
@Service
public class Grading {

	private static final int MAX_FEEDBACK = 5000;

	private final CourseworkRepository repository;

	private final CourseworkAccess access;

	private final GradingScales scales;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Grading(CourseworkRepository repository, CourseworkAccess access, GradingScales scales, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.scales = scales;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The grading page: the submission with its versions, the rubric, and whether the
	 * user may grade.
	 */
	public record SubmissionPage(AssignmentView assignment, SubmissionView submission, List<SubmissionView> versions,
			GradingScale scale, boolean canGrade) {
	}

	@Transactional(readOnly = true)
	public SubmissionPage page(long submissionId) {
		SubmissionView submission = this.repository.submission(submissionId)
			.orElseThrow(() -> new NotFoundException("submission " + submissionId));
		AssignmentView assignment = this.access.assignment(submission.assignmentId());
		CurrentUser.require(Permission.VIEW_COURSEWORK, this.access.learnerPath(submission.learnerId()));
		QashyqUser user = this.access.requireSeesAssignment(assignment);
		boolean canGrade = !user.isReadOnly()
				&& user.can(Permission.MANAGE_COURSEWORK, this.access.groupPath(assignment.groupId()))
				&& (this.access.mayTeach(user, assignment.groupId(), assignment.subject())
						|| user.getUsername().equals(assignment.createdBy()));
		return new SubmissionPage(assignment, submission,
				this.repository.submissionsOf(assignment.id(), submission.learnerId()),
				this.scales.scaleOf(assignment.organizationId()), canGrade);
	}

	/**
	 * A grade as entered: a score per criterion, the feedback, and a mark entered by hand
	 * instead of the computed one (null for the computed one).
	 */
	public record GradeForm(Map<Long, ScoreInput> scores, String feedback, BigDecimal mark) {

		public GradeForm {
			scores = (scores != null) ? Map.copyOf(scores) : Map.of();
		}

	}

	/**
	 * Grades (or regrades) a submission and publishes {@link WorkGraded}.
	 * @return the grade's id
	 * @throws InvalidCourseworkInput without a score for every criterion, with points out
	 * of range or a mark off the scale
	 * @throws AccessDeniedException unless the user teaches the subject in the class
	 */
	@Transactional
	public long grade(long submissionId, GradeForm form) {
		SubmissionView submission = this.repository.submission(submissionId)
			.orElseThrow(() -> new NotFoundException("submission " + submissionId));
		AssignmentView assignment = this.access.assignment(submission.assignmentId());
		QashyqUser user = this.access.requireTeacherOf(assignment);
		String feedback = Assignments.trim(form.feedback());
		if (feedback != null && feedback.length() > MAX_FEEDBACK) {
			throw InvalidCourseworkInput.of("coursework.error.feedback", MAX_FEEDBACK);
		}
		GradingScale scale = this.scales.scaleOf(assignment.organizationId());
		Rubrics.Scored scored = Rubrics.score(stored(assignment.criteria()), form.scores(), scale,
				assignment.summative(), form.mark());
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		long id = this.repository.insertGrade(submissionId, scored, scale, feedback, user.getUsername(), now);
		this.audit.record(AuditEvent.of("GRADE", "SUBMISSION", submissionId,
				this.access.learnerPath(submission.learnerId()), scored.total() + "/" + scored.maxPoints()
						+ ((scored.mark() != null) ? ", mark " + scored.mark().toPlainString() : "")));
		this.events
			.publishEvent(new WorkGraded(submissionId, assignment.id(), submission.learnerId(), assignment.groupId(),
					assignment.organizationId(), assignment.subject(), assignment.title(), assignment.summative(),
					assignment.workType().name(), scored.total(), scored.maxPoints(), scale, scored.mark(), feedback,
					now.atZone(ZoneId.of(assignment.timeZone())).toLocalDate(), user.getUsername(), now));
		return id;
	}

	static List<StoredCriterion> stored(List<Criterion> criteria) {
		return criteria.stream()
			.map((c) -> new StoredCriterion(c.id(), c.title(), c.maxPoints(), c.descriptors()
				.stream()
				.collect(Collectors.toMap(Descriptor::id, Descriptor::points, (a, b) -> a, LinkedHashMap::new))))
			.toList();
	}

	/**
	 * A1-27g: flags a suspected violation of academic honesty with a comment.
	 */
	@Transactional
	public void flag(long submissionId, String comment) {
		SubmissionView submission = this.repository.submission(submissionId)
			.orElseThrow(() -> new NotFoundException("submission " + submissionId));
		AssignmentView assignment = this.access.assignment(submission.assignmentId());
		QashyqUser user = this.access.requireTeacherOf(assignment);
		String text = Assignments.trim(comment);
		if (text == null || text.length() > MAX_FEEDBACK) {
			throw InvalidCourseworkInput.of("coursework.error.flag");
		}
		this.repository.insertFlag(submissionId, text, user.getUsername());
		this.audit.record(AuditEvent.of("FLAG_HONESTY", "SUBMISSION", submissionId,
				this.access.learnerPath(submission.learnerId()), text));
	}

}
