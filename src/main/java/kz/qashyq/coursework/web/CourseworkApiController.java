package kz.qashyq.coursework.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.qashyq.coursework.internal.InvalidCourseworkInput;
import kz.qashyq.coursework.internal.Submissions;
import kz.qashyq.coursework.internal.Tasks;
import kz.qashyq.coursework.internal.Views.GradeView;
import kz.qashyq.coursework.internal.Views.Receipt;
import kz.qashyq.coursework.internal.Views.TaskView;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Coursework as JSON for mobile apps (A1-27f, A1-28c): the learner's tasks and each
 * child's, an assignment, submitting with an idempotency key, the receipt, the grade and
 * the feedback. The same checks as the pages.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Coursework", description = "Tasks of learners and of parents' children, submissions with receipts, "
		+ "grades and feedback; times as UTC instants and as local times in the organization's time zone")
class CourseworkApiController {

	private final Tasks tasks;

	private final Submissions submissions;

	private final MessageSource messages;

	CourseworkApiController(Tasks tasks, Submissions submissions, MessageSource messages) {
		this.tasks = tasks;
		this.submissions = submissions;
		this.messages = messages;
	}

	@GetMapping("/coursework/tasks")
	@Operation(summary = "The caller's released tasks (a student), or each child's (a parent), with status, "
			+ "grade and feedback: the newest page per learner; olderBefore continues with "
			+ "/learners/{learnerId}/tasks?before=")
	List<Tasks.LearnerTasks> myTasks() {
		return this.tasks.mine();
	}

	@GetMapping("/learners/{learnerId}/tasks")
	@Operation(summary = "A learner's released tasks, for the learner, their parents and staff who see the "
			+ "learner's coursework")
	Tasks.LearnerTasks learnerTasks(@PathVariable long learnerId,
			@Parameter(description = "Continue before this task (olderBefore of the previous page)") @RequestParam(
					required = false) Long before) {
		return this.tasks.learner(learnerId, before);
	}

	@GetMapping("/coursework/tasks/{assignmentId}")
	@Operation(summary = "An assignment with its rubric and materials, and each of the caller's learners' status, "
			+ "submissions (with files) and grades")
	TaskView task(@PathVariable long assignmentId) {
		return this.tasks.task(assignmentId);
	}

	@PostMapping("/coursework/tasks/{assignmentId}/submissions")
	@Operation(summary = "Submits the caller's work (text and files) with the academic-honesty confirmation; "
			+ "201 with the receipt, or 200 with the first receipt when the Idempotency-Key was used before")
	ResponseEntity<Receipt> submit(@PathVariable long assignmentId,
			@Parameter(description = "A key chosen by the client per upload; a retry sends the same") @RequestHeader(
					name = "Idempotency-Key", required = false) String key,
			@RequestParam(required = false) String body,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@Parameter(description = "A1-27g: the learner confirms the work is their own") @RequestParam(
					required = false) boolean honesty) {
		Submissions.Outcome outcome = this.submissions.submit(assignmentId,
				new Submissions.LearnerSubmission(body, Forms.uploads(files), honesty, key));
		return ResponseEntity.status(outcome.repeated() ? HttpStatus.OK : HttpStatus.CREATED).body(outcome.receipt());
	}

	@GetMapping("/coursework/submissions/{submissionId}/receipt")
	@Operation(summary = "A submission's receipt: number, time, files with sizes and SHA-256")
	Receipt receipt(@PathVariable long submissionId) {
		return this.submissions.receipt(submissionId);
	}

	@GetMapping("/coursework/submissions/{submissionId}/grade")
	@Operation(summary = "A submission's current grade (points, mark, feedback, scores per criterion); 204 when "
			+ "not graded yet")
	ResponseEntity<GradeView> grade(@PathVariable long submissionId) {
		GradeView grade = this.submissions.grade(submissionId);
		return (grade != null) ? ResponseEntity.ok(grade) : ResponseEntity.noContent().build();
	}

	@Schema(description = "Why the input was refused, in the caller's language")
	record Problems(List<String> problems) {
	}

	@ExceptionHandler(InvalidCourseworkInput.class)
	ResponseEntity<Problems> invalid(InvalidCourseworkInput ex) {
		return ResponseEntity.unprocessableContent()
			.body(new Problems(ex.messages(this.messages, LocaleContextHolder.getLocale())));
	}

}
