package kz.qashyq.directory;

import java.util.Optional;

import kz.qashyq.platform.security.ScopePath;

/**
 * The directory's face to other modules. Answers queries about where things sit in the
 * hierarchy; it performs no access checks itself (callers check with the returned paths).
 */
public interface Directory {

	/**
	 * The relations of a person, never null (empty lists for a stranger).
	 */
	PersonRelations relationsOf(long personId);

	/**
	 * Where an organization sits, or empty if there is none with that id.
	 */
	Optional<ScopePath> organizationPath(long organizationId);

	/**
	 * Where a class or group sits, or empty if there is none with that id.
	 */
	Optional<ScopePath> groupPath(long groupId);

	/**
	 * Where a learner sits (region, district, organization, class or group, the learner),
	 * or empty.
	 */
	Optional<ScopePath> learnerPath(long learnerId);

	/**
	 * Whether a unit of the given scope exists.
	 */
	boolean scopeExists(kz.qashyq.platform.security.ScopeRef scope);

}
