package kz.qashyq.platform.web;

import java.util.function.Function;
import java.util.function.Predicate;

import kz.qashyq.platform.security.QashyqUser;

/**
 * A link of the main navigation, contributed as a bean by the module that owns the page
 * and shown only to the users it is meant for.
 *
 * @param path the link
 * @param messageKey the label's message key
 * @param order position in the menu, lowest first
 * @param visibleTo who sees the link
 * @param labelFor the label's message key for a user, when it depends on who reads it (a
 * class teacher's “My class”, a kindergarten educator's “My group”)
 */
public record NavItem(String path, String messageKey, int order, Predicate<QashyqUser> visibleTo,
		Function<QashyqUser, String> labelFor) {

	/**
	 * A link whose label is the same for everyone.
	 */
	public NavItem(String path, String messageKey, int order, Predicate<QashyqUser> visibleTo) {
		this(path, messageKey, order, visibleTo, (user) -> messageKey);
	}

	/**
	 * This link as the user reads it: its label's key resolved for the user.
	 */
	NavItem forUser(QashyqUser user) {
		String key = this.labelFor.apply(user);
		return key.equals(this.messageKey) ? this
				: new NavItem(this.path, key, this.order, this.visibleTo, this.labelFor);
	}

}
