package kz.qashyq.schedule.web;

import java.util.List;

import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.web.HomeCard;
import kz.qashyq.platform.web.HomeCards;
import kz.qashyq.schedule.MyDay;
import kz.qashyq.schedule.internal.myday.MyDayAccess;

import org.springframework.stereotype.Component;

/**
 * Today's lessons, TV lessons, events and due work on the home page, for everyone who has
 * a day of their own (learners, parents with each child, teachers, curators): the first
 * thing they need at 08:30, one click less than My day.
 */
@Component
class MyDayHomeCards implements HomeCards {

	private final MyDay myDay;

	MyDayHomeCards(MyDay myDay) {
		this.myDay = myDay;
	}

	@Override
	public List<HomeCard> cardsFor(QashyqUser user) {
		if (!MyDayAccess.hasOwnDay(user)) {
			return List.of();
		}
		return List.of(new HomeCard(10, "schedule/myday/home", "today", this.myDay.mine(null, false)));
	}

}
