package kz.qashyq.access.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Two interceptors of the access module: the signed-in user's language choice is kept on
 * the account, and an observer's every page view is written to the audit log (O-2.9b),
 * after checking that the observer login is still valid (revoked or expired logins end at
 * once, not at the end of the session).
 */
@Configuration(proxyBeanMethods = false)
class AccessWebConfiguration implements WebMvcConfigurer {

	static final String VIEW = "VIEW";

	private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

	private final AccountRepository accounts;

	private final AccountScopes scopes;

	private final JdbcAuditTrail audit;

	AccessWebConfiguration(AccountRepository accounts, AccountScopes scopes, JdbcAuditTrail audit) {
		this.accounts = accounts;
		this.scopes = scopes;
		this.audit = audit;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguagePreference());
		registry.addInterceptor(new ObserverActivity()).excludePathPatterns("/error", "/error/**");
	}

	/**
	 * Stores {@code ?lang=xx} of a signed-in user on the account.
	 */
	class LanguagePreference implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			String lang = request.getParameter("lang");
			if (lang != null && LANGUAGES.contains(lang)) {
				CurrentUser.find()
					.ifPresent((user) -> AccessWebConfiguration.this.accounts.setLocale(user.accountId(), lang));
			}
			return true;
		}

	}

	/**
	 * For observers: refuses a login that was revoked or has expired, and logs every page
	 * they were shown.
	 */
	class ObserverActivity implements HandlerInterceptor {

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
				throws IOException {
			QashyqUser observer = observer();
			if (observer == null || AccessWebConfiguration.this.accounts.isActive(observer.accountId())) {
				return true;
			}
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login?error=disabled");
			return false;
		}

		@Override
		public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
				Exception ex) {
			QashyqUser observer = observer();
			if (observer == null || ex != null || response.getStatus() >= 400 || !(handler instanceof HandlerMethod)
					|| !"GET".equals(request.getMethod())) {
				return;
			}
			String page = request.getRequestURI().substring(request.getContextPath().length());
			String query = request.getQueryString();
			AccessWebConfiguration.this.audit.recordAs(observer.accountId(), observer.getUsername(), AuditEvent.of(VIEW,
					"PAGE", (query != null) ? page + "?" + query : page,
					AccessWebConfiguration.this.scopes.homePath(
							observer.grants().stream().filter((grant) -> grant.role() == Role.QA_OBSERVER).toList()),
					null));
		}

		private QashyqUser observer() {
			return CurrentUser.find()
				.filter((user) -> user.grants().stream().map(Grant::role).anyMatch((role) -> role == Role.QA_OBSERVER))
				.orElse(null);
		}

	}

}
