package kz.qashyq.schedule.web;

import kz.qashyq.platform.web.NavItem;
import kz.qashyq.schedule.internal.myday.MyDayAccess;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "My day" in the main navigation for students, parents, teachers and curators.
 */
@Configuration(proxyBeanMethods = false)
class MyDayNavigation {

	@Bean
	NavItem myDayNavItem() {
		return new NavItem("/schedule/my/day", "myday.title", 5, MyDayAccess::hasOwnDay);
	}

}
