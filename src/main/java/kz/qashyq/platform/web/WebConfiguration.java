package kz.qashyq.platform.web;

import java.time.Duration;

import kz.qashyq.platform.i18n.Languages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages: {@code ?lang=kk|ru|en} switches and a cookie remembers the choice; without
 * one the browser's preferred language decides, Kazakh when it is none of the three.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

	public static final String LANGUAGE_COOKIE = "qashyq-lang";

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction((request) -> (request.getHeader("Accept-Language") != null)
				? Languages.supported(request.getLocale()) : Languages.KAZAKH);
		return new SupportedLocaleResolver(resolver);
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		interceptor.setHttpMethods("GET", "POST");
		registry.addInterceptor(interceptor);
	}

}
