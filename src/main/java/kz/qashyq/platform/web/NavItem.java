package kz.qashyq.platform.web;

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
 */
public record NavItem(String path, String messageKey, int order, Predicate<QashyqUser> visibleTo) {

}
