package kz.qashyq.guidance;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.qashyq.guidance.internal.Guide;
import kz.qashyq.guidance.internal.GuideCatalogue;
import kz.qashyq.guidance.internal.GuideCatalogue.GuideStep;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guides' texts: every guide and every step in Kazakh, Russian and English, the same
 * steps in each language and nothing else.
 */
class GuideTextsTests {

	private static final Pattern STEP_KEY = Pattern.compile("guide\\.([a-z-]+)\\.([a-z]+)\\.(title|text)");

	@Test
	@DisplayName("O-3.1d every guide has 4 to 7 steps, each with a title and a text in kk, ru and en, and no language has other steps")
	void shouldHaveTheSameStepsInEveryLanguage() throws IOException {
		for (String language : new String[] { "kk", "ru", "en" }) {
			Properties texts = load(language);
			Set<String> expected = new TreeSet<>();
			for (Guide guide : Guide.values()) {
				assertThat(GuideCatalogue.steps(guide)).as("steps of %s", guide).hasSizeBetween(4, 7);
				assertThat(texts.getProperty(guide.titleKey())).as("%s in %s", guide.titleKey(), language).isNotBlank();
				assertThat(texts.getProperty(guide.introKey())).as("%s in %s", guide.introKey(), language).isNotBlank();
				for (GuideStep step : GuideCatalogue.steps(guide)) {
					assertThat(step.link()).startsWith("/");
					expected.add(step.titleKey(guide));
					expected.add(step.textKey(guide));
				}
			}
			Set<String> steps = new TreeSet<>();
			for (String key : texts.stringPropertyNames()) {
				Matcher matcher = STEP_KEY.matcher(key);
				if (matcher.matches() && Guide.ofSlug(matcher.group(1)).isPresent()) {
					steps.add(key);
				}
			}
			assertThat(steps).as("step texts in %s", language).isEqualTo(expected);
			for (String key : expected) {
				assertThat(texts.getProperty(key)).as("%s in %s", key, language).isNotBlank();
			}
		}
	}

	@Test
	void shouldNotWriteKazakhOrRussianInLatinLetters() throws IOException {
		for (String language : new String[] { "kk", "ru" }) {
			Properties texts = load(language);
			for (String key : texts.stringPropertyNames()) {
				if (key.startsWith("guide.")) {
					String withoutNames = texts.getProperty(key)
						.replaceAll("Qashyq|EL ARNA|WhatsApp|Aitu|XLSX|PDF|\\{\\d}", "");
					long latin = withoutNames.chars().filter((c) -> c < 128 && Character.isLetter(c)).count();
					assertThat(latin).as("Latin letters in %s of %s", key, language).isZero();
				}
			}
		}
	}

	private static Properties load(String language) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				new ClassPathResource("i18n/guidance/messages_" + language + ".properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
