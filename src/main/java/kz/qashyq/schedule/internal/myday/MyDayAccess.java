package kz.qashyq.schedule.internal.myday;

import java.util.Set;

import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;

/**
 * Who has a day of their own: a student, parent, teacher or curator with a person record.
 * Everyone else (heads, observers, administrators) is refused "my day" and feeds.
 */
public final class MyDayAccess {

	/** The roles that have a day of their own. */
	public static final Set<Role> OWN_DAY_ROLES = Set.of(Role.STUDENT, Role.PARENT, Role.TEACHER, Role.CURATOR);

	private MyDayAccess() {
	}

	public static boolean hasOwnDay(QashyqUser user) {
		return user.personId() != null && OWN_DAY_ROLES.stream().anyMatch(user::hasRole);
	}

}
