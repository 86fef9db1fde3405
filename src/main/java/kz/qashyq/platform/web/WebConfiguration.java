package kz.qashyq.platform.web;

import java.time.Duration;

import kz.qashyq.platform.i18n.Languages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.resource.VersionResourceResolver;
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

	/**
	 * The few scripts (progressive enhancement only, such as the rubric's running total)
	 * under {@code /js/**}, versioned by content and cached like the style sheet; the
	 * other static files stay under {@code /css/**} (see application.properties).
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(7)))
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
