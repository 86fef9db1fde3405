package kz.qashyq.schedule;

import java.time.Instant;
import java.util.List;

import kz.qashyq.platform.security.ScopeRef;

/**
 * Events as other modules use them ("my day", calendar feeds, demo data). Performs no
 * access check: callers show a person only their own invitations.
 */
public interface Events {

	/**
	 * The events a person is invited to that start at or after {@code from} and before
	 * {@code to}, by start.
	 */
	List<EventSummary> invitationsOf(long personId, Instant from, Instant to);

	/**
	 * The order's event templates, in the order's sequence.
	 */
	List<EventTemplate> templates();

	/**
	 * Applies a template to every school class of the schools within a unit, as trusted
	 * code (demo data) does; users apply templates through the events page, which checks
	 * their role and scope. Classes that have the template's event already are left
	 * alone, so applying twice creates no duplicates.
	 * @param templateCode the template's code
	 * @param within a region, a district or an organization
	 * @param appliedBy who is recorded as the events' creator
	 * @return how many events were created
	 * @throws IllegalArgumentException for an unknown template
	 */
	int applyTemplate(String templateCode, ScopeRef within, String appliedBy);

}
