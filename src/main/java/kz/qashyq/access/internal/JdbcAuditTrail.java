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

	private final JdbcClient jdbc;

	JdbcAuditTrail(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void record(AuditEvent event) {
		QashyqUser user = CurrentUser.find().orElse(null);
		ScopePath scope = event.scope();
		this.jdbc.sql("""
				insert into audit_log (account_id, username, action, object_type, object_id, organization_id,
					district_id, region_id, details)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params((user != null) ? user.accountId() : null, (user != null) ? user.getUsername() : "system",
					event.action(), event.objectType(), event.objectId(),
					(scope != null) ? scope.organizationId() : null, (scope != null) ? scope.districtId() : null,
					(scope != null) ? scope.regionId() : null, event.details())
			.update();
	}

}
