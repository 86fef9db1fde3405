package kz.qashyq.directory.web;

import kz.qashyq.platform.web.NavItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DirectoryNavigation {

	@Bean
	NavItem homeNavItem() {
		return new NavItem("/", "nav.home", 0, (user) -> true);
	}

}
