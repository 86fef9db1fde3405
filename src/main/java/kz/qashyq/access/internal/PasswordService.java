package kz.qashyq.access.internal;

import java.util.ArrayList;
import java.util.List;

import kz.qashyq.access.internal.AccountRepository.Account;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.QashyqUser;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's password change: the current password, then a new one that follows
 * {@link PasswordPolicy}, typed twice. A wrong current password counts like a failed
 * sign-in (the delays of {@link LoginThrottle}, for the account and the address); other
 * sessions of the account end afterwards.
 */
@Service
public class PasswordService {

	static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	private final AccountScopes scopes;

	private final SessionTerminator sessions;

	PasswordService(AccountRepository accounts, PasswordEncoder encoder, LoginThrottle throttle, AuditTrail audit,
			AccountScopes scopes, SessionTerminator sessions) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.throttle = throttle;
		this.audit = audit;
		this.scopes = scopes;
		this.sessions = sessions;
	}

	/**
	 * Changes the signed-in user's password.
	 * @param client the client address (for the sign-in delays)
	 * @param sessionId the current session, which stays signed in; may be null
	 * @throws InvalidInput with the reasons when the change is refused; nothing is
	 * changed then
	 */
	@Transactional
	public void change(String current, String newPassword, String repeat, String client, String sessionId) {
		QashyqUser user = CurrentUser.get();
		String key = LoginThrottle.keyOf(null, user.accountId());
		if (this.throttle.waitOf(key, client).isPresent()) {
			throw new InvalidInput("login.error.throttled");
		}
		Account account = this.accounts.findById(user.accountId())
			.orElseThrow(() -> new IllegalStateException("The signed-in account is gone"));
		if (account.demo()) {
			throw new InvalidInput("password.error.demo");
		}
		if (current == null || !this.encoder.matches(current, account.passwordHash())) {
			this.throttle.failed(key, client);
			throw new InvalidInput("password.error.current");
		}
		this.throttle.succeeded(key, client);
		List<String> problems = new ArrayList<>(PasswordPolicy.problems(newPassword, account.username()));
		if (problems.isEmpty() && newPassword.equals(current)) {
			problems.add("password.rule.same");
		}
		if (newPassword != null && !newPassword.equals(repeat)) {
			problems.add("password.rule.repeat");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		this.accounts.changePassword(account.id(), this.encoder.encode(newPassword));
		this.audit.record(
				AuditEvent.of(PASSWORD_CHANGED, "ACCOUNT", account.id(), this.scopes.homePath(user.grants()), null));
		AfterCommit.run(() -> this.sessions.endSessions(account.username(), sessionId));
	}

}
