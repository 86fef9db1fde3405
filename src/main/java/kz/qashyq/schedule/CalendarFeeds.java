package kz.qashyq.schedule;

import java.util.Optional;

/**
 * A person's iCalendar feed behind a secret, revocable link (A1-27b). The secret is
 * returned once, when the link is made; only its hash is stored.
 */
public interface CalendarFeeds {

	/**
	 * The signed-in user's active feed, or empty.
	 * @throws org.springframework.security.access.AccessDeniedException for a user who
	 * has no day of their own (not a student, parent, teacher or curator)
	 */
	Optional<CalendarFeedInfo> mine();

	/**
	 * Makes a new feed link for the signed-in user, revoking the one they had; audited.
	 * @return the secret token of the new link
	 * @throws org.springframework.security.access.AccessDeniedException for a read-only
	 * user or one who has no day of their own
	 */
	String create();

	/**
	 * Revokes the signed-in user's feed link, if any; audited.
	 * @return whether there was one
	 */
	boolean revoke();

	/**
	 * The feed of an active link as iCalendar text, or empty for an unknown or revoked
	 * token.
	 */
	Optional<String> render(String token);

}
