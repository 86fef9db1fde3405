package kz.qashyq.content.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import kz.qashyq.content.LearningForm;
import kz.qashyq.content.internal.ComplexService;
import kz.qashyq.content.internal.ContentHomeService;
import kz.qashyq.content.internal.InvalidContentInput;
import kz.qashyq.content.internal.MaterialForm;
import kz.qashyq.content.internal.MaterialService;
import kz.qashyq.content.ComplexComponent;
import kz.qashyq.platform.storage.FileRejectedException;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Disciplines and their e-learning complexes (A1-17, A1-18, A1-24f, A1-25d), the
 * knowledge bank (A1-9b, A1-16b, A1-24g) and the materials with their files. Bad input is
 * shown on the page it came from, translated; nothing is half-saved.
 */
@Controller
class ContentController {

	private final ContentHomeService home;

	private final ComplexService complexes;

	private final MaterialService materials;

	private final MessageSource messages;

	ContentController(ContentHomeService home, ComplexService complexes, MaterialService materials,
			MessageSource messages) {
		this.home = home;
		this.complexes = complexes;
		this.materials = materials;
		this.messages = messages;
	}

	@GetMapping("/content")
	String home(Model model) {
		model.addAttribute("home", this.home.home());
		return "content/home";
	}

	// ---- an organization

	@GetMapping("/content/organizations/{organizationId}")
	String organization(@PathVariable long organizationId, Model model) {
		model.addAttribute("page", this.complexes.organization(organizationId));
		return "content/organization";
	}

	@PostMapping("/content/organizations/{organizationId}/disciplines")
	String createDiscipline(@PathVariable long organizationId, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String programmeVersion, RedirectAttributes redirect, Locale locale) {
		String back = "redirect:/content/organizations/" + organizationId;
		try {
			long id = this.complexes.createDiscipline(organizationId, subject, programmeVersion);
			return "redirect:/content/disciplines/" + id;
		}
		catch (InvalidContentInput ex) {
			return refused(ex, redirect, locale, back);
		}
	}

	@PostMapping("/content/organizations/{organizationId}/disciplines/from-subjects")
	String createFromSubjects(@PathVariable long organizationId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("created", this.complexes.createFromSubjects(organizationId));
		return "redirect:/content/organizations/" + organizationId;
	}

	@GetMapping("/content/organizations/{organizationId}/materials")
	String bank(@PathVariable long organizationId, @RequestParam(required = false) Long discipline,
			@RequestParam(required = false) String q, @RequestParam(required = false) String form,
			@RequestParam(required = false) String language, @RequestParam(required = false) boolean stale,
			Model model) {
		model.addAttribute("page", this.materials.bank(organizationId, discipline, q, form, language, stale));
		model.addAttribute("forms", LearningForm.values());
		model.addAttribute("q", q);
		model.addAttribute("form", form);
		model.addAttribute("language", language);
		model.addAttribute("discipline", discipline);
		return "content/bank";
	}

	// ---- a discipline

	@GetMapping("/content/disciplines/{disciplineId}")
	String discipline(@PathVariable long disciplineId, Model model) {
		model.addAttribute("page", this.complexes.discipline(disciplineId));
		model.addAttribute("forms", LearningForm.values());
		if (!model.containsAttribute("material")) {
			model.addAttribute("material", MaterialForm.empty());
		}
		return "content/discipline";
	}

	@PostMapping("/content/disciplines/{disciplineId}/complex")
	String createComplex(@PathVariable long disciplineId, RedirectAttributes redirect, Locale locale) {
		try {
			return "redirect:/content/complexes/" + this.complexes.createComplex(disciplineId);
		}
		catch (InvalidContentInput ex) {
			return refused(ex, redirect, locale, "redirect:/content/disciplines/" + disciplineId);
		}
	}

	@PostMapping("/content/disciplines/{disciplineId}/materials")
	String createMaterial(@PathVariable long disciplineId, MaterialForm material,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect, Locale locale)
			throws IOException {
		String back = "redirect:/content/disciplines/" + disciplineId;
		MaterialForm form = (material != null) ? material : MaterialForm.empty();
		boolean hasFile = file != null && !file.isEmpty();
		try (InputStream content = hasFile ? file.getInputStream()
				: (file != null && "FILE".equals(form.kind()) ? InputStream.nullInputStream() : null)) {
			long id = this.materials.create(disciplineId, form, content,
					(file != null) ? file.getOriginalFilename() : null);
			redirect.addFlashAttribute("added", id);
			return back;
		}
		catch (InvalidContentInput ex) {
			redirect.addFlashAttribute("material", form);
			return refused(ex, redirect, locale, back);
		}
		catch (FileRejectedException ex) {
			redirect.addFlashAttribute("material", form);
			redirect.addFlashAttribute("problems", List.of(ex.message(this.messages, locale)));
			return back;
		}
	}

