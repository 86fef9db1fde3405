package kz.qashyq.coursework.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import kz.qashyq.coursework.internal.AssignmentEdits;
import kz.qashyq.coursework.internal.AssignmentForm;
import kz.qashyq.coursework.internal.Assignments;
import kz.qashyq.coursework.internal.InvalidCourseworkInput;
import kz.qashyq.coursework.internal.Submissions;
import kz.qashyq.coursework.internal.Views;
import kz.qashyq.coursework.internal.Views.AssignmentView;
import kz.qashyq.coursework.internal.Views.Material;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The teacher's assignment pages: their assignments, the form of a new one with its
 * rubric, an assignment with every learner's status and the form to record work that came
 * through another channel, and the organization's channels (the deputy head).
 */
@Controller
class AssignmentController {

	private final Assignments assignments;

	private final Submissions submissions;

	private final MessageSource messages;

	private final AssignmentEdits edits;

	AssignmentController(Assignments assignments, AssignmentEdits edits, Submissions submissions,
			MessageSource messages) {
		this.edits = edits;
		this.assignments = assignments;
		this.submissions = submissions;
		this.messages = messages;
	}

	@GetMapping("/coursework/assignments")
	String mine(Model model) {
		model.addAttribute("page", this.assignments.mine());
		return "coursework/assignments";
	}

	@GetMapping("/coursework/groups/{groupId}/assignments/new")
	String form(@PathVariable long groupId, @RequestParam(required = false) String subject, Model model) {
		model.addAttribute("page", this.assignments.formPage(groupId, subject));
		model.addAttribute("rows", Forms.CRITERIA_ROWS);
		model.addAttribute("descriptorRows", Forms.DESCRIPTOR_ROWS);
		model.addAttribute("workTypes", kz.qashyq.coursework.WorkType.values());
		if (!model.containsAttribute("values")) {
			model.addAttribute("values", java.util.Map.of());
		}
		return "coursework/new";
	}

