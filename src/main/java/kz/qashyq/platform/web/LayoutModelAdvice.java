package kz.qashyq.platform.web;

import java.util.Comparator;
import java.util.List;

import kz.qashyq.platform.db.DemoMode;
import kz.qashyq.platform.i18n.Languages;
import kz.qashyq.platform.security.CurrentUser;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the layout needs on every page: the navigation for the signed-in user, the
 * language, demo mode.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModelAdvice {

	private final List<NavItem> items;

	private final boolean demo;

	LayoutModelAdvice(ObjectProvider<NavItem> items, Environment environment) {
		this.items = items.orderedStream().sorted(Comparator.comparingInt(NavItem::order)).toList();
		this.demo = DemoMode.isEnabled(environment);
	}

	@ModelAttribute("navigation")
	List<NavItem> navigation() {
		return CurrentUser.find()
			.map((user) -> this.items.stream().filter((item) -> item.visibleTo().test(user)).toList())
			.orElse(List.of());
	}

	@ModelAttribute("lang")
	String language() {
		return Languages.current();
	}

	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demo;
	}

}
