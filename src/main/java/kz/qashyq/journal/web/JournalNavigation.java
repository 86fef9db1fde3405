package kz.qashyq.journal.web;

import kz.qashyq.journal.internal.LearnerJournalService;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The journal in the main navigation: teachers and curators (their classes and groups),
 * students and parents (their own journal and their children's), and the staff who see
 * journals; curators and class teachers also straight to their group's overview, named by
 * the group's kind.
 */
@Configuration(proxyBeanMethods = false)
class JournalNavigation {

	@Bean
	NavItem journalNavItem() {
		return new NavItem("/journal", "nav.journal", 8, (user) -> user.hasRole(Role.STUDENT)
				|| user.hasRole(Role.PARENT) || !user.scopesWith(Permission.VIEW_JOURNAL).isEmpty());
	}

	/**
	 * “My class” for a class teacher, “My group” for the curator of a college or
	 * university group, a kindergarten educator, a circle's teacher.
	 */
	@Bean
	NavItem journalGroupNavItem(LearnerJournalService learners) {
		return new NavItem("/journal/my-group", "nav.journal.group", 9, (user) -> user.hasRole(Role.CURATOR),
				(user) -> learners.myGroupIsClass(user) ? "nav.journal.class" : "nav.journal.group");
	}

}
