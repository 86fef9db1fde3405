package kz.qashyq.access.internal;

import kz.qashyq.access.internal.AccountRepository.Account;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.security.QashyqUser;

import org.springframework.stereotype.Component;

/**
 * Sign-ins in the audit log (O-2.9b): every successful one under the account, every
 * refused one under the login that was typed (never the password), filed in the scope of
 * the account when the login names one.
 */
@Component
class SignInAudit {

	static final String LOGIN = "LOGIN";

	static final String LOGIN_FAILED = "LOGIN_FAILED";

	private final JdbcAuditTrail trail;

	private final AccountScopes scopes;

	private final QashyqUserDetailsService users;

	SignInAudit(JdbcAuditTrail trail, AccountScopes scopes, QashyqUserDetailsService users) {
		this.trail = trail;
		this.scopes = scopes;
		this.users = users;
	}

	void succeeded(QashyqUser user, String client) {
		this.trail.recordAs(user.accountId(), user.getUsername(), AuditEvent.of(LOGIN, "ACCOUNT", user.accountId(),
				this.scopes.homePath(user.grants()), "client=" + client));
	}

	void failed(String typedLogin, Account account, String reason, String client) {
		String login = (typedLogin != null) ? typedLogin.strip() : "";
		this.trail.recordAs((account != null) ? account.id() : null, login,
				AuditEvent.of(LOGIN_FAILED, "ACCOUNT", (account != null) ? account.id() : null,
						(account != null) ? this.scopes.homePath(this.users.grantsOf(account)) : null,
						"reason=" + reason + "; client=" + client));
	}

}
