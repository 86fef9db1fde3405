package kz.qashyq.guidance.web;

import jakarta.servlet.http.HttpServletRequest;
import kz.qashyq.guidance.internal.Guides;
import kz.qashyq.guidance.internal.Guides.GuideCard;
import kz.qashyq.platform.security.CurrentUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the home page ({@code GET /}) the model attribute {@code guideCard} that the
 * fragment {@code guidance/fragments :: card} shows: the welcome to the guide at the
 * first sign-in, then the progress of unfinished guides (O-3.1d). One statement on the
 * home page, none on any other.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class GuideCardAdvice {

	private final Guides guides;

	GuideCardAdvice(Guides guides) {
		this.guides = guides;
	}

	@ModelAttribute("guideCard")
	GuideCard guideCard(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())
				|| !"/".equals(request.getRequestURI().substring(request.getContextPath().length()))) {
			return null;
		}
		return CurrentUser.find().flatMap(this.guides::card).orElse(null);
	}

}
