package kz.qashyq.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * MockMvc requests in English unless a test says otherwise (without a language the
 * platform answers in Kazakh).
 */
@TestConfiguration(proxyBeanMethods = false)
public class EnglishByDefault {

	@Bean
	MockMvcBuilderCustomizer englishByDefault() {
		return (builder) -> builder.defaultRequest(get("/").header("Accept-Language", "en"));
	}

}
