package kz.qashyq.content;

/**
 * Bulk set-up of an organization's content, for the demo data and administrative scripts.
 * No access check: the caller acts for the system.
 */
public interface ContentSetup {

	/**
	 * Adds a discipline (programme version 1) for every subject the organization teaches
	 * (teaching assignments and study load) that has none yet.
	 * @return how many were added
	 */
	int createDisciplinesFromSubjects(long organizationId, String actor);

	/**
	 * Publishes the current version of every calendar-thematic plan of the organization
	 * as the learners' thematic schedule, storing its revision snapshot first where the
	 * version has none.
	 * @return how many plans were published
	 */
	int publishAllPlans(long organizationId, String actor);

}
