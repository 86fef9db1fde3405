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
	VIEW_AUDIT,
	/** O-11b: edit the distance-learning policies and presets (ministry only). */
	MANAGE_POLICY,
	/** O-1.5c: record an organization's regime periods. */
	MANAGE_REGIME,
	/** Timetables, study load, events and the academic calendar of a scope. */
	VIEW_TIMETABLE,
	/** O-1.10d, A1-24b: draw up the study load and the timetable, run the generator. */
	MANAGE_TIMETABLE,
	/** A1-23c: approve and publish a timetable. */
	APPROVE_TIMETABLE,
	/**
	 * O-1.11a to O-1.13a, A1-29a: create events and apply the order's event templates.
	 */
	MANAGE_EVENTS,
	/** O-3.1a: keep the national TV-lesson schedule. */
	MANAGE_TV_SCHEDULE,

	/** E-learning complexes, materials and calendar-thematic plans of the scope. */
	VIEW_CONTENT,

	/** Create and edit complexes, materials and plans (A1-25b, A1-25d, A1-25e). */
	MANAGE_CONTENT,

	/** Comment on, review and approve complexes (A1-18c, A1-24f): the methodologist. */
	REVIEW_CONTENT,

	/** Assignments, submissions and grades of the scope. */
	VIEW_COURSEWORK,

	/** Issue assignments, record submissions, grade (A1-15a, A1-24j, A1-27f). */
	MANAGE_COURSEWORK,

	/** The electronic journal and attendance of the scope. */
	VIEW_JOURNAL,

	/** Mark attendance and enter marks (O-1.6b, O-1.28f, A1-24k). */
	KEEP_JOURNAL,

	/**
	 * A1-11: see who of the organization's learners, parents and teachers has not
	 * completed the guide of their role.
	 */
	VIEW_GUIDE_PROGRESS

}
