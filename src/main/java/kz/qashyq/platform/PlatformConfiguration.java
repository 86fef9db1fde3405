package kz.qashyq.platform;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Shared infrastructure beans.
 */
@Configuration(proxyBeanMethods = false)
public class PlatformConfiguration {

	/**
	 * Message bundles: one folder per module under {@code i18n/}, each with Kazakh,
	 * Russian and English files kept in step by a test.
	 */
	public static final String[] MESSAGE_BUNDLES = { "i18n/platform/messages", "i18n/directory/messages",
			"i18n/access/messages", "i18n/roster/messages", "i18n/orgadmin/messages", "i18n/groups/messages",
			"i18n/policy/messages", "i18n/timetable/messages", "i18n/events/messages", "i18n/myday/messages",
			"i18n/content/messages", "i18n/coursework/messages", "i18n/journal/messages", "i18n/guidance/messages" };

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messageSource = new ResourceBundleMessageSource();
		messageSource.setBasenames(MESSAGE_BUNDLES);
		messageSource.setDefaultEncoding("UTF-8");
		messageSource.setFallbackToSystemLocale(false);
		return messageSource;
	}

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
