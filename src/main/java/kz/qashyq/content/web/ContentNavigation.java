package kz.qashyq.content.web;

import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Content in the main menu: complexes, the knowledge bank and plans for staff who view
 * content; the thematic schedule for learners and parents.
 */
@Configuration(proxyBeanMethods = false)
class ContentNavigation {

	@Bean
	NavItem contentNavItem() {
		return new NavItem("/content", "nav.content", 44,
				(user) -> !user.scopesWith(Permission.VIEW_CONTENT).isEmpty());
	}

	@Bean
	NavItem thematicScheduleNavItem() {
		return new NavItem("/content/my/schedule", "nav.content.schedule", 6,
				(user) -> user.hasRole(Role.STUDENT) || user.hasRole(Role.PARENT));
	}

}
