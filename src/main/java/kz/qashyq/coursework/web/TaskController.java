package kz.qashyq.coursework.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import kz.qashyq.coursework.internal.AssignmentEdits;
import kz.qashyq.coursework.internal.InvalidCourseworkInput;
import kz.qashyq.coursework.internal.Submissions;
import kz.qashyq.coursework.internal.Views;
import kz.qashyq.coursework.internal.Views.Receipt;
import kz.qashyq.coursework.internal.Tasks;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The learner's and parent's task pages (A1-27f, A1-28c), the teacher's inbox and a
 * class's overdue tasks for its curator or class teacher.
 */
@Controller
class TaskController {

	private final Tasks tasks;

	private final Submissions submissions;

	private final MessageSource messages;

	private final AssignmentEdits edits;

	TaskController(Tasks tasks, Submissions submissions, AssignmentEdits edits, MessageSource messages) {
		this.edits = edits;
		this.tasks = tasks;
		this.submissions = submissions;
		this.messages = messages;
	}

	@GetMapping("/coursework/my/tasks")
	String mine(Model model) {
		model.addAttribute("learners", this.tasks.mine());
		model.addAttribute("own", true);
		return "coursework/tasks";
	}

	/**
	 * One learner's tasks (A1-28c): for the learner, their parents and staff who see the
	 * learner's coursework; the journal links here.
	 */
	@GetMapping("/coursework/learners/{learnerId}")
	String learner(@PathVariable long learnerId, @RequestParam(required = false) Long before, Model model) {
		model.addAttribute("learners", List.of(this.tasks.learner(learnerId, before)));
		model.addAttribute("own", this.tasks.isOwn(learnerId));
		return "coursework/tasks";
	}

	/**
	 * A task; after a submission with its receipt ({@code ?receipt=}). The receipt is in
	 * the address, not in the session, so a page replayed on another node after a
	 * failover still shows it, and it is shown only to those who may see it.
	 */
	@GetMapping("/coursework/tasks/{assignmentId}")
	String task(@PathVariable long assignmentId, @RequestParam(name = "receipt", required = false) Long receiptId,
			Model model) {
		Views.TaskView task = this.tasks.task(assignmentId);
		model.addAttribute("task", task);
		model.addAttribute("changes",
				this.edits.changes(assignmentId, java.time.ZoneId.of(task.assignment().timeZone())));
		model.addAttribute("tasks", this.tasks);
		model.addAttribute("key", UUID.randomUUID().toString());
		if (receiptId != null) {
			Receipt receipt = this.submissions.receipt(receiptId);
			if (receipt.assignmentId() == assignmentId) {
				model.addAttribute("receipt", receipt);
			}
		}
		return "coursework/task";
	}

	@PostMapping("/coursework/tasks/{assignmentId}/submissions")
	String submit(@PathVariable long assignmentId, @RequestParam(required = false) String body,
			@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) boolean honesty, @RequestParam(required = false) String key, Model model,
			Locale locale, HttpServletResponse response) {
		try {
			Submissions.Outcome outcome = this.submissions.submit(assignmentId,
					new Submissions.LearnerSubmission(body, Forms.uploads(files), honesty, key));
			return "redirect:/coursework/tasks/" + assignmentId + "?receipt=" + outcome.receipt().submissionId();
		}
		catch (InvalidCourseworkInput ex) {
			model.addAttribute("problems", ex.messages(this.messages, locale));
			model.addAttribute("body", body);
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return task(assignmentId, null, model);
		}
	}

	/**
	 * The teacher's inbox, of one class and subject when chosen; {@code show=all} adds
	 * the checked submissions.
	 */
	@GetMapping("/coursework/inbox")
	String inbox(@RequestParam(required = false) Long group, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String show, Model model) {
		Tasks.InboxPage page = this.tasks.inbox(group, subject, "all".equals(show));
		model.addAttribute("page", page);
		model.addAttribute("rows", page.rows());
		return "coursework/inbox";
	}

	@GetMapping("/coursework/supervised")
	String supervised(Model model) {
		model.addAttribute("groups", this.tasks.supervised());
		return "coursework/supervised";
	}

	@GetMapping("/coursework/groups/{groupId}/overdue")
	String overdue(@PathVariable long groupId, Model model) {
		model.addAttribute("page", this.tasks.overdue(groupId));
		return "coursework/overdue";
	}

}
