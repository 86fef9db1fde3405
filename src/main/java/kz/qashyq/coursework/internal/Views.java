package kz.qashyq.coursework.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import kz.qashyq.coursework.Channel;
import kz.qashyq.coursework.GradingScale;
import kz.qashyq.coursework.TaskStatus;
import kz.qashyq.coursework.WorkType;

/**
 * What the coursework pages and the JSON API show.
 */
public final class Views {

	private Views() {
	}

	@Schema(description = "An assignment with its rubric; times as UTC instants and as local times in the "
			+ "organization's time zone")
	public record AssignmentView(long id, long organizationId, long groupId, String groupName, String subject,
			String title, String instructions, WorkType workType, boolean summative, Long topicId, String topicTitle,
			LocalDate topicPlannedDate, Instant releaseAt, Instant deadlineAt, String timeZone,
			LocalDateTime localRelease, LocalDateTime localDeadline, List<Channel> channels, BigDecimal maxPoints,
			boolean individual, List<Long> learnerIds, List<Criterion> criteria, List<Material> materials,
			String createdBy) {

		/**
		 * A1-15c: the linked topic is planned after the release date.
		 */
		public boolean topicLater() {
			return this.topicPlannedDate != null && this.topicPlannedDate.isAfter(this.localRelease.toLocalDate());
		}

		public boolean acceptsPlatform() {
			return this.channels.contains(Channel.PLATFORM);
		}

		public boolean released(Instant now) {
			return !this.releaseAt.isAfter(now);
		}

		/**
		 * The assignment as learners and parents see it: without the login of the staff
		 * member who created it (ADR 0004).
		 */
		public AssignmentView forLearners() {
			return new AssignmentView(this.id, this.organizationId, this.groupId, this.groupName, this.subject,
					this.title, this.instructions, this.workType, this.summative, this.topicId, this.topicTitle,
					this.topicPlannedDate, this.releaseAt, this.deadlineAt, this.timeZone, this.localRelease,
					this.localDeadline, this.channels, this.maxPoints, this.individual, this.learnerIds, this.criteria,
					this.materials, null);
		}

	}

	@Schema(description = "A criterion of the rubric with its points possible and descriptors of levels")
	public record Criterion(long id, int position, String title, BigDecimal maxPoints, List<Descriptor> descriptors) {
	}

	public record Descriptor(long id, int position, String description, BigDecimal points) {
	}

	@Schema(description = "A file attached to an assignment")
	public record Material(int position, UUID fileId, String name, long size, String mediaType) {
	}

	@Schema(description = "A file of a submission, with its SHA-256")
	public record FileView(int position, UUID fileId, String name, long size, String sha256, String mediaType) {
	}

	@Schema(description = "A grade by the rubric: points, the mark on the organization's scale (null for "
			+ "formative work) and the feedback")
	public record GradeView(long id, BigDecimal points, BigDecimal maxPoints, GradingScale scale, BigDecimal mark,
			String feedback, String gradedBy, Instant gradedAt, boolean current, List<Score> scores) {

		/**
		 * The grade as learners and parents see it: without the grader's login.
		 */
		public GradeView forLearners() {
			return new GradeView(this.id, this.points, this.maxPoints, this.scale, this.mark, this.feedback, null,
					this.gradedAt, this.current, this.scores);
		}

	}

	public record Score(long criterionId, Long descriptorId, BigDecimal points) {
	}

	public record Flag(long id, String comment, String flaggedBy, Instant flaggedAt) {
	}

	@Schema(description = "A submission (one version) with its files and grades")
	public record SubmissionView(long id, long assignmentId, long learnerId, String learnerName, int version,
			Channel channel, String body, Instant receivedAt, boolean late, boolean honestyConfirmed, String recordedBy,
			List<FileView> files, List<GradeView> grades, List<Flag> flags) {

		public GradeView grade() {
			return this.grades.stream().filter(GradeView::current).findFirst().orElse(null);
		}

		/**
		 * The submission as learners and parents see it: no staff logins (who recorded
		 * it, who graded it) and no honesty flags, which are the staff's (ADR 0004).
		 */
		public SubmissionView forLearners() {
			return new SubmissionView(this.id, this.assignmentId, this.learnerId, this.learnerName, this.version,
					this.channel, this.body, this.receivedAt, this.late, this.honestyConfirmed, null, this.files,
					this.grades.stream().map(GradeView::forLearners).toList(), List.of());
		}

	}

	@Schema(description = "The receipt of a submission: its number, when it was received, its files with sizes "
			+ "and SHA-256")
	public record Receipt(long submissionId, String number, long assignmentId, String assignmentTitle, String subject,
			long learnerId, String learnerName, int version, Channel channel, Instant receivedAt, String timeZone,
			LocalDateTime localReceivedAt, boolean late, List<FileView> files) {
	}

	@Schema(description = "An assignment of a learner with its status, and the grade and feedback once graded")
	public record TaskRow(long assignmentId, long learnerId, String learnerName, long groupId, String groupName,
			String subject, String title, WorkType workType, boolean summative, Instant deadlineAt,
			LocalDateTime localDeadline, TaskStatus status, Long submissionId, BigDecimal points, BigDecimal maxPoints,
			BigDecimal mark, String feedback) {
	}

	@Schema(description = "An assignment as a learner or parent sees it, with each of the caller's learners' "
			+ "status, submissions and grade")
	public record TaskView(AssignmentView assignment, List<LearnerTask> learners) {
	}

	public record LearnerTask(long learnerId, String learnerName, TaskStatus status, List<SubmissionView> submissions) {
	}

	/**
	 * A learner's latest submission in the teacher's inbox, with its current grade
	 * ({@code points}, {@code maxPoints}, {@code mark}: null while it waits for
	 * checking).
	 */
	public record InboxRow(long submissionId, long assignmentId, String title, String subject, String groupName,
			String learnerName, int version, Channel channel, Instant receivedAt, boolean late,
			LocalDateTime localDeadline, String timeZone, BigDecimal points, BigDecimal maxPoints, BigDecimal mark) {

		public boolean graded() {
			return this.points != null;
		}

	}

	/**
	 * An assignment in the teacher's list with the counts of its statuses.
	 */
	public record AssignmentRow(long id, String title, String subject, String groupName, WorkType workType,
			boolean summative, LocalDateTime localRelease, LocalDateTime localDeadline, int learners, int submitted,
			int graded) {
	}

	/**
	 * A class and subject a teacher may issue assignments in.
	 */
	public record Teaching(long groupId, String groupName, String subject) {
	}

	/**
	 * A suspected violation of academic honesty, for curators and deputy heads.
	 */
	public record FlaggedRow(long submissionId, long assignmentId, String title, String subject, String learnerName,
			String comment, String flaggedBy, Instant flaggedAt) {
	}

}
