package kz.qashyq.access.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.platform.security.ScopeType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts and their explicit grants.
 */
@Repository
public class AccountRepository {

	private final JdbcClient jdbc;

	AccountRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Finds the account a login names: its username, or the IIN, e-mail or phone of its
	 * person. A login that matches several accounts (a phone shared in a family) matches
	 * none.
	 */
	public Optional<Account> findByLogin(String login) {
		String value = login.trim();
		Optional<Account> byUsername = this.jdbc.sql(SELECT + " where lower(a.username) = lower(?)")
			.param(value)
			.query(Account.class)
			.optional();
		if (byUsername.isPresent()) {
			return byUsername;
		}
		String digits = value.replaceAll("[^0-9]", "");
		List<Account> matches;
		if (value.contains("@")) {
			matches = this.jdbc.sql(SELECT + " join person p on p.id = a.person_id where lower(p.email) = lower(?)")
				.param(value)
				.query(Account.class)
				.list();
		}
		else if (digits.length() == 12 && digits.equals(value)) {
			matches = this.jdbc.sql(SELECT + " join person p on p.id = a.person_id where p.iin = ?")
				.param(digits)
				.query(Account.class)
				.list();
		}
		else if (digits.length() >= 10) {
			String tail = digits.substring(digits.length() - 10);
			matches = this.jdbc.sql(SELECT
					+ " join person p on p.id = a.person_id where right(regexp_replace(p.phone, '[^0-9]', '', 'g'), 10) = ?")
				.param(tail)
				.query(Account.class)
				.list();
		}
		else {
			matches = List.of();
		}
		return (matches.size() == 1) ? Optional.of(matches.get(0)) : Optional.empty();
	}

	public Optional<Account> findById(long id) {
		return this.jdbc.sql(SELECT + " where a.id = ?").param(id).query(Account.class).optional();
	}

	public List<Grant> explicitGrants(long accountId) {
		return this.jdbc.sql(
				"select role, scope_type, scope_id from role_grant where account_id = ? and revoked_at is null order by id")
			.param(accountId)
			.query((rs, row) -> new Grant(Role.valueOf(rs.getString(1)),
					new ScopeRef(ScopeType.valueOf(rs.getString(2)), rs.getObject(3, Long.class))))
			.list();
	}

	public long create(String username, Long personId, String displayName, String passwordHash, boolean demo) {
		return this.jdbc.sql("""
				insert into account (username, person_id, display_name, password_hash, demo)
				values (?, ?, ?, ?, ?) returning id""")
			.params(username, personId, displayName, passwordHash, demo)
			.query(Long.class)
			.single();
	}

	public void grant(long accountId, Grant grant, String grantedBy, String appointingAct) {
		this.jdbc.sql("""
				insert into role_grant (account_id, role, scope_type, scope_id, granted_by, appointing_act)
				values (?, ?, ?, ?, ?, ?)""")
			.params(accountId, grant.role().name(), grant.scope().type().name(), grant.scope().id(), grantedBy,
					appointingAct)
			.update();
	}

	public boolean anyAdministrator() {
		return this.jdbc
			.sql("select exists (select 1 from role_grant where role = 'MINISTRY_ADMIN' and revoked_at is null)")
			.query(Boolean.class)
			.single();
	}

	public boolean anyAccount() {
		return this.jdbc.sql("select exists (select 1 from account)").query(Boolean.class).single();
	}

	public void changePassword(long accountId, String passwordHash) {
		this.jdbc.sql("update account set password_hash = ?, password_changed_at = now() where id = ?")
			.params(passwordHash, accountId)
			.update();
	}

	/**
	 * Stores the account's language; writes only when it changes.
	 */
	public void setLocale(long accountId, String locale) {
		this.jdbc.sql("update account set locale = ? where id = ? and locale is distinct from ?")
			.params(locale, accountId, locale)
			.update();
	}

	/**
	 * Whether a username is taken, ignoring case (sign-in ignores it too).
	 */
	public boolean usernameTaken(String username) {
		return this.jdbc.sql("select exists (select 1 from account where lower(username) = lower(?))")
			.param(username)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Whether the account may still be used: enabled and not expired.
	 */
	public boolean isActive(long accountId) {
		return this.jdbc.sql("""
				select exists (select 1 from account where id = ? and enabled
					and (expires_at is null or expires_at > now()))""").param(accountId).query(Boolean.class).single();
	}

	public void setExpiresAt(long accountId, Instant expiresAt) {
		this.jdbc.sql("update account set expires_at = ? where id = ?")
			.params((expiresAt != null) ? OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC) : null, accountId)
			.update();
	}

	public void disable(long accountId) {
		this.jdbc.sql("update account set enabled = false where id = ?").param(accountId).update();
	}

	/**
	 * Ends the account's grants of a role.
	 */
	public void revokeGrants(long accountId, Role role) {
		this.jdbc
			.sql("update role_grant set revoked_at = now() where account_id = ? and role = ? and revoked_at is null")
			.params(accountId, role.name())
			.update();
	}

	private static final String SELECT = """
			select a.id, a.username, a.person_id, a.display_name, a.password_hash, a.locale, a.enabled, a.demo,
				a.expires_at from account a""";

	/**
	 * An account row.
	 */
	public record Account(long id, String username, Long personId, String displayName, String passwordHash,
			String locale, boolean enabled, boolean demo, OffsetDateTime expiresAt) {

		public boolean isExpired(Instant now) {
			return this.expiresAt != null && !this.expiresAt.toInstant().isAfter(now);
		}

	}

}
