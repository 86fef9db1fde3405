package kz.qashyq.coursework;

import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.stream.Stream;

import javax.sql.DataSource;

import kz.qashyq.coursework.internal.Assignments;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.support.DirectoryTestData;
import kz.qashyq.support.HttpSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner's submission over real HTTP when things go wrong: a request stuck behind a
 * lock runs out of time, a phone loses its connection in the middle of the upload.
 * Nothing is half-written, nothing is duplicated, and the client gets a clear answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "qashyq.web.transaction-timeout=2s")
class SubmissionUnderFailureTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	Assignments assignments;

	@Value("${qashyq.storage.directory}")
	Path storage;

	CourseworkTestData data;

	long assignment;

	String username;

	HttpSession learner;

	@BeforeEach
	void signInALearnerWithAnAssignment() {
		this.data = new CourseworkTestData(this.jdbc);
		DirectoryTestData.signIn(this.data.teacher, new Grant(Role.TEACHER, ScopeRef.group(this.data.group)));
		this.assignment = this.assignments.create(this.data.group, CourseworkTestData.form(true));
		DirectoryTestData.signOut();
		this.username = "failure-learner-" + this.data.first;
		this.jdbc.sql("insert into account (username, person_id, display_name, password_hash) values (?, ?, ?, ?)")
			.params(this.username, this.data.first, "Learner", this.passwords.encode("failure-secret"))
			.update();
		this.learner = new HttpSession(this.port);
		assertThat(this.learner.signIn(this.username, "failure-secret")).doesNotContain("error");
	}

	private String taskPage() {
		return "/coursework/tasks/" + this.assignment;
	}

	private HttpResponse<String> submit(String key) {
		return this.learner.postMultipart(taskPage() + "/submissions", taskPage(), "page.png", CourseworkTestData.png(),
				"en", "honesty", "true", "key", key, "body", "Задачи 1–5");
	}

	private HttpResponse<String> apiSubmit(String key) throws Exception {
		String boundary = "api-boundary";
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"honesty\"\r\n\r\ntrue\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(HttpSession.multipartFileHead(boundary, "page.png"));
		body.writeBytes(CourseworkTestData.png());
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/api/v1/coursework/tasks/"
						+ this.assignment + "/submissions"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.header("Cookie", this.learner.cookieHeader())
				.header("X-XSRF-TOKEN", this.learner.csrfToken(taskPage()))
				.header("Idempotency-Key", key)
				.header("Accept", "application/json")
				.header("Accept-Language", "en")
				.POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private int submissions() {
		return this.jdbc.sql("select count(*) from submission where assignment_id = ? and learner_id = ?")
			.params(this.assignment, this.data.first)
			.query(Integer.class)
			.single();
	}

	private int filesOfLearner() {
		return this.jdbc.sql("select count(*) from stored_file where uploaded_by = ?")
			.param(this.username)
			.query(Integer.class)
			.single();
	}

	@Test
	@DisplayName("A submission stuck behind a lock runs out of time: 503 with Retry-After and a translated answer, nothing saved; sent again with its key it is stored once")
	void shouldAnswerBusyAndSaveNothingWhenTheRequestRunsOutOfTime() throws Exception {
		try (Connection holder = this.dataSource.getConnection()) {
			holder.setAutoCommit(false);
			// another request of the same learner and assignment holds the lock the
			// submission waits for
			try (PreparedStatement lock = holder.prepareStatement("select pg_advisory_xact_lock(?, ?)")) {
				lock.setInt(1, (int) this.assignment);
				lock.setInt(2, (int) this.data.first);
				lock.execute();
			}
			long started = System.nanoTime();
			HttpResponse<String> busy = submit("retry-key");
			Duration waited = Duration.ofNanos(System.nanoTime() - started);
			assertThat(busy.statusCode()).isEqualTo(503);
			assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(busy.body()).contains("The platform is busy", "nothing was saved");
			assertThat(waited).as("cancelled at the transaction's limit").isLessThan(Duration.ofSeconds(15));
			assertThat(submissions()).isZero();
			assertThat(filesOfLearner()).isZero();
			// the JSON API answers the same as an RFC 9457 problem
			HttpResponse<String> api = apiSubmit("api-retry-key");
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(api.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(api.body()).contains("\"status\":503", "\"title\":\"The platform is busy\"",
					"nothing was saved");
			assertThat(submissions()).isZero();
			holder.rollback();
		}
		for (int attempt = 0; attempt < 2; attempt++) {
			HttpResponse<String> stored = submit("retry-key");
			assertThat(stored.statusCode()).isEqualTo(302);
			assertThat(stored.headers().firstValue("Location"))
				.hasValueSatisfying((location) -> assertThat(location).contains(taskPage() + "?receipt="));
		}
		assertThat(submissions()).isEqualTo(1);
		assertThat(filesOfLearner()).isEqualTo(1);
	}

	@Test
	@DisplayName("A phone that loses its connection in the middle of an upload leaves nothing behind; the same upload sent whole is stored")
	void shouldLeaveNothingWhenTheClientDisconnectsMidUpload() throws Exception {
		byte[] photo = new byte[256 * 1024];
		System.arraycopy(CourseworkTestData.png(), 0, photo, 0, CourseworkTestData.png().length);
		assertThat(rawUpload("cut-key", photo, true)).isNull();
		// time for the server to notice the lost connection while it reads the body
		Thread.sleep(1500);
		assertThat(submissions()).isZero();
		assertThat(filesOfLearner()).isZero();
		try (Stream<Path> parts = Files.exists(this.storage) ? Files.walk(this.storage) : Stream.empty()) {
			assertThat(parts.map(Path::getFileName).map(Path::toString))
				.noneMatch((name) -> name.startsWith("upload-") && name.endsWith(".part"));
		}
		// the same request, sent whole over the same kind of connection, is accepted: the
		// cut one failed only for its lost body
		assertThat(rawUpload("whole-key", CourseworkTestData.png(), false)).startsWith("HTTP/1.1 302");
		assertThat(submissions()).isEqualTo(1);
		assertThat(filesOfLearner()).isEqualTo(1);
		assertThat(this.learner.get(taskPage()).body()).contains("page.png");
	}

	/**
	 * Sends a submission by hand over a socket; when {@code cut}, the connection is
	 * closed after part of the body (the announced length is four times the photo) and
	 * null is returned, else the response's status line.
	 */
	private String rawUpload(String key, byte[] photo, boolean cut) throws Exception {
		String boundary = "raw-boundary";
		byte[] head = HttpSession.multipartFileHead(boundary, "page.png");
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		long length = head.length + photo.length + tail.length;
		String token = this.learner.csrfToken(taskPage());
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(20_000);
			OutputStream out = socket.getOutputStream();
			out.write(("POST " + taskPage() + "/submissions?honesty=true&key=" + key + " HTTP/1.1\r\nHost: localhost:"
					+ this.port + "\r\nCookie: " + this.learner.cookieHeader() + "\r\nX-XSRF-TOKEN: " + token
					+ "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: "
					+ (cut ? 4 * length : length) + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.write(head);
			out.write(photo);
			if (cut) {
				out.flush();
				// the connection drops with most of the announced body unsent
				return null;
			}
			out.write(tail);
			out.flush();
			byte[] response = socket.getInputStream().readNBytes(64);
			return new String(response, StandardCharsets.US_ASCII);
		}
	}

}
