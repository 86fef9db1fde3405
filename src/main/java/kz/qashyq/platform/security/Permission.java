package kz.qashyq.platform.security;

/**
 * What a role may do within the scope of its grant.
 */
public enum Permission {

	/** The organization tree with counts. */
	VIEW_TREE,
	/** Classes, groups and staff of an organization. */
	VIEW_GROUPS,
	/** Learners' names in a class or group. */
	VIEW_LEARNERS,
	/** A learner's IIN, birth date, address and parents' contacts. */
	VIEW_PERSONAL_DATA,
	/** O-1.16b: social flags. */
	VIEW_SOCIAL_DATA,
	/** O-1.28a: set and clear social flags. */
	EDIT_SOCIAL_DATA,
	/** One's own record, or one's children's. */
	VIEW_OWN,
	/** Import and edit learners, parents, staff, classes and groups. */
	MANAGE_ROSTER,
	/** Create districts, settlements and organizations. */
	MANAGE_ORGANIZATIONS,
	/** O-2.9a: issue and revoke observer logins. */
	MANAGE_OBSERVERS,
	/** A1-24a: read the audit log. */
	VIEW_AUDIT

}
