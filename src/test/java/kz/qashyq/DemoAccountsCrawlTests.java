package kz.qashyq;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.qashyq.support.HttpSession;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signs in as every demo account and follows every link of every page it reaches (one
 * language per account, all three languages in all), as a new user clicking around would.
 * A link shown to its reader must lead somewhere the reader may go: it fails on a 404, a
 * 5xx, a 403 behind a shown link, a redirect back to the sign-in page, an unevaluated
 * template expression or a missing message key.
 * <p>
 * Links of one shape (the same path with other ids or dates) are followed a few times,
 * not all, so that the ministry's whole tree stays a few hundred requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoAccountsCrawlTests {

	/** How many links of one shape are followed. */
	private static final int PER_SHAPE = 3;

	/**
	 * A bound on one account's crawl, so a generated endless link chain shows up as a
	 * failure.
	 */
	private static final int MAX_PAGES = 600;

	private static final Pattern DIGITS = Pattern.compile("\\d+");

	/** What Thymeleaf prints for a missing message key: ??key_en?? */
	private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[\\w.\\-]+_[a-z]{2}(_[A-Z]{2})?\\?\\?");

	/** Template expressions that reached the reader unevaluated (Thymeleaf or jte). */
	private static final Pattern UNEVALUATED = Pattern.compile("[$#@*~]\\{[^}]*\\}|\\$\\{|\\$unsafe\\{");

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} in {1}")
	@CsvSource({ "student, kk", "parent, ru", "teacher, en", "curator, kk", "head, ru", "deputy, en", "social, kk",
			"educator, ru", "college-head, en", "region, kk", "observer, ru", "ministry, en" })
	@DisplayName("Every link a demo account is shown leads to a page it may open, rendered completely")
	void everyShownLinkOpens(String account, String language) {
		HttpSession session = new HttpSession(this.port);
		String landing = session.signIn(account, "demo");
		assertThat(landing).as("sign-in of %s", account).doesNotContain("error");

		List<String> failures = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Map<String, Integer> shapes = new HashMap<>();
		Deque<String[]> queue = new ArrayDeque<>();
		queue.add(new String[] { "/", "(home)" });
		seen.add("/");
		int pages = 0;
		while (!queue.isEmpty() && pages < MAX_PAGES) {
			String[] next = queue.poll();
			String path = next[0];
			String from = next[1];
			pages++;
			HttpResponse<String> response = session.get(path, language);
			int status = response.statusCode();
			String where = path + " (linked from " + from + ")";
			if (status == 302 || status == 303) {
				String location = response.headers().firstValue("Location").orElse("");
				if (location.contains("/login")) {
					failures.add("redirected to sign-in: " + where);
				}
				else {
					String target = local(location);
					if (target != null && seen.add(target)) {
						queue.add(new String[] { target, path });
					}
				}
				continue;
			}
			if (status != 200) {
				failures.add(status + ": " + where);
				continue;
			}
			String type = response.headers().firstValue("Content-Type").orElse("");
			if (!type.startsWith("text/html")) {
				continue;
			}
			Document page = Jsoup.parse(response.body());
			page.select("script, style").remove();
			String html = page.html();
			if (MISSING_MESSAGE.matcher(html).find()) {
				failures.add("missing message " + found(MISSING_MESSAGE, html) + ": " + where);
			}
			if (UNEVALUATED.matcher(html).find()) {
				failures.add("unevaluated expression " + found(UNEVALUATED, html) + ": " + where);
			}
			for (Element link : page.select("a[href]")) {
				String target = local(link.attr("href"));
				if (target == null || !follow(target) || !seen.add(target)) {
					continue;
				}
				String shape = DIGITS.matcher(target).replaceAll("{n}");
				int count = shapes.merge(shape, 1, Integer::sum);
				if (count <= PER_SHAPE) {
					queue.add(new String[] { target, path });
				}
			}
		}
		assertThat(queue).as("%s's crawl ended within %d pages", account, MAX_PAGES).isEmpty();
		assertThat(pages).as("pages %s reached", account).isGreaterThan(5);
		assertThat(failures).as("links %s was shown that fail", account).isEmpty();
	}

	/**
	 * The path and query of a link to this server, or null for another site or a
	 * fragment.
	 */
	private String local(String href) {
		if (href.isBlank() || href.startsWith("#") || href.startsWith("mailto:") || href.startsWith("tel:")) {
			return null;
		}
		URI uri = URI.create("http://localhost:" + this.port + "/").resolve(href.replace(" ", "%20"));
		if (!"localhost".equals(uri.getHost()) || uri.getPort() != this.port) {
			return null;
		}
		String path = uri.getRawPath();
		return (uri.getRawQuery() != null) ? path + "?" + uri.getRawQuery() : path;
	}

	/**
	 * Not followed: the language switch (each account reads one language), signing out,
	 * static files and the API's own documentation.
	 */
	private static boolean follow(String target) {
		return !target.contains("lang=") && !target.startsWith("/logout") && !target.startsWith("/login")
				&& !target.startsWith("/css/") && !target.startsWith("/js/") && !target.startsWith("/webjars/")
				&& !target.startsWith("/swagger-ui") && !target.startsWith("/v3/api-docs");
	}

	private static String found(Pattern pattern, String html) {
		var matcher = pattern.matcher(html);
		matcher.find();
		int start = Math.max(0, matcher.start() - 40);
		return "«" + html.substring(start, Math.min(html.length(), matcher.end() + 20)).replace('\n', ' ') + "»";
	}

}