	// ---- a complex

	@GetMapping("/content/complexes/{complexId}")
	String complex(@PathVariable long complexId, @RequestParam(required = false) Integer version, Model model) {
		model.addAttribute("page", this.complexes.complex(complexId, version));
		model.addAttribute("components", ComplexComponent.values());
		return "content/complex";
	}

	@PostMapping("/content/complexes/{complexId}/items")
	String addItem(@PathVariable long complexId, @RequestParam(required = false) String component,
			@RequestParam(required = false) Long material, RedirectAttributes redirect, Locale locale) {
		return complexAction(complexId, redirect, locale, () -> this.complexes.addItem(complexId, component, material));
	}

	@PostMapping("/content/complexes/{complexId}/items/delete")
	String removeItem(@PathVariable long complexId, @RequestParam(required = false) String component,
			@RequestParam(required = false) Long material, RedirectAttributes redirect, Locale locale) {
		return complexAction(complexId, redirect, locale,
				() -> this.complexes.removeItem(complexId, component, material));
	}

	@PostMapping("/content/complexes/{complexId}/submit")
	String submit(@PathVariable long complexId, RedirectAttributes redirect, Locale locale) {
		return complexAction(complexId, redirect, locale, () -> this.complexes.submit(complexId));
	}

	@PostMapping("/content/complexes/{complexId}/comments")
	String comment(@PathVariable long complexId, @RequestParam(required = false) String component,
			@RequestParam(required = false) String body, RedirectAttributes redirect, Locale locale) {
		return complexAction(complexId, redirect, locale, () -> this.complexes.comment(complexId, component, body));
	}

	@PostMapping("/content/complexes/{complexId}/review")
	String review(@PathVariable long complexId, @RequestParam(required = false) String sufficient,
			@RequestParam(required = false) String comment, RedirectAttributes redirect, Locale locale) {
		return complexAction(complexId, redirect, locale, () -> this.complexes.review(complexId, sufficient, comment));
	}

	@PostMapping("/content/complexes/{complexId}/approve")
	String approve(@PathVariable long complexId, RedirectAttributes redirect, Locale locale) {
		return complexAction(complexId, redirect, locale, () -> this.complexes.approve(complexId));
	}

	@PostMapping("/content/complexes/{complexId}/return")
	String returnForCorrection(@PathVariable long complexId, RedirectAttributes redirect, Locale locale) {
		return complexAction(complexId, redirect, locale, () -> this.complexes.returnForCorrection(complexId));
	}

	@PostMapping("/content/complexes/{complexId}/versions")
	String newVersion(@PathVariable long complexId, RedirectAttributes redirect, Locale locale) {
		return complexAction(complexId, redirect, locale, () -> this.complexes.newVersion(complexId));
	}

	private String complexAction(long complexId, RedirectAttributes redirect, Locale locale, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", true);
			return "redirect:/content/complexes/" + complexId;
		}
		catch (InvalidContentInput ex) {
			return refused(ex, redirect, locale, "redirect:/content/complexes/" + complexId);
		}
	}

	// ---- a material

	@GetMapping("/content/materials/{materialId}")
	String material(@PathVariable long materialId, Model model) {
		model.addAttribute("page", this.materials.material(materialId));
		model.addAttribute("forms", LearningForm.values());
		return "content/material";
	}

	@PostMapping("/content/materials/{materialId}")
	String updateMaterial(@PathVariable long materialId, MaterialForm material, RedirectAttributes redirect,
			Locale locale) {
		String back = "redirect:/content/materials/" + materialId;
		try {
			this.materials.update(materialId, (material != null) ? material : MaterialForm.empty());
			redirect.addFlashAttribute("saved", true);
			return back;
		}
		catch (InvalidContentInput ex) {
			return refused(ex, redirect, locale, back);
		}
	}

	/**
	 * The file of a material, with the media type detected when it was stored and a
	 * Content-Disposition that names it safely (RFC 6266, UTF-8).
	 */
	@GetMapping("/content/materials/{materialId}/file")
	ResponseEntity<InputStreamResource> file(@PathVariable long materialId) {
		MaterialService.Download download = this.materials.download(materialId);
		boolean inline = download.mediaType().startsWith("image/") || download.mediaType().startsWith("audio/")
				|| download.mediaType().startsWith("video/") || download.mediaType().equals("application/pdf");
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(download.name(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.mediaType()))
			.contentLength(download.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.body(new InputStreamResource(download.content()));
	}

	private String refused(InvalidContentInput ex, RedirectAttributes redirect, Locale locale, String back) {
		redirect.addFlashAttribute("problems", ex.messages(this.messages, locale));
		return back;
	}

}
