package kz.qashyq.platform.security;

import java.io.Serializable;
import java.util.Objects;

/**
 * One unit of the hierarchy: a region, a district, an organization, a class or group, or
 * one learner. The Republic has no id.
 */
public record ScopeRef(ScopeType type, Long id) implements Serializable {

	public static final ScopeRef REPUBLIC = new ScopeRef(ScopeType.REPUBLIC, null);

	public ScopeRef {
		Objects.requireNonNull(type, "type");
		if ((type == ScopeType.REPUBLIC) != (id == null)) {
			throw new IllegalArgumentException("Only the Republic has no id: " + type + " " + id);
		}
	}

	public static ScopeRef region(long id) {
		return new ScopeRef(ScopeType.REGION, id);
	}

	public static ScopeRef district(long id) {
		return new ScopeRef(ScopeType.DISTRICT, id);
	}

	public static ScopeRef organization(long id) {
		return new ScopeRef(ScopeType.ORGANIZATION, id);
	}

	public static ScopeRef group(long id) {
		return new ScopeRef(ScopeType.GROUP, id);
	}

	public static ScopeRef learner(long id) {
		return new ScopeRef(ScopeType.LEARNER, id);
	}

	@Override
	public String toString() {
		return (this.id != null) ? this.type + ":" + this.id : this.type.toString();
	}

}
