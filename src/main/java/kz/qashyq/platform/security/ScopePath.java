package kz.qashyq.platform.security;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where an object sits in the hierarchy: every unit that contains it, from the Republic
 * down to the object itself. A grant covers the object when its scope is one of these
 * units.
 */
public final class ScopePath {

	private final List<ScopeRef> units;

	private ScopePath(List<ScopeRef> units) {
		this.units = Collections.unmodifiableList(units);
	}

	/**
	 * The path of an object below an organization.
	 * @param regionId the region, never null
	 * @param districtId the district, never null
	 * @param organizationId the organization, or null for a path that ends at the
	 * district
	 * @param groupIds the classes or groups the object belongs to (may be empty)
	 * @param learnerId the learner, or null
	 */
	public static ScopePath of(long regionId, Long districtId, Long organizationId, List<Long> groupIds,
			Long learnerId) {
		List<ScopeRef> units = new ArrayList<>();
		units.add(ScopeRef.REPUBLIC);
		units.add(ScopeRef.region(regionId));
		if (districtId != null) {
			units.add(ScopeRef.district(districtId));
		}
		if (organizationId != null) {
			units.add(ScopeRef.organization(organizationId));
		}
		for (Long groupId : groupIds) {
			units.add(ScopeRef.group(groupId));
		}
		if (learnerId != null) {
			units.add(ScopeRef.learner(learnerId));
		}
		return new ScopePath(units);
	}

	public static ScopePath ofOrganization(long regionId, long districtId, long organizationId) {
		return of(regionId, districtId, organizationId, List.of(), null);
	}

	public static ScopePath republic() {
		return new ScopePath(List.of(ScopeRef.REPUBLIC));
	}

	public boolean contains(ScopeRef unit) {
		return this.units.contains(unit);
	}

	public List<ScopeRef> units() {
		return this.units;
	}

	/**
	 * The organization on this path, or null if the path ends above one.
	 */
	public Long organizationId() {
		return idOf(ScopeType.ORGANIZATION);
	}

	public Long districtId() {
		return idOf(ScopeType.DISTRICT);
	}

	public Long regionId() {
		return idOf(ScopeType.REGION);
	}

	private Long idOf(ScopeType type) {
		return this.units.stream().filter((unit) -> unit.type() == type).map(ScopeRef::id).findFirst().orElse(null);
	}

	@Override
	public String toString() {
		return this.units.toString();
	}

}
