package kz.qashyq.schedule.internal.feed;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The calendar feeds are read by calendar applications that cannot sign in: the secret
 * token in the link is the authorization, checked by the feed service (an unknown or
 * revoked token gets 404). No session, no CSRF (read only), nothing else under the path.
 */
@Configuration(proxyBeanMethods = false)
class FeedSecurityConfiguration {

	@Bean
	@Order(10)
	@ConditionalOnWebApplication
	SecurityFilterChain calendarFeedFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/feeds/**");
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.csrf((csrf) -> csrf.disable());
		http.requestCache((cache) -> cache.disable());
		return http.build();
	}

}
