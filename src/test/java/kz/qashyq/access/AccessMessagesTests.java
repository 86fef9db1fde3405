package kz.qashyq.access;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import kz.qashyq.access.internal.ObserverService;
import kz.qashyq.content.ComplexStatus;
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

	/**
	 * {@code AuditEvent.of(action, "OBJECT_TYPE"}: the action's expression and the type.
	 */
	private static final Pattern AUDIT_EVENT = Pattern.compile("AuditEvent\\.of\\(\\s*([^,]+?),\\s*\"([A-Z_]+)\"");

	private static final Pattern CONSTANT = Pattern.compile("static final String ([A-Z_]+) = \"([A-Z_]+)\";");

	private static final Pattern LITERAL = Pattern.compile("\"([A-Z_]+)\"");

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

	/**
	 * The audit log names every action and kind of object the code records (a code on the
	 * page is "TIMETABLE_APPROVED" to a head who reads Kazakh).
	 */
	@Test
	void shouldNameEveryActionAndObjectTheAuditLogRecords() throws IOException {
		Set<String> known = load("i18n/access/messages_en.properties").stringPropertyNames();
		Map<String, String> constants = new HashMap<>();
		Set<String> used = new HashSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			List<String> sources = new ArrayList<>();
			for (Path file : files.filter((f) -> f.toString().endsWith(".java")).toList()) {
				sources.add(Files.readString(file));
			}
			for (String source : sources) {
				Matcher constant = CONSTANT.matcher(source);
				while (constant.find()) {
					constants.put(constant.group(1), constant.group(2));
				}
			}
			for (String source : sources) {
				Matcher event = AUDIT_EVENT.matcher(source);
				while (event.find()) {
					used.add("audit.object." + event.group(2));
					String action = event.group(1).strip();
					if (constants.containsKey(action)) {
						used.add("audit.action." + constants.get(action));
					}
					else if (action.equals("decision.name()")) {
						used.add("audit.action." + ComplexStatus.APPROVED);
						used.add("audit.action." + ComplexStatus.RETURNED);
					}
					else {
						Matcher literal = LITERAL.matcher(action);
						assertThat(literal.find()).as("an action the test can read: %s", action).isTrue();
						do {
							used.add("audit.action." + literal.group(1));
						}
						while (literal.find());
					}
				}
			}
		}
		assertThat(used).hasSizeGreaterThan(60);
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
