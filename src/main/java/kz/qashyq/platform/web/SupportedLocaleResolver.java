package kz.qashyq.platform.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import kz.qashyq.platform.i18n.Languages;

import org.springframework.web.servlet.LocaleResolver;

/**
 * Keeps every resolved and every chosen locale within Kazakh, Russian and English.
 */
class SupportedLocaleResolver implements LocaleResolver {

	private final LocaleResolver delegate;

	SupportedLocaleResolver(LocaleResolver delegate) {
		this.delegate = delegate;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return Languages.supported(this.delegate.resolveLocale(request));
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		this.delegate.setLocale(request, response, (locale != null) ? Languages.supported(locale) : null);
	}

}
