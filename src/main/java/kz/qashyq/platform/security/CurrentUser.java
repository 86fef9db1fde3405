package kz.qashyq.platform.security;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The service layer's access checks: every call that reads or changes scoped data asks
 * here first.
 */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static Optional<QashyqUser> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof QashyqUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/**
	 * The signed-in user.
	 * @throws AccessDeniedException when nobody is signed in
	 */
	public static QashyqUser get() {
		return find().orElseThrow(() -> new AccessDeniedException("Not signed in"));
	}

	/**
	 * Refuses unless the signed-in user holds the permission over the target.
	 * @throws AccessDeniedException when the role or the scope does not allow it
	 */
	public static QashyqUser require(Permission permission, ScopePath target) {
		QashyqUser user = get();
		if (!user.can(permission, target)) {
			throw new AccessDeniedException("No " + permission + " over " + target);
		}
		return user;
	}

	/**
	 * Refuses a change by a read-only user (observer or coordinator) whatever the scope.
	 */
	public static QashyqUser requireWriter() {
		QashyqUser user = get();
		if (user.isReadOnly()) {
			throw new AccessDeniedException("Read-only user");
		}
		return user;
	}

}