	@PostMapping("/coursework/groups/{groupId}/assignments")
	String create(@PathVariable long groupId, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "materials", required = false) List<MultipartFile> materials, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		AssignmentForm form = formOf(params, materials);
		try {
			long id = this.assignments.create(groupId, form);
			redirect.addFlashAttribute("created", true);
			return "redirect:/coursework/assignments/" + id;
		}
		catch (InvalidCourseworkInput ex) {
			model.addAttribute("problems", ex.messages(this.messages, locale));
			model.addAttribute("values", Forms.values(params));
			model.addAttribute("chosenChannels", params.getOrDefault("channels", List.of()));
			model.addAttribute("chosenLearners", params.getOrDefault("learners", List.of()));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return form(groupId, params.getFirst("subject"), model);
		}
	}

	private static AssignmentForm formOf(MultiValueMap<String, String> params, List<MultipartFile> materials) {
		return new AssignmentForm(params.getFirst("subject"), params.getFirst("title"), params.getFirst("instructions"),
				params.getFirst("workType"), "true".equals(params.getFirst("summative")),
				Forms.id(params.getFirst("topicId")), params.getFirst("release"), params.getFirst("deadline"),
				params.get("channels"), Forms.decimal(params.getFirst("totalPoints"), java.math.BigDecimal.valueOf(-1)),
				Forms.criteria(params), Forms.ids(params.get("learners")), Forms.uploads(materials));
	}

	/**
	 * Editing an issued assignment: the whole form while nobody has submitted, else the
	 * deadline and the instructions only.
	 */
	@GetMapping("/coursework/assignments/{assignmentId}/edit")
	String edit(@PathVariable long assignmentId, Model model) {
		AssignmentEdits.EditPage page = this.edits.page(assignmentId);
		AssignmentView a = page.assignment();
		model.addAttribute("editing", a);
		if (!model.containsAttribute("values")) {
			model.addAttribute("values", Forms.valuesOf(a));
			model.addAttribute("chosenChannels", a.channels().stream().map(Enum::name).toList());
			model.addAttribute("chosenLearners", a.learnerIds().stream().map(String::valueOf).toList());
		}
		if (page.submitted()) {
			return "coursework/edit";
		}
		model.addAttribute("page", page.form());
		model.addAttribute("rows", Math.max(Forms.CRITERIA_ROWS, a.criteria().size() + 1));
		model.addAttribute("descriptorRows", Math.max(Forms.DESCRIPTOR_ROWS,
				a.criteria().stream().mapToInt((c) -> c.descriptors().size()).max().orElse(0)));
		model.addAttribute("workTypes", kz.qashyq.coursework.WorkType.values());
		return "coursework/new";
	}

	@PostMapping("/coursework/assignments/{assignmentId}/edit")
	String update(@PathVariable long assignmentId, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "materials", required = false) List<MultipartFile> materials, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.edits.update(assignmentId, formOf(params, materials));
			redirect.addFlashAttribute("updated", true);
			return "redirect:/coursework/assignments/" + assignmentId;
		}
		catch (InvalidCourseworkInput ex) {
			model.addAttribute("problems", ex.messages(this.messages, locale));
			model.addAttribute("values", Forms.values(params));
			model.addAttribute("chosenChannels", params.getOrDefault("channels", List.of()));
			model.addAttribute("chosenLearners", params.getOrDefault("learners", List.of()));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return edit(assignmentId, model);
		}
	}

	/**
	 * An assignment; after recording work that came by another channel, with its receipt
	 * ({@code ?receipt=}, in the address like the learner's, so a replayed page still
	 * shows it, and only to those who may see it).
	 */
	@GetMapping("/coursework/assignments/{assignmentId}")
	String assignment(@PathVariable long assignmentId, @RequestParam(name = "receipt", required = false) Long receiptId,
			Model model) {
		model.addAttribute("page", this.assignments.page(assignmentId));
		model.addAttribute("key", UUID.randomUUID().toString());
		if (receiptId != null) {
			Views.Receipt receipt = this.submissions.receipt(receiptId);
			if (receipt.assignmentId() == assignmentId) {
				model.addAttribute("receipt", receipt);
			}
		}
		return "coursework/assignment";
	}

	@GetMapping("/coursework/assignments/{assignmentId}/material")
	void material(@PathVariable long assignmentId, @RequestParam(name = "n", defaultValue = "1") int position,
			HttpServletResponse response) throws IOException {
		Material material = this.assignments.material(assignmentId, position);
		Downloads.send(response, material.name(), material.mediaType(), material.size(),
				() -> this.submissions.open(material));
	}

	@PostMapping("/coursework/assignments/{assignmentId}/submissions")
	String record(@PathVariable long assignmentId, @RequestParam MultiValueMap<String, String> params,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model, Locale locale,
			HttpServletResponse response) {
		Submissions.RecordedSubmission submission = new Submissions.RecordedSubmission(
				Forms.id(params.getFirst("learner")), params.getFirst("channel"), params.getFirst("receivedAt"),
				params.getFirst("body"), Forms.uploads(files), params.getFirst("key"));
		try {
			Submissions.Outcome outcome = this.submissions.record(assignmentId, submission);
			return "redirect:/coursework/assignments/" + assignmentId + "?receipt=" + outcome.receipt().submissionId();
		}
		catch (InvalidCourseworkInput ex) {
			model.addAttribute("problems", ex.messages(this.messages, locale));
			model.addAttribute("values", Forms.values(params));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return assignment(assignmentId, null, model);
		}
	}

	@GetMapping("/coursework/organizations/{organizationId}/channels")
	String channels(@PathVariable long organizationId, Model model) {
		model.addAttribute("page", this.assignments.channelsPage(organizationId));
		return "coursework/channels";
	}

	@PostMapping("/coursework/organizations/{organizationId}/channels")
	String saveChannels(@PathVariable long organizationId,
			@RequestParam(name = "channels", required = false) List<String> channels, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.assignments.saveChannels(organizationId, channels);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/coursework/organizations/" + organizationId + "/channels";
		}
		catch (InvalidCourseworkInput ex) {
			model.addAttribute("problems", ex.messages(this.messages, locale));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return channels(organizationId, model);
		}
	}

	/**
	 * Streams a stored file as a download.
	 */
	static final class Downloads {

		interface Source {

			InputStream open() throws IOException;

		}

		private Downloads() {
		}

		static void send(HttpServletResponse response, String name, String mediaType, long size, Source source)
				throws IOException {
			response.setContentType((mediaType != null) ? mediaType : "application/octet-stream");
			response.setContentLengthLong(size);
			response.setHeader("Content-Disposition",
					org.springframework.http.ContentDisposition.attachment()
						.filename(name, java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString());
			response.setHeader("X-Content-Type-Options", "nosniff");
			try (InputStream in = source.open()) {
				StreamUtils.copy(in, response.getOutputStream());
			}
		}

	}

}
