package kz.qashyq.access.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.qashyq.platform.security.CurrentUser;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sign-in, sessions (in the database), CSRF, security headers, and the rule that
 * read-only users (observers, coordinators) never write. Role and scope of each request
 * are checked again in the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String[] PUBLIC = { "/login", "/setup", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error",
			"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
			"/swagger-ui.html" };

	/**
	 * What a read-only user may still post: signing out, their own password and their own
	 * progress through their guide.
	 */
	static final Set<String> READ_ONLY_MAY_POST = Set.of("/logout", "/account/password", "/guide/step");

	/**
	 * No observation (timer, long-task timer, tags) around each of the security filters
	 * and each authorization decision of every request: measured at about a fifth of the
	 * CPU of a signed-in JSON request under load (docs/performance.md). Sign-ins stay
	 * observed; the request as a whole is still timed by {@code http.server.requests}.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(false)
			.shouldObserveAuthorizations(false)
			.shouldObserveAuthentications(true)
			.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(QashyqUserDetailsService users, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, AccountRepository accounts, SignInAudit audit) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(passwordEncoder);
		// A disabled or expired account is told only to whoever knows its password:
		// before
		// the password is checked it answers like any wrong login.
		dao.setPreAuthenticationChecks((user) -> {
		});
		dao.setPostAuthenticationChecks(SecurityConfiguration::checkUsable);
		return new ProviderManager(new ThrottledAuthenticationProvider(dao, throttle, accounts, audit));
	}

	@Bean
	@ConditionalOnWebApplication // the benchmark generator runs without a web server
	SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
			SignInSuccessHandler successHandler) throws Exception {
		// Named explicitly: otherwise Spring Security builds its own provider from the
		// UserDetailsService bean, without the sign-in delays.
		http.authenticationManager(authenticationManager);
		http.authorizeHttpRequests(
				(requests) -> requests.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated());
		http.formLogin((form) -> form.loginPage("/login")
			.successHandler(successHandler)
			.failureHandler(failureHandler())
			.permitAll());
		// Anonymous visitors are kept out of the session table: the CSRF token lives in a
		// cookie (double submit, masked per page against BREACH) and the page asked for
		// before signing in too; only a signed-in user has a stored session.
		CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
		csrfTokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens));
		CookieRequestCache requestCache = new CookieRequestCache();
		http.requestCache((cache) -> cache.requestCache(requestCache));
		successHandler.setRequestCache(requestCache);
		http.httpBasic((basic) -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		http.logout((logout) -> logout.logoutSuccessUrl("/login?logout"));
		http.exceptionHandling((exceptions) -> exceptions
			.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
					PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
					PathPatternRequestMatcher.withDefaults().matcher("/**")));
		http.headers((headers) -> headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives("default-src 'self'; script-src 'self'; "
					+ "style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; "
					+ "base-uri 'self'; object-src 'none'"))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		http.addFilterAfter(new ReadOnlyUserFilter(), ExceptionTranslationFilter.class);
		return http.build();
	}

	private static void checkUsable(UserDetails user) {
		if (!user.isEnabled()) {
			throw new DisabledException("The account is disabled");
		}
		if (!user.isAccountNonExpired()) {
			throw new AccountExpiredException("The account has expired");
		}
	}

	/**
	 * After a refused sign-in: one answer for a wrong password, an unknown login and an
	 * attempt during the wait ({@code error}, with {@code wait} in seconds when the pair
	 * must wait); {@code error=disabled} only after the right password.
	 */
	private static AuthenticationFailureHandler failureHandler() {
		return (request, response, exception) -> {
			String target = "/login?error";
			if ("disabled".equals(failureReason(exception))) {
				target = "/login?error=disabled";
			}
			else if (exception instanceof ThrottledAuthenticationProvider.SignInRefusedException refused
					&& !refused.waitBeforeNextAttempt().isZero()) {
				long seconds = refused.waitBeforeNextAttempt().plusMillis(999).toSeconds();
				target = "/login?error&wait=" + seconds;
			}
			response.sendRedirect(request.getContextPath() + target);
		};
	}

	static String failureReason(AuthenticationException exception) {
		if (exception instanceof DisabledException || exception instanceof AccountExpiredException) {
			return "disabled";
		}
		return "credentials";
	}

	/**
	 * Refuses every write of a user whose roles are all read-only, whatever the URL.
	 */
	static class ReadOnlyUserFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			boolean write = !Set.of("GET", "HEAD", "OPTIONS", "TRACE").contains(request.getMethod());
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (write && !READ_ONLY_MAY_POST.contains(path)
					&& CurrentUser.find().map((user) -> user.isReadOnly()).orElse(false)) {
				throw new AccessDeniedException("Read-only users cannot write");
			}
			chain.doFilter(request, response);
		}

	}

}
