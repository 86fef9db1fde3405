package kz.qashyq.schedule.web;

import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.ScopeType;
import kz.qashyq.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The timetable pages in the main menu, for whoever manages an organization's timetable.
 */
@Configuration(proxyBeanMethods = false)
class TimetableNavigation {

	@Bean
	NavItem timetablesNavItem() {
		return new NavItem("/timetables", "nav.timetables", 40,
				(user) -> user.scopesWith(Permission.MANAGE_TIMETABLE)
					.stream()
					.anyMatch((scope) -> scope.type() == ScopeType.ORGANIZATION));
	}

	@Bean
	NavItem studyLoadNavItem() {
		return new NavItem("/timetables/study-load", "nav.studyLoad", 41,
				(user) -> user.scopesWith(Permission.MANAGE_TIMETABLE)
					.stream()
					.anyMatch((scope) -> scope.type() == ScopeType.ORGANIZATION));
	}

}
