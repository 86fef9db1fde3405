package kz.qashyq.platform.security;

import java.util.Collection;
import java.util.Map;

/**
 * The names people know each other by: the display name behind a login name, for pages
 * that say who did something (who changed a mark, who started a timetable run). The
 * access module implements it.
 */
public interface UserNames {

	/**
	 * The display names of the accounts with these login names; a login name without an
	 * account is left out.
	 */
	Map<String, String> displayNames(Collection<String> usernames);

}
