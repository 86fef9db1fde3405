package kz.qashyq.policy.web;

import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The policy module's link in the main menu: the policies and the regimes of one's scope.
 */
@Configuration(proxyBeanMethods = false)
class PolicyNavigation {

	@Bean
	NavItem policyNavItem() {
		return new NavItem("/policy", "nav.policy", 40, (user) -> !user.scopesWith(Permission.VIEW_TIMETABLE).isEmpty()
				|| !user.scopesWith(Permission.MANAGE_POLICY).isEmpty());
	}

}
