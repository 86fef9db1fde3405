package kz.qashyq.platform.security;

import java.util.Optional;

import kz.qashyq.platform.web.NotFoundException;

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
	 * Refuses unless the signed-in user holds one of the permissions over the learner. A
	 * learner the user may not see answers exactly like one that does not exist (404), so
	 * that probing ids tells nobody which learners exist (ADR 0004).
	 * @param learner the learner's path; empty when there is no such learner
	 * @throws NotFoundException when there is no such learner, or none of the permissions
	 * covers it
	 */
	public static QashyqUser requireLearner(Optional<ScopePath> learner, Permission... anyOf) {
		QashyqUser user = get();
		ScopePath path = learner.orElseThrow(() -> new NotFoundException("learner"));
		for (Permission permission : anyOf) {
			if (user.can(permission, path)) {
				return user;
			}
		}
		throw new NotFoundException("learner");
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
