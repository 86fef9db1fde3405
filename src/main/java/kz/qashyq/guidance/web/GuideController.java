package kz.qashyq.guidance.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import kz.qashyq.guidance.internal.Guide;
import kz.qashyq.guidance.internal.Guides;
import kz.qashyq.platform.web.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The signed-in user's guides (O-3.1d): {@code /guide} opens the first of them,
 * {@code /guide/{guide}} any other; each opening is counted, except the page shown again
 * after a step was marked done (A1-11).
 */
@Controller
class GuideController {

	private final Guides guides;

	GuideController(Guides guides) {
		this.guides = guides;
	}

	@GetMapping("/guide")
	String mine(@RequestParam(required = false) String marked, Model model, HttpServletRequest request) {
		return page(null, marked, model, request);
	}

	/**
	 * One of the user's guides; any other name (an old link, a guide of a role the user
	 * no longer holds) leads to the user's own guide.
	 */
	@GetMapping("/guide/{slug}")
	String guide(@PathVariable String slug, @RequestParam(required = false) String marked, Model model,
			HttpServletRequest request) {
		Optional<Guide> guide = Guide.ofSlug(slug).filter(this.guides::isMine);
		if (guide.isEmpty()) {
			return "redirect:/guide";
		}
		return page(guide.get(), marked, model, request);
	}

	@PostMapping("/guide/step")
	String markDone(@RequestParam("guide") String slug, @RequestParam String step, HttpServletRequest request) {
		Guide guide = guide(slug);
		this.guides.markDone(guide, step);
		GuideCardAdvice.forget(request);
		return "redirect:" + UriComponentsBuilder.fromPath("/guide/{slug}")
			.queryParam("marked", step)
			.fragment("step-" + step)
			.buildAndExpand(guide.slug())
			.encode()
			.toUriString();
	}

	private String page(Guide guide, String marked, Model model, HttpServletRequest request) {
		model.addAttribute("page", this.guides.open(guide, marked == null).orElse(null));
		GuideCardAdvice.forget(request);
		model.addAttribute("marked", marked);
		return "guidance/guide";
	}

	private static Guide guide(String slug) {
		return Guide.ofSlug(slug).orElseThrow(() -> new NotFoundException("guide " + slug));
	}

}
