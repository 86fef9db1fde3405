package kz.qashyq.content.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.schedule.MyDayContributor;
import kz.qashyq.schedule.MyDayEntry;

import org.springframework.stereotype.Component;

/**
 * A1-25e: puts the topics of a class's published thematic schedules on the day of their
 * completion deadline (at 23:59 local time), for a learner and for the class.
 */
@Component
class TopicDeadlines implements MyDayContributor {

	private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

	private final PlanRepository plans;

	private final ContentAccess access;

	TopicDeadlines(PlanRepository plans, ContentAccess access) {
		this.plans = plans;
		this.access = access;
	}

	@Override
	public List<MyDayEntry> entries(Long learnerId, Long groupId, ZoneId zone, LocalDate from, LocalDate to) {
		if (groupId == null) {
			return List.of();
		}
		List<MyDayEntry> entries = new ArrayList<>();
		// a class's plan is linked only for those who may open it (a social pedagogue
		// sees
		// the class's week, not its plans)
		boolean plansOpen = learnerId != null || CurrentUser.find()
			.map((user) -> user.can(Permission.VIEW_CONTENT, this.access.groupPath(groupId)))
			.orElse(false);
		for (PlanRepository.Deadline deadline : this.plans.deadlines(groupId, from, to)) {
			Instant at = deadline.deadline().atTime(END_OF_DAY).atZone(zone).toInstant();
			String page = (learnerId != null) ? "/content/learners/" + learnerId + "/schedule#plan-" + deadline.planId()
					: (plansOpen ? "/content/plans/" + deadline.planId() : null);
			entries.add(new MyDayEntry(MyDayEntry.TOPIC, deadline.topicId(), deadline.deadline(), at, at, END_OF_DAY,
					END_OF_DAY, zone.getId(), deadline.title(), null, page, deadline.groupName(), null, null,
					deadline.subject()));
		}
		return entries;
	}

}
