package kz.qashyq.schedule.web;

import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The events' link in the main menu, for those who apply the order's event templates. An
 * organization's events are linked from its page.
 */
@Configuration(proxyBeanMethods = false)
class EventNavigation {

	@Bean
	NavItem eventTemplatesNavItem() {
		return new NavItem("/schedule/events/templates", "nav.schedule.events", 42,
				(user) -> !user.scopesWith(Permission.MANAGE_EVENTS).isEmpty() && !user.isReadOnly());
	}

}
