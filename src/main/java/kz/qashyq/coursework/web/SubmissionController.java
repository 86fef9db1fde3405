package kz.qashyq.coursework.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import kz.qashyq.coursework.internal.Grading;
import kz.qashyq.coursework.internal.InvalidCourseworkInput;
import kz.qashyq.coursework.internal.Submissions;
import kz.qashyq.coursework.internal.Views.FileView;
import kz.qashyq.coursework.internal.Views.Receipt;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A submission: the teacher's grading page by the rubric, honesty flags, and the receipt
 * and files for whoever may see the submission.
 */
@Controller
class SubmissionController {

	private final Grading grading;

	private final Submissions submissions;

	private final MessageSource messages;

	SubmissionController(Grading grading, Submissions submissions, MessageSource messages) {
		this.grading = grading;
		this.submissions = submissions;
		this.messages = messages;
	}

	@GetMapping("/coursework/submissions/{submissionId}")
	String submission(@PathVariable long submissionId, Model model) {
		model.addAttribute("page", this.grading.page(submissionId));
		if (!model.containsAttribute("values")) {
			model.addAttribute("values", java.util.Map.of());
		}
		return "coursework/submission";
	}

	@PostMapping("/coursework/submissions/{submissionId}/grade")
	String grade(@PathVariable long submissionId, @RequestParam MultiValueMap<String, String> params, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Grading.GradeForm form = new Grading.GradeForm(Forms.scores(params), params.getFirst("feedback"),
				Forms.decimal(params.getFirst("mark"), java.math.BigDecimal.valueOf(-1)));
		try {
			this.grading.grade(submissionId, form);
			redirect.addFlashAttribute("graded", true);
			return "redirect:/coursework/submissions/" + submissionId;
		}
		catch (InvalidCourseworkInput ex) {
			model.addAttribute("problems", ex.messages(this.messages, locale));
			model.addAttribute("values", Forms.values(params));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return submission(submissionId, model);
		}
	}

	@PostMapping("/coursework/submissions/{submissionId}/flag")
	String flag(@PathVariable long submissionId, @RequestParam(required = false) String comment, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.grading.flag(submissionId, comment);
			redirect.addFlashAttribute("flagged", true);
			return "redirect:/coursework/submissions/" + submissionId;
		}
		catch (InvalidCourseworkInput ex) {
			model.addAttribute("problems", ex.messages(this.messages, locale));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return submission(submissionId, model);
		}
	}

	@GetMapping("/coursework/submissions/{submissionId}/receipt")
	ResponseEntity<String> receipt(@PathVariable long submissionId, Locale locale) {
		Receipt receipt = this.submissions.receipt(submissionId);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(receipt.number() + ".txt").build().toString())
			.body(ReceiptText.of(receipt, this.messages, locale));
	}

	@GetMapping("/coursework/submissions/{submissionId}/file")
	void file(@PathVariable long submissionId, @RequestParam(name = "n", defaultValue = "1") int position,
			HttpServletResponse response) throws IOException {
		FileView file = this.submissions.file(submissionId, position);
		AssignmentController.Downloads.send(response, file.name(), file.mediaType(), file.size(),
				() -> this.submissions.open(file));
	}

}
