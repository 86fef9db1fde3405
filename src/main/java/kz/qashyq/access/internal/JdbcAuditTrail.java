package kz.qashyq.access.internal;

import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the audit log in the caller's transaction; the table refuses updates and
 * deletes.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

	/** The longest user name and details kept (a typed login can be anything). */
	private static final int MAX_NAME = 100;

	private static final int MAX_DETAILS = 4000;

	private final JdbcClient jdbc;

	JdbcAuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(AuditEvent event) {
		QashyqUser user = CurrentUser.find().orElse(null);
		recordAs((user != null) ? user.accountId() : null, (user != null) ? user.getUsername() : "system", event);
	}

	/**
	 * Records an action on behalf of an account that is not (yet) the signed-in user:
	 * sign-in, a failed sign-in under the login typed, the first administrator's setup.
	 */
	void recordAs(Long accountId, String username, AuditEvent event) {
		ScopePath scope = event.scope();
		this.jdbc.sql("""
				insert into audit_log (account_id, username, action, object_type, object_id, organization_id,
					district_id, region_id, details)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(accountId, truncate(username, MAX_NAME), event.action(), event.objectType(), event.objectId(),
					(scope != null) ? scope.organizationId() : null, (scope != null) ? scope.districtId() : null,
					(scope != null) ? scope.regionId() : null, truncate(event.details(), MAX_DETAILS))
			.update();
	}

	private static String truncate(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

}
