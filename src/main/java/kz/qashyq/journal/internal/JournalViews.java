package kz.qashyq.journal.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import kz.qashyq.journal.AttendanceStatus;
import kz.qashyq.journal.MarkKind;
import kz.qashyq.journal.Participation;

/**
 * What the journal's pages, exports and JSON API show.
 */
public final class JournalViews {

	private JournalViews() {
	}

	@Schema(description = "A class's journal of one subject over a span of dates")
	public record Grid(long groupId, String groupName, long organizationId, String subject, List<String> subjects,
			LocalDate from, LocalDate to, LocalDate today, String scale, boolean canKeep, List<Column> lessons,
			List<Row> learners) {

	}

	@Schema(description = "A lesson of the timetable on a date, with the topic of the journal or the plan")
	public record Column(String key, LocalDate date, LocalTime start, Long timetableLessonId, String topic, String mode,
			boolean past) {

	}

	@Schema(description = "A learner's row: a cell per lesson, marks of dates without a lesson, and the summary")
	public record Row(long learnerId, String name, boolean hasInternet, Map<String, Cell> cells, List<Mark> otherMarks,
			BigDecimal average, Integer attendancePercent, boolean belowThreshold) {

	}

	@Schema(description = "A learner at a lesson: attendance and the marks of that date")
	public record Cell(AttendanceStatus status, Participation participation, String reason, List<Mark> marks) {

		public static final Cell EMPTY = new Cell(null, null, null, List.of());

	}

	@Schema(description = "A journal entry: a mark (null for formative feedback without a mark) of a kind")
	public record Mark(long id, String subject, LocalDate date, MarkKind kind, String scale, BigDecimal mark,
			BigDecimal points, BigDecimal maxPoints, String source, String title, String comment, String enteredBy,
			Instant enteredAt) {

		/**
		 * The mark as learners and parents see it: without the login of who entered it.
		 */
		public Mark forLearners() {
			return new Mark(this.id, this.subject, this.date, this.kind, this.scale, this.mark, this.points,
					this.maxPoints, this.source, this.title, this.comment, null, this.enteredAt);
		}

	}

	@Schema(description = "A learner's attendance at a lesson")
	public record Attendance(LocalDate date, LocalTime start, String subject, AttendanceStatus status,
			Participation participation, String reason) {

	}

	@Schema(description = "A learner's journal: marks and attendance of every subject, for the learner and parents")
	public record LearnerJournal(long learnerId, String name, Long groupId, String groupName, boolean preschool,
			LocalDate from, LocalDate to, List<SubjectMarks> subjects, List<Attendance> attendance,
			List<PreschoolDay> preschoolDays, List<Choice> choices, List<FixedTerm> terms) {

	}

	@Schema(description = "A term mark fixed by the teacher")
	public record FixedTerm(String subject, LocalDate from, LocalDate to, BigDecimal mark, String scale) {

	}

	@Schema(description = "A subject's marks of a learner with their average")
	public record SubjectMarks(String subject, List<Mark> marks, BigDecimal average) {

	}

	@Schema(description = "O-1.6b: a preschool pupil's day")
	public record PreschoolDay(LocalDate date, boolean present, String reason, boolean parentsChoice) {

	}

	@Schema(description = "O-1.5e: the parent's attendance choice for a period")
	public record Choice(LocalDate from, LocalDate to, boolean staysHome, String recordedBy) {

		/** The choice as parents see it: without the login of who recorded it. */
		public Choice forLearners() {
			return new Choice(this.from, this.to, this.staysHome, null);
		}

	}

	public record TermLine(long learnerId, String name, BigDecimal percent, BigDecimal mark, BigDecimal fixedMark,
			String fixedBy) {

	}

	public record Term(long groupId, String groupName, String subject, String scale, LocalDate from, LocalDate to,
			boolean canKeep, List<TermLine> lines) {

	}

	public record Change(String what, LocalDate day, String learnerName, String subject, String oldValue,
			String newValue, String changedBy, java.time.ZonedDateTime changedAt) {

	}

	/** A class with a subject (or, for a list of classes, its kind). */
	public record TaughtRow(long groupId, String groupName, String subject) {

	}

	public record CellEdit(Grid grid, Column lesson, Row learner, Cell cell) {

	}

}
