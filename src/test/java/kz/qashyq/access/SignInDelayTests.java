package kz.qashyq.access;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import kz.qashyq.access.AccessTestData.Org;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.support.HttpSession;
import kz.qashyq.support.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in delays per login and client address, over real HTTP (the address is the one the
 * proxy reports in {@code X-Forwarded-For}); time moves on a settable clock. A wrong
 * password, an unknown login and an attempt during the wait answer alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SettableClock.Configuration.class)
class SignInDelayTests {

	private static final AtomicInteger addresses = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	UserDetailsService users;

	@Autowired
	SettableClock clock;

	AccessTestData data;

	Org college;

	@BeforeEach
	void setUp() {
		this.data = new AccessTestData(this.jdbc, this.accountManagement, this.users);
		this.college = this.data.organization(9, "TVET");
		this.clock.advance(Duration.ZERO); // stands still until a test moves it
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	@DisplayName("A wrong password, an unknown login and an attempt during the wait get the same answer")
	void shouldAnswerAWrongPasswordAnUnknownLoginAndAWaitingAttemptAlike() {
		String known = lecturer();
		HttpSession guessKnown = newClient();
		HttpSession guessUnknown = newClient();
		List<String> answersKnown = new ArrayList<>();
		List<String> answersUnknown = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			answersKnown.add(guessKnown.signIn(known, "Wrong-password-" + i));
			answersUnknown.add(guessUnknown.signIn("nobody-" + known, "Wrong-password-" + i));
		}
		// during the wait: the right password of the known login, any password of the
		// unknown one
		answersKnown.add(guessKnown.signIn(known, AccessTestData.PASSWORD));
		answersUnknown.add(guessUnknown.signIn("nobody-" + known, AccessTestData.PASSWORD));
		assertThat(answersKnown).containsExactly("/login?error", "/login?error", "/login?error&wait=30",
				"/login?error&wait=30");
		assertThat(answersUnknown).isEqualTo(answersKnown);
		for (String answer : List.of("/login?error", "/login?error&wait=30")) {
			String pageKnown = withoutCsrfToken(guessKnown.get(answer + "&lang=en").body());
			String pageUnknown = withoutCsrfToken(guessUnknown.get(answer + "&lang=en").body());
			assertThat(pageKnown).isEqualTo(pageUnknown)
				.contains("The login or the password is wrong, or there were too many attempts.");
		}
		assertThat(guessKnown.get("/login?error&wait=30&lang=en").body())
			.contains("The next attempt with this login from this device is possible in 30 seconds.");
	}

	@Test
	@DisplayName("A disabled account answers a wrong password like an unknown login")
	void shouldNotTellADisabledAccountByAWrongPassword() {
		String disabled = lecturer();
		this.jdbc.sql("update account set enabled = false where username = ?").param(disabled).update();
		assertThat(newClient().signIn(disabled, "Wrong-password-1")).isEqualTo("/login?error");
		assertThat(newClient().signIn(disabled, AccessTestData.PASSWORD)).isEqualTo("/login?error=disabled");
	}

	@Test
	@DisplayName("The right password is let in once the wait has passed, and the failures are forgotten")
	void shouldLetTheRightPasswordInAfterTheWait() {
		String username = lecturer();
		HttpSession client = newClient();
		for (int i = 0; i < 3; i++) {
			client.signIn(username, "Wrong-password-" + i);
		}
		this.clock.advance(Duration.ofSeconds(29));
		assertThat(client.signIn(username, AccessTestData.PASSWORD)).isEqualTo("/login?error&wait=1");
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(client.signIn(username, AccessTestData.PASSWORD)).isEqualTo("/");
		HttpSession again = newClient(client);
		assertThat(again.signIn(username, "Wrong-password-4")).isEqualTo("/login?error");
	}

	@Test
	@DisplayName("One login's failures delay neither another login from the same address nor the login elsewhere")
	void shouldNotDelayOtherLoginsOfTheAddressNorTheLoginElsewhere() {
		String attacked = lecturer();
		String neighbour = lecturer();
		HttpSession school = newClient();
		for (int i = 0; i < 3; i++) {
			school.signIn(attacked, "Wrong-password-" + i);
		}
		assertThat(school.signIn(attacked, AccessTestData.PASSWORD)).isEqualTo("/login?error&wait=30");
		assertThat(newClient(school).signIn(neighbour, AccessTestData.PASSWORD)).isEqualTo("/");
		assertThat(newClient().signIn(attacked, AccessTestData.PASSWORD)).isEqualTo("/");
	}

	@Test
	@DisplayName("A pair's wait doubles with each failure up to 15 minutes, for a known and an unknown login alike")
	void shouldDoubleTheWaitOfAPair() {
		String known = lecturer();
		List<String> expected = List.of("/login?error", "/login?error", "/login?error&wait=30", "/login?error&wait=60",
				"/login?error&wait=120", "/login?error&wait=240", "/login?error&wait=480", "/login?error&wait=900",
				"/login?error&wait=900");
		assertThat(failUntilCapped(known, newClient())).isEqualTo(expected);
		assertThat(failUntilCapped(String.format("+7 799 %07d", addresses.incrementAndGet()), newClient()))
			.isEqualTo(expected);
	}

	@Test
	@DisplayName("An address over its limit waits from a login's first failure, and the right password still signs in")
	void shouldDelayFromTheFirstFailureOnAnAddressOverItsLimit() {
		String pupil = lecturer();
		String other = lecturer();
		HttpSession school = newClient();
		String address = school.clientAddress();
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		for (int i = 0; i < 300; i++) {
			this.jdbc.sql("insert into login_failure (client, at) values (?, ?)")
				.params(address, now.minusSeconds(i))
				.update();
		}
		assertThat(school.signIn(pupil, AccessTestData.PASSWORD)).isEqualTo("/");
		assertThat(newClient(school).signIn(other, "Wrong-password-1")).isEqualTo("/login?error&wait=30");
		this.clock.advance(Duration.ofMinutes(11));
		assertThat(newClient(school).signIn(lecturer(), "Wrong-password-1")).isEqualTo("/login?error");
	}

	private List<String> failUntilCapped(String login, HttpSession client) {
		List<String> answers = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			String answer = client.signIn(login, "Wrong-password-" + i);
			answers.add(answer);
			int wait = answer.contains("wait=") ? Integer.parseInt(answer.substring(answer.indexOf("wait=") + 5)) : 0;
			this.clock.advance(Duration.ofSeconds(wait));
		}
		return answers;
	}

	private String lecturer() {
		return this.data.account("lecturer", null, new Grant(Role.TEACHER, ScopeRef.organization(this.college.id())));
	}

	/** A browser at an address no other test uses. */
	private HttpSession newClient() {
		int n = addresses.incrementAndGet();
		return new HttpSession(this.port, "203.0." + (113 + n / 250) + "." + (n % 250 + 1));
	}

	/** Another browser at the same address (behind the same NAT). */
	private HttpSession newClient(HttpSession sameAddress) {
		return new HttpSession(this.port, sameAddress.clientAddress());
	}

	/** The page without its CSRF tokens (masked anew on every page). */
	private static String withoutCsrfToken(String page) {
		return page.replaceAll("name=\"_csrf\"[^>]*value=\"[^\"]+\"", "")
			.replaceAll("X-XSRF-TOKEN&quot;: &quot;[^&]+&quot;", "");
	}

}
