package kz.qashyq.access.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.db.DemoMode;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.security.ScopeRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a non-demo installation, without any default password: at
 * start-up, while no Ministry administrator exists, a random one-time code is issued
 * (only its hash is stored) and written to the log; whoever has the code creates the
 * first administrator at {@code /setup}. Once one exists the page is gone.
 */
@Service
public class FirstAdministratorSetup {

	static final String SETUP = "SETUP";

	/** The sign-in delays count wrong setup codes under this key, per address. */
	private static final String SETUP_KEY = "setup";

	private static final Logger log = LoggerFactory.getLogger(FirstAdministratorSetup.class);

	private final JdbcClient jdbc;

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final JdbcAuditTrail audit;

	private final Environment environment;

	FirstAdministratorSetup(JdbcClient jdbc, AccountRepository accounts, PasswordEncoder encoder,
			LoginThrottle throttle, JdbcAuditTrail audit, Environment environment) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.encoder = encoder;
		this.throttle = throttle;
		this.audit = audit;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void issueCodeIfNeeded() {
		if (DemoMode.isEnabled(this.environment) || this.accounts.anyAdministrator()) {
			return;
		}
		String code = issueCode();
		String port = this.environment.getProperty("local.server.port",
				this.environment.getProperty("server.port", "8080"));
		log.warn("""

				==========================================================================
				  Qashyq has no administrator yet. Create the first one at
				      http://localhost:{}/setup  (or /setup on this server's address)
				  with this one-time setup code:
				      {}
				  The code works once; a new one replaces it at every start until an
				  administrator exists.
				==========================================================================""", port, code);
	}

	/**
	 * Issues a new one-time code, replacing any older one, and returns it (the only place
	 * it exists in clear).
	 */
	@Transactional
	public String issueCode() {
		String code = Secrets.oneTimeCode();
		this.jdbc.sql("""
				insert into setup_token (id, token_hash) values (1, ?)
				on conflict (id) do update set token_hash = excluded.token_hash, created_at = now()""")
			.param(Secrets.hashOf(code))
			.update();
		return code;
	}

	/**
	 * Whether the setup page is open: no administrator yet and a code issued.
	 */
	@Transactional(readOnly = true)
	public boolean isOpen() {
		return !this.accounts.anyAdministrator() && storedHash(false).isPresent();
	}

	/**
	 * Creates the first administrator (MINISTRY_ADMIN for the Republic) and deletes the
	 * code.
	 * @param client the client address (a wrong code counts like a failed sign-in)
	 * @return the new account's id
	 * @throws SetupClosed when an administrator exists or no code was issued
	 * @throws InvalidInput when the code or the input is refused; nothing is created
	 */
	@Transactional
	public long complete(String code, String username, String displayName, String password, String repeat,
			String client) {
		if (this.throttle.waitOf(SETUP_KEY, client).isPresent()) {
			throw new InvalidInput("login.error.throttled");
		}
		Optional<String> hash = storedHash(true);
		if (hash.isEmpty() || this.accounts.anyAdministrator()) {
			throw new SetupClosed();
		}
		if (!Secrets.sameHash(hash.get(), Secrets.hashOf(code))) {
			this.throttle.failed(SETUP_KEY, client);
			throw new InvalidInput("setup.error.code");
		}
		String login = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		String name = (displayName != null) ? displayName.strip() : "";
		List<String> problems = new ArrayList<>();
		if (!login.matches("[a-z][a-z0-9._-]{2,39}")) {
			problems.add("setup.error.username");
		}
		else if (this.accounts.usernameTaken(login)) {
			problems.add("setup.error.usernameTaken");
		}
		if (name.isEmpty() || name.length() > 200) {
			problems.add("setup.error.displayName");
		}
		problems.addAll(PasswordPolicy.problems(password, login));
		if (password != null && !password.equals(repeat)) {
			problems.add("password.rule.repeat");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		long id = this.accounts.create(login, null, name, this.encoder.encode(password), false);
		this.accounts.grant(id, new Grant(Role.MINISTRY_ADMIN, ScopeRef.REPUBLIC), "setup", null);
		this.jdbc.sql("delete from setup_token").update();
		this.audit.recordAs(id, login,
				AuditEvent.of(SETUP, "ACCOUNT", id, ScopePath.republic(), "first administrator; client=" + client));
		log.info("The first administrator '{}' was created through /setup", login);
		return id;
	}

	private Optional<String> storedHash(boolean lock) {
		return this.jdbc.sql("select token_hash from setup_token where id = 1" + (lock ? " for update" : ""))
			.query(String.class)
			.optional();
	}

	/**
	 * The setup page is closed: an administrator exists, or no code was issued.
	 */
	public static class SetupClosed extends RuntimeException {

		SetupClosed() {
			super("Setup is closed");
		}

	}

}
