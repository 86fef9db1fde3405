package kz.qashyq.platform.audit;

import java.util.Objects;

import kz.qashyq.platform.security.ScopePath;

/**
 * One audited action: what was done to which object, and where the object sits (so that
 * heads can search the log of their scope).
 *
 * @param action what was done, for example {@code VIEW_PERSONAL_DATA}, {@code CREATE},
 * {@code UPDATE}
 * @param objectType the kind of object, for example {@code LEARNER}
 * @param objectId the object's id, may be null
 * @param scope where the object sits, may be null for objects outside the hierarchy
 * @param details free text: old and new values, the reason, may be null
 */
public record AuditEvent(String action, String objectType, String objectId, ScopePath scope, String details) {

	public AuditEvent {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(objectType, "objectType");
	}

	public static AuditEvent of(String action, String objectType, Object objectId, ScopePath scope, String details) {
		return new AuditEvent(action, objectType, (objectId != null) ? objectId.toString() : null, scope, details);
	}

}
