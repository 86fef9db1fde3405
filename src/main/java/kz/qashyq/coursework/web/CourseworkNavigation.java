package kz.qashyq.coursework.web;

import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Coursework in the main menu: the teacher's inbox and assignments, the learner's and the
 * parent's tasks.
 */
@Configuration(proxyBeanMethods = false)
class CourseworkNavigation {

	@Bean
	NavItem courseworkInboxNavItem() {
		return new NavItem("/coursework/inbox", "nav.coursework.inbox", 60,
				(user) -> !user.isReadOnly() && !user.scopesWith(Permission.MANAGE_COURSEWORK).isEmpty());
	}

	@Bean
	NavItem courseworkAssignmentsNavItem() {
		return new NavItem("/coursework/assignments", "nav.coursework.assignments", 61,
				(user) -> !user.isReadOnly() && !user.scopesWith(Permission.MANAGE_COURSEWORK).isEmpty());
	}

	@Bean
	NavItem courseworkSupervisedNavItem() {
		return new NavItem("/coursework/supervised", "nav.coursework.supervised", 63,
				(user) -> user.hasRole(Role.CURATOR));
	}

	@Bean
	NavItem courseworkTasksNavItem() {
		return new NavItem("/coursework/my/tasks", "nav.coursework.tasks", 62,
				(user) -> user.hasRole(Role.STUDENT) || user.hasRole(Role.PARENT));
	}

}
