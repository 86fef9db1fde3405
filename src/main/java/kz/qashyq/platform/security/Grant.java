package kz.qashyq.platform.security;

import java.io.Serializable;
import java.util.Objects;

/**
 * A role within a scope.
 */
public record Grant(Role role, ScopeRef scope) implements Serializable {

	public Grant {
		Objects.requireNonNull(role, "role");
		Objects.requireNonNull(scope, "scope");
	}

	public boolean allows(Permission permission, ScopePath target) {
		return this.role.has(permission) && target.contains(this.scope);
	}

}
