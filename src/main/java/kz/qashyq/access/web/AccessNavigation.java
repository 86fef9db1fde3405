package kz.qashyq.access.web;

import kz.qashyq.access.internal.ObserverService;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.ScopeType;
import kz.qashyq.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The access module's links in the main menu.
 */
@Configuration(proxyBeanMethods = false)
class AccessNavigation {

	@Bean
	NavItem observersNavItem() {
		return new NavItem("/access/observers", "nav.access.observers", 80,
				(user) -> user.scopesWith(Permission.MANAGE_OBSERVERS)
					.stream()
					.anyMatch((scope) -> scope.type() == ScopeType.ORGANIZATION));
	}

	@Bean
	NavItem observerRequestsNavItem() {
		return new NavItem("/access/observer-requests", "nav.access.observerRequests", 81,
				ObserverService::isRequester);
	}

	@Bean
	NavItem auditNavItem() {
		return new NavItem("/access/audit", "nav.access.audit", 85,
				(user) -> !user.scopesWith(Permission.VIEW_AUDIT).isEmpty());
	}

	@Bean
	NavItem passwordNavItem() {
		return new NavItem("/account/password", "nav.access.password", 95, (user) -> true);
	}

}
