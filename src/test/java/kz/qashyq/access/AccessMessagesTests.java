package kz.qashyq.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import kz.qashyq.access.internal.ObserverService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access bundle has the same keys in Kazakh, Russian and English, and every key the
 * access pages and code use is in it (or in the platform's bundle).
 */
class AccessMessagesTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)}");

	private static final Pattern CODE_KEY = Pattern
		.compile("\"((?:password|setup|observers|requests|audit|login)\\.[A-Za-z.]*[A-Za-z])\"");

	@Test
	void shouldHaveTheSameKeysInTheThreeLanguages() throws IOException {
		Set<String> english = load("i18n/access/messages_en.properties").stringPropertyNames();
		assertThat(load("i18n/access/messages_kk.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(english);
		assertThat(load("i18n/access/messages_ru.properties").stringPropertyNames())
			.containsExactlyInAnyOrderElementsOf(english);
	}

	@Test
	void shouldHaveEveryKeyThePagesAndTheCodeUse() throws IOException {
		Set<String> known = new HashSet<>(load("i18n/access/messages_en.properties").stringPropertyNames());
		known.addAll(load("i18n/platform/messages_en.properties").stringPropertyNames());
		Set<String> used = new HashSet<>();
		collect(Path.of("src/main/resources/templates/access"), TEMPLATE_KEY, used);
		collect(Path.of("src/main/java/kz/qashyq/access"), CODE_KEY, used);
		ObserverService.BODIES.forEach((body) -> used.add("observers.body." + body));
		List.of("ACTIVE", "EXPIRED", "REVOKED").forEach((status) -> used.add("observers.status." + status));
		List.of("REQUESTED", "ISSUED", "REFUSED").forEach((status) -> used.add("requests.status." + status));
		assertThat(used).hasSizeGreaterThan(50);
		assertThat(known).containsAll(used);
	}

	private static void collect(Path folder, Pattern pattern, Set<String> keys) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
			}
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AccessMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
