package kz.qashyq.directory.internal.roster;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upload through the real servlet container: sign-in, the CSRF token in the multipart
 * form, the redirect to the job, the container's own upload limit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RosterUploadOverHttpTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	RosterJobStore jobs;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "ru").GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("CSRF field in the page").isTrue();
		return matcher.group(1);
	}

	private void signIn(RosterTestSchool school) throws Exception {
		long account = this.jdbc.sql("""
				insert into account (username, display_name, password_hash) values ('roster-head', 'Head', ?)
				returning id""").param(this.passwords.encode("roster-secret")).query(Long.class).single();
		this.jdbc.sql("""
				insert into role_grant (account_id, role, scope_type, scope_id) values (?, 'ORGANIZATION_HEAD',
					'ORGANIZATION', ?)""").params(account, school.id).update();
		String token = csrf(get("/login").body());
		String form = "username=roster-head&password=roster-secret&_csrf="
				+ URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
	}

	private HttpResponse<String> upload(long organizationId, String token, String fileName, byte[] content)
			throws Exception {
		String boundary = "----roster" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
				+ "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nLEARNERS\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.http.send(HttpRequest.newBuilder(uri("/directory/organizations/" + organizationId + "/roster"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept-Language", "ru")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	@DisplayName("A1-28a a signed-in head uploads through the form (CSRF in the multipart body) and the import runs")
	void shouldUploadThroughTheFormAndRunTheImport() throws Exception {
		RosterTestSchool school = RosterTestSchool.create(this.jdbc, "HTTP school");
		signIn(school);
		String token = csrf(get("/directory/organizations/" + school.id + "/roster").body());
		RandomRoster.IinSource iins = new RandomRoster.IinSource(new Random(11), 6000);
		byte[] file = RosterTestFiles.csv(List.of(
				List.of("ИИН", "Фамилия", "Имя", "Класс или группа", "Родитель 1: фамилия", "Родитель 1: имя",
						"Родитель 1: кем приходится", "Родитель 1: мобильный телефон"),
				List.of(iins.next(LocalDate.of(2012, 1, 1), LocalDate.of(2013, 1, 1), true), "Ёлкина", "Анна", "5А",
						"Ёлкина", "Ольга", "мать", "8 701 000 11 22")),
				';', Charset.forName("windows-1251"), false);

		HttpResponse<String> response = upload(school.id, token, "список.csv", file);
		assertThat(response.statusCode()).isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (this.jobs.find(id).orElseThrow().running() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		String page = get("/directory/roster/jobs/" + id).body();

		assertThat(page).contains("Список импортирован.").contains("список.csv");
		assertThat(school.learners(this.jdbc)).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select last_name from person p join learner l on l.person_id = p.id " + "where l.organization_id = ?")
			.param(school.id)
			.query(String.class)
			.single()).isEqualTo("Ёлкина");

		HttpResponse<String> tooLarge = upload(school.id, token, "big.csv", new byte[10 * 1024 * 1024 + 10]);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.body()).contains("Файл больше 10 МБ");
	}

}
