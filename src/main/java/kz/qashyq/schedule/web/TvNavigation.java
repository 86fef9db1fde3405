package kz.qashyq.schedule.web;

import kz.qashyq.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The TV schedule's link in the main menu: the schedule is public to every signed-in
 * user.
 */
@Configuration(proxyBeanMethods = false)
class TvNavigation {

	@Bean
	NavItem tvScheduleNavItem() {
		return new NavItem("/schedule/tv", "nav.schedule.tv", 40, (user) -> true);
	}

}
