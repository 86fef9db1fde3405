package kz.qashyq.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP session against a running server (cookies kept, redirects not
 * followed), for tests that need the servlet container's own behaviour such as error
 * pages.
 */
public final class HttpSession {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

	private static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8";

	private final String base;

	private final HttpClient client;

	private final CookieManager cookies = new CookieManager();

	/** Sent with every request: the client address the proxy reports, or none. */
	private final String forwardedFor;

	public HttpSession(int port) {
		this(port, null);
	}

	/**
	 * A session whose requests come, as the proxy reports them ({@code X-Forwarded-For},
	 * honoured from the local address), from the given client address.
	 */
	public HttpSession(int port, String clientAddress) {
		this.base = "http://localhost:" + port;
		this.forwardedFor = clientAddress;
		this.client = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/**
	 * The client address the session's requests come from; null when they come from the
	 * local address itself.
	 */
	public String clientAddress() {
		return this.forwardedFor;
	}

	/**
	 * Signs in through the login form; returns where the server redirected to.
	 */
	public String signIn(String username, String password) {
		String token = csrfTokenOf(get("/login").body());
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token);
		HttpResponse<String> response = send(
				builder("/login").header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form))
					.build());
		return response.headers().firstValue("Location").orElse("");
	}

	public HttpResponse<String> get(String path) {
		return send(builder(path).header("Accept", HTML).GET().build());
	}

	/**
	 * A GET as a JSON client (an app) sends it.
	 */
	public HttpResponse<String> getJson(String path) {
		return send(builder(path).header("Accept", "application/json").GET().build());
	}

	public HttpResponse<String> get(String path, String acceptLanguage) {
		return send(builder(path).header("Accept-Language", acceptLanguage).header("Accept", HTML).GET().build());
	}

	/**
	 * Posts a form with the CSRF token of the given page, and the given headers (name,
	 * value, name, value, ...).
	 */
	public HttpResponse<String> postForm(String path, String tokenPage, String form, String... headers) {
		String token = csrfTokenOf(get(tokenPage).body());
		HttpRequest.Builder request = builder(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(token)));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	/**
	 * Posts a multipart form with one file part of the given size.
	 */
	public HttpResponse<String> postFile(String path, String acceptLanguage, int size) {
		String boundary = "qashyq-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + size + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		java.util.Arrays.fill(body, head.length, head.length + size, (byte) 'a');
		System.arraycopy(tail, 0, body, head.length + size, tail.length);
		return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", HTML)
			.header("Accept-Language", acceptLanguage)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	/**
	 * Posts a multipart form: the text fields (name, value, name, value, ...) and one
	 * file part named {@code files}, with the CSRF token of the given page as the
	 * {@code X-XSRF-TOKEN} header.
	 */
	public HttpResponse<String> postMultipart(String path, String tokenPage, String fileName, byte[] file,
			String acceptLanguage, String... fields) {
		String boundary = "qashyq-test-boundary";
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		for (int i = 0; i < fields.length; i += 2) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fields[i] + "\"\r\n\r\n"
					+ fields[i + 1] + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(multipartFileHead(boundary, fileName));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("X-XSRF-TOKEN", csrfTokenOf(get(tokenPage).body()))
			.header("Accept", HTML)
			.header("Accept-Language", acceptLanguage)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	/**
	 * The head of a multipart file part named {@code files}.
	 */
	public static byte[] multipartFileHead(String boundary, String fileName) {
		return ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The CSRF token of the given page, as a form or the {@code X-XSRF-TOKEN} header
	 * sends it.
	 */
	public String csrfToken(String tokenPage) {
		return csrfTokenOf(get(tokenPage).body());
	}

	/**
	 * The session's cookies as a {@code Cookie} header, for requests sent by hand.
	 */
	public String cookieHeader() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(java.util.stream.Collectors.joining("; "));
	}

	private HttpRequest.Builder builder(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(this.base + path));
		if (this.forwardedFor != null) {
			builder.header("X-Forwarded-For", this.forwardedFor);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String csrfTokenOf(String page) {
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
