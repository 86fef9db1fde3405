package kz.qashyq.access.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.qashyq.platform.i18n.Languages;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.web.WebConfiguration;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After a form sign-in: writes LOGIN to the audit log, switches to the account's language
 * (or remembers the language chosen before signing in, when the account has none), then
 * goes to the page asked for before the sign-in, or home.
 */
@Component
class SignInSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final SignInAudit audit;

	private final AccountRepository accounts;

	private final LocaleResolver localeResolver;

	SignInSuccessHandler(SignInAudit audit, AccountRepository accounts, LocaleResolver localeResolver) {
		this.audit = audit;
		this.accounts = accounts;
		this.localeResolver = localeResolver;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		if (authentication.getPrincipal() instanceof QashyqUser user) {
			this.audit.succeeded(user, request.getRemoteAddr());
			String saved = this.accounts.findById(user.accountId()).map(AccountRepository.Account::locale).orElse(null);
			if (saved != null) {
				this.localeResolver.setLocale(request, response, Locale.forLanguageTag(saved));
			}
			else if (hasLanguageCookie(request)) {
				this.accounts.setLocale(user.accountId(),
						Languages.supported(this.localeResolver.resolveLocale(request)).getLanguage());
			}
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}

	private static boolean hasLanguageCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (WebConfiguration.LANGUAGE_COOKIE.equals(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

}
