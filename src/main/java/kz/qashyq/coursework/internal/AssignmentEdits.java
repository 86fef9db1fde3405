package kz.qashyq.coursework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kz.qashyq.coursework.internal.CourseworkRepository.GroupFacts;
import kz.qashyq.coursework.internal.InvalidCourseworkInput.Problem;
import kz.qashyq.coursework.internal.Views.AssignmentView;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.storage.FileCategory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing an assignment after it was issued, by whoever may grade it: before anyone has
 * submitted, everything (its rubric included); once work came in, only the deadline and
 * the instructions, so that no submitted work is graded by a rubric it was not written
 * for. Every change that learners should know about is kept and shown on their task page
 * ({@link #changes}).
 */
@Service
public class AssignmentEdits {

	private final Assignments assignments;

	private final CourseworkAccess access;

	private final AssignmentEditRepository repository;

	private final CourseworkRepository coursework;

	private final AuditTrail audit;

	private final Clock clock;

	AssignmentEdits(Assignments assignments, CourseworkAccess access, AssignmentEditRepository repository,
			CourseworkRepository coursework, AuditTrail audit, Clock clock) {
		this.assignments = assignments;
		this.coursework = coursework;
		this.access = access;
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The edit form's facts: the assignment and whether work was submitted (then only the
	 * deadline and the instructions may change).
	 */
	public record EditPage(AssignmentView assignment, boolean submitted, Assignments.FormPage form) {
	}

	/**
	 * @throws AccessDeniedException unless the user may grade the assignment's work
	 */
	@Transactional(readOnly = true)
	public EditPage page(long assignmentId) {
		AssignmentView assignment = this.access.assignment(assignmentId);
		this.access.requireTeacherOf(assignment);
		return new EditPage(assignment, this.repository.hasSubmissions(assignmentId),
				this.assignments.formPage(assignment.groupId(), assignment.subject()));
	}

	/**
	 * Saves an edit, all or nothing, and keeps what changed for the learners.
	 * @throws InvalidCourseworkInput with every problem of the input
	 * @throws AccessDeniedException unless the user may grade the assignment's work
	 */
	@Transactional
	public void update(long assignmentId, AssignmentForm form) {
		AssignmentView before = this.access.assignment(assignmentId);
		QashyqUser user = this.access.requireTeacherOf(before);
		GroupFacts group = this.access.group(before.groupId());
		this.repository.lock(assignmentId);
		Instant deadline;
		String instructions;
		boolean other;
		if (!this.repository.hasSubmissions(assignmentId)) {
			Assignments.Checked checked = this.assignments.check(user, before.groupId(), group, form,
					before.releaseAt());
			this.repository.updateAll(assignmentId,
					new CourseworkRepository.NewAssignment(group.organizationId(), before.groupId(), checked.subject(),
							checked.title(), checked.instructions(), checked.workType(), form.summative(),
							form.topicId(), checked.release(), checked.deadline(), List.copyOf(checked.channels()),
							(form.totalPoints() != null) ? form.totalPoints() : Rubrics.sum(form.criteria()),
							form.learnerIds().stream().distinct().toList(), before.createdBy()));
			int position = 1;
			for (Rubrics.CriterionInput criterion : form.criteria()) {
				this.coursework.insertCriterion(assignmentId, position++, criterion);
			}
			position = this.repository.nextMaterialPosition(assignmentId);
			for (AssignmentForm.Upload upload : form.materials()) {
				this.coursework.insertMaterial(assignmentId, position++,
						this.assignments.store(upload, FileCategory.any(), user.getUsername()).id());
			}
			deadline = checked.deadline();
			instructions = checked.instructions();
			other = !Objects.equals(checked.title(), before.title()) || !checked.subject().equals(before.subject())
					|| checked.workType() != before.workType() || form.summative() != before.summative()
					|| !checked.release().equals(before.releaseAt()) || !form.materials().isEmpty()
					|| !rubricOf(before).equals(rubricOf(form.criteria()))
					|| !Objects.equals(form.topicId(), before.topicId());
		}
		else {
			List<Problem> problems = new ArrayList<>();
			deadline = null;
			if (Assignments.trim(form.deadline()) == null) {
				problems.add(Rubrics.problem("coursework.error.deadline.missing"));
			}
			else {
				deadline = Assignments.local(form.deadline(), group, problems, "coursework.error.deadline.format");
			}
			if (deadline != null && !deadline.isAfter(before.releaseAt())) {
				problems.add(Rubrics.problem("coursework.error.deadline.beforeRelease"));
			}
			instructions = Assignments.trim(form.instructions());
			if (instructions != null && instructions.length() > Assignments.MAX_INSTRUCTIONS) {
				problems.add(Rubrics.problem("coursework.error.instructions", Assignments.MAX_INSTRUCTIONS));
			}
			if (!problems.isEmpty()) {
				throw new InvalidCourseworkInput(problems);
			}
			this.repository.updateDeadlineAndInstructions(assignmentId, deadline, instructions);
			other = false;
		}
		boolean instructionsChanged = !Objects.equals(instructions, before.instructions());
		if (!deadline.equals(before.deadlineAt()) || instructionsChanged || other) {
			this.repository.insertChange(assignmentId, this.clock.instant().truncatedTo(ChronoUnit.SECONDS),
					user.getUsername(), before.deadlineAt(), deadline, instructionsChanged, other);
			this.audit.record(AuditEvent.of("UPDATE", "ASSIGNMENT", assignmentId,
					this.access.groupPath(before.groupId()), "deadline " + before.deadlineAt() + " -> " + deadline
							+ (instructionsChanged ? ", instructions" : "") + (other ? ", other details" : "")));
		}
	}

	/**
	 * A change of an assignment as its learners are told, in the organization's local
	 * time: when, the deadline before and after, whether the instructions or other
	 * details changed.
	 */
	public record Change(LocalDateTime changedAt, LocalDateTime oldDeadline, LocalDateTime newDeadline,
			boolean instructionsChanged, boolean otherChanged) {

		public boolean deadlineChanged() {
			return !this.oldDeadline.equals(this.newDeadline);
		}

	}

	/**
	 * What changed in an assignment since it was issued, newest first, as its learners
	 * are told (no access check: for pages that checked the reader).
	 * @param zone the organization's time zone
	 */
	public List<Change> changes(long assignmentId, ZoneId zone) {
		return this.repository.changes(assignmentId)
			.stream()
			.map((row) -> new Change(LocalDateTime.ofInstant(row.changedAt(), zone),
					LocalDateTime.ofInstant(row.oldDeadline(), zone), LocalDateTime.ofInstant(row.newDeadline(), zone),
					row.instructionsChanged(), row.otherChanged()))
			.toList();
	}

	private static String rubricOf(AssignmentView assignment) {
		return rubricOf(assignment.criteria()
			.stream()
			.map((criterion) -> new Rubrics.CriterionInput(criterion.title(), criterion.maxPoints(),
					criterion.descriptors()
						.stream()
						.map((descriptor) -> new Rubrics.DescriptorInput(descriptor.description(), descriptor.points()))
						.toList()))
			.toList());
	}

	private static String rubricOf(List<Rubrics.CriterionInput> criteria) {
		StringBuilder text = new StringBuilder();
		for (Rubrics.CriterionInput criterion : criteria) {
			text.append(criterion.title().strip()).append('|').append(criterion.maxPoints().stripTrailingZeros());
			for (Rubrics.DescriptorInput descriptor : criterion.descriptors()) {
				text.append('|')
					.append(descriptor.description().strip())
					.append('=')
					.append(descriptor.points().stripTrailingZeros());
			}
			text.append('\n');
		}
		return text.toString();
	}

}
