package kz.qashyq.platform.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import kz.qashyq.platform.db.DemoMode;
import kz.qashyq.platform.i18n.Languages;
import kz.qashyq.platform.security.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the navigation for the signed-in user, the
 * language, demo mode.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModelAdvice {

	private static final List<String> LANGUAGES = List.of("kk", "ru", "en");

	private final List<NavItem> items;

	private final boolean demo;

	LayoutModelAdvice(ObjectProvider<NavItem> items, Environment environment) {
		this.items = items.orderedStream().sorted(Comparator.comparingInt(NavItem::order)).toList();
		this.demo = DemoMode.isEnabled(environment);
	}

	@ModelAttribute("navigation")
	List<NavItem> navigation() {
		return CurrentUser.find()
			.map((user) -> this.items.stream()
				.filter((item) -> item.visibleTo().test(user))
				.map((item) -> item.forUser(user))
				.toList())
			.orElse(List.of());
	}

	/**
	 * The menu's link to the section the page belongs to ({@code currentNav}, the longest
	 * path the page's address starts with, or null) and whether it is the page itself
	 * ({@code currentNavExact}): marked with {@code aria-current} and named beside "Menu"
	 * on a phone, where the links are folded.
	 */
	@ModelAttribute
	void currentSection(HttpServletRequest request, Model model) {
		Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = ((forwarded instanceof String uri) ? uri : request.getRequestURI())
			.substring(request.getContextPath().length());
		NavItem current = null;
		for (NavItem item : navigation()) {
			String section = item.path();
			boolean within = path.equals(section) || (!section.equals("/") && path.startsWith(section + "/"));
			if (within && (current == null || section.length() > current.path().length())) {
				current = item;
			}
		}
		model.addAttribute("currentNav", current);
		model.addAttribute("currentNavExact", current != null && path.equals(current.path()));
	}

	@ModelAttribute("lang")
	String language() {
		return Languages.current();
	}

	/**
	 * The language switch's links: the page's own address with its parameters (a chosen
	 * date, the journal's filters), only {@code lang} replaced.
	 */
	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		Object forwarded = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (forwarded instanceof String uri) ? uri : request.getRequestURI();
		StringBuilder kept = new StringBuilder();
		String query = (forwarded == null) ? request.getQueryString() : null;
		if (query != null) {
			for (String parameter : query.split("&")) {
				if (!parameter.isEmpty() && !parameter.equals("lang") && !parameter.startsWith("lang=")) {
					kept.append(parameter).append('&');
				}
			}
		}
		Map<String, String> links = new LinkedHashMap<>();
		for (String language : LANGUAGES) {
			links.put(language, path + "?" + kept + "lang=" + language);
		}
		return links;
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demo;
	}

}
