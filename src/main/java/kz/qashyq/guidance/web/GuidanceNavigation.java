package kz.qashyq.guidance.web;

import kz.qashyq.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Guide" in the main menu, for every signed-in user (O-3.1d: the guide stays available
 * in every role's workspace).
 */
@Configuration(proxyBeanMethods = false)
class GuidanceNavigation {

	@Bean
	NavItem guideNavItem() {
		return new NavItem("/guide", "nav.guide", 90, (user) -> true);
	}

}
