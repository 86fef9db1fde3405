package kz.qashyq.directory;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.security.ScopeRef;

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

	/**
	 * Where a unit of any level sits (just the Republic for {@link ScopeRef#REPUBLIC}),
	 * or empty if there is no such unit.
	 */
	Optional<ScopePath> pathOf(ScopeRef scope);

	/**
	 * An organization's kind, name and time zone, or empty if there is none with that id.
	 */
	Optional<OrganizationInfo> organization(long organizationId);

	/**
	 * Organizations of the given kinds within a unit, ordered by name.
	 * @param within the unit to look in (the Republic, a region, a district or an
	 * organization)
	 * @param kinds the kind codes to include, never empty
	 * @param nameContains a part of the name in any of the three languages, or null or
	 * blank for all
	 * @param limit the most rows to return
	 */
	List<OrganizationInfo> organizations(ScopeRef within, Set<String> kinds, String nameContains, int limit);

	/**
	 * What decides the organization's regime: kind, level, ownership, settlement
	 * attributes; empty if there is none with that id.
	 */
	Optional<OrganizationSetting> setting(long organizationId);

	/**
	 * Whether the person has a teaching assignment for the subject in the class or group.
	 */
	boolean teaches(long personId, long groupId, String subject);

	/**
	 * Every class and group of the organization with its learners, their parents, its
	 * teachers and its class teacher or curator, ordered by grade and name; empty for an
	 * organization without groups or an unknown id. A handful of statements whatever the
	 * size of the organization.
	 */
	List<GroupMembers> membersByGroup(long organizationId);

}
