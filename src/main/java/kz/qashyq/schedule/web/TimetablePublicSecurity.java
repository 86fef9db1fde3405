package kz.qashyq.schedule.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * A1-24b: the public timetable links open without sign-in (read-only, GET only), with the
 * platform's strict headers.
 */
@Configuration(proxyBeanMethods = false)
class TimetablePublicSecurity {

	@Bean
	@Order(10)
	@ConditionalOnWebApplication
	SecurityFilterChain publicTimetableFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher("/public/timetables/**");
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.GET, "/public/timetables/**")
			.permitAll()
			.anyRequest()
			.denyAll());
		http.headers((headers) -> headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
					+ "style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; "
					+ "base-uri 'self'; object-src 'none'"))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

}
