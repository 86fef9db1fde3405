package kz.qashyq.platform.web;

import java.util.List;

import kz.qashyq.platform.security.QashyqUser;

/**
 * What a module puts on the home page for the signed-in user today (O-3.1d: the home page
 * answers "what do I do today"): the learner's lessons and due work, the teacher's
 * lessons, work waiting for checking and unmarked attendance, the head's school today.
 * Implemented by a bean of each module that has something to say; called on every view of
 * the home page, at the 08:30 peak, so a contribution costs a query or two and none for
 * users it has nothing for.
 */
public interface HomeCards {

	/**
	 * The cards for the user; empty when the module has nothing for them.
	 */
	List<HomeCard> cardsFor(QashyqUser user);

}
