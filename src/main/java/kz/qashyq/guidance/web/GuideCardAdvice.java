package kz.qashyq.guidance.web;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import kz.qashyq.guidance.internal.Guides;
import kz.qashyq.guidance.internal.Guides.GuideCard;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.QashyqUser;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the home page ({@code GET /}) the model attribute {@code guideCard} that the
 * fragment {@code guidance/fragments :: card} shows: the welcome to the guide at the
 * first sign-in, then the progress of unfinished guides (O-3.1d).
 * <p>
 * The home page is the busiest page at 08:30, so the card is read once per session and
 * kept in it; opening a guide or marking a step in the session forgets it. A change made
 * in another session of the same user shows here at the next sign-in.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class GuideCardAdvice {

	private static final String CARD = GuideCardAdvice.class.getName() + ".card";

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
		QashyqUser user = CurrentUser.find().orElse(null);
		if (user == null) {
			return null;
		}
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(CARD) instanceof Kept kept
				&& kept.accountId() == user.accountId()) {
			return kept.card();
		}
		GuideCard card = this.guides.card(user).orElse(null);
		if (session != null) {
			session.setAttribute(CARD, new Kept(user.accountId(), card));
		}
		return card;
	}

	/**
	 * Forgets the card kept in the session, after the user's guides changed.
	 */
	static void forget(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(CARD) != null) {
			session.removeAttribute(CARD);
		}
	}

	/**
	 * The card of an account, null for none.
	 */
	record Kept(long accountId, GuideCard card) implements Serializable {
	}

}
