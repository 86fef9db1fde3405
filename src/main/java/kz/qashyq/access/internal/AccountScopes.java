package kz.qashyq.access.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kz.qashyq.directory.Directory;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.security.ScopeType;

import org.springframework.stereotype.Component;

/**
 * Where an account "lives" for the audit log: the path of its narrowest grant at or above
 * a learner, preferring an organization, so that sign-ins and password changes of the
 * staff, learners and observers of an organization are found by its head.
 */
@Component
public class AccountScopes {

	private static final List<ScopeType> PREFERENCE = List.of(ScopeType.ORGANIZATION, ScopeType.GROUP,
			ScopeType.LEARNER, ScopeType.DISTRICT, ScopeType.REGION, ScopeType.REPUBLIC);

	private final Directory directory;

	AccountScopes(Directory directory) {
		this.directory = directory;
	}

	/**
	 * The path of the account's preferred grant, or null when it has no grant (or only
	 * grants on units that no longer exist).
	 */
	public ScopePath homePath(List<Grant> grants) {
		return grants.stream()
			.map(Grant::scope)
			.sorted(Comparator.comparingInt((scope) -> PREFERENCE.indexOf(scope.type())))
			.map(this.directory::pathOf)
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
	}

}
