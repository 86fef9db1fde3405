package kz.qashyq.platform.web;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind the TLS proxy (X-Forwarded-Proto from an internal address) the platform sends
 * HSTS and marks its cookies Secure; redirects are relative, so a forged Host header is
 * never echoed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProxyHeadersTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-For", "203.0.113.7");
	}

	@Test
	@DisplayName("Behind TLS: HSTS, Secure session and CSRF cookies, and a relative redirect after signing in")
	void shouldTrustTheProxysSchemeAndRedirectRelatively() throws Exception {
		HttpResponse<String> login = this.http.send(request("/login").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age="));
		assertThat(cookies(login)).filteredOn((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).containsIgnoringCase("; Secure"));
		Matcher token = CSRF.matcher(login.body());
		assertThat(token.find()).isTrue();
		// the client talks https to the proxy and sends its Secure cookies (Java's client
		// would not over this plain connection, so they are sent by hand)
		String sent = String.join("; ",
				cookies(login).stream().map((cookie) -> cookie.substring(0, cookie.indexOf(';'))).toList());
		HttpResponse<String> signedIn = this.http.send(request("/login").header("Cookie", sent)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=student&password=demo&_csrf="
					+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((location) -> {
			assertThat(location).startsWith("/").doesNotContain("://");
			assertThat(location).doesNotContain("error");
		});
		assertThat(cookies(signedIn)).filteredOn((cookie) -> cookie.startsWith("SESSION="))
			.singleElement()
			.satisfies((cookie) -> assertThat(cookie).containsIgnoringCase("; Secure"));
	}

	@Test
	@DisplayName("Without the proxy's header: no HSTS and no Secure flag (plain HTTP on the demo)")
	void shouldStayPlainWithoutTheProxy() throws Exception {
		HttpResponse<String> login = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(cookies(login)).filteredOn((cookie) -> cookie.startsWith("XSRF-TOKEN="))
			.allSatisfy((cookie) -> assertThat(cookie).doesNotContainIgnoringCase("Secure"));
	}

	private static List<String> cookies(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie");
	}

}
