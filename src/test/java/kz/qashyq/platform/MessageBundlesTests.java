package kz.qashyq.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import kz.qashyq.platform.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the Kazakh, Russian and English bundles in step, and every key a template names
 * present.
 */
class MessageBundlesTests {

	private static final String[] LANGUAGES = { "kk", "ru", "en" };

	@Test
	void shouldHaveTheSameKeysInKazakhRussianAndEnglish() throws IOException {
		for (String bundle : PlatformConfiguration.MESSAGE_BUNDLES) {
			Set<String> kazakh = load(bundle, "kk").stringPropertyNames();
			assertThat(kazakh).as("keys of %s_kk", bundle).isNotEmpty();
			for (String language : LANGUAGES) {
				Properties properties = load(bundle, language);
				assertThat(properties.stringPropertyNames()).as("keys of %s_%s", bundle, language)
					.containsExactlyInAnyOrderElementsOf(kazakh);
				properties
					.forEach((key, value) -> assertThat(value.toString().trim()).as("%s_%s: %s", bundle, language, key)
						.isNotEmpty());
			}
		}
	}

	@Test
	void shouldNotRepeatAKeyInTwoBundles() throws IOException {
		Set<String> seen = new HashSet<>();
		for (String bundle : PlatformConfiguration.MESSAGE_BUNDLES) {
			for (String key : load(bundle, "en").stringPropertyNames()) {
				assertThat(seen.add(key)).as("key %s appears in more than one bundle", key).isTrue();
			}
		}
	}

	@Test
	void shouldNameEveryRole() throws IOException {
		Set<String> keys = allKeys();
		for (Role role : Role.values()) {
			assertThat(keys).contains(role.messageKey());
		}
	}

	@Test
	void shouldDefineEveryKeyThatATemplateNames() throws IOException {
		Set<String> keys = allKeys();
		Pattern literalKey = Pattern.compile("#\\{([a-zA-Z0-9_.\\-]+)[}(]");
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter((path) -> path.toString().endsWith(".html")).toList()) {
				Matcher matcher = literalKey.matcher(Files.readString(template));
				while (matcher.find()) {
					if (!keys.contains(matcher.group(1))) {
						missing.add(template.getFileName() + ": " + matcher.group(1));
					}
				}
			}
		}
		assertThat(missing).as("message keys used in templates but defined nowhere").isEmpty();
	}

	private static Set<String> allKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		for (String bundle : PlatformConfiguration.MESSAGE_BUNDLES) {
			keys.addAll(load(bundle, "en").stringPropertyNames());
		}
		return keys;
	}

	private static Properties load(String bundle, String language) throws IOException {
		ClassPathResource resource = new ClassPathResource(bundle + "_" + language + ".properties");
		assertThat(resource.exists()).as("%s_%s.properties exists", bundle, language).isTrue();
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
