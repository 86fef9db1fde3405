package kz.qashyq.coursework.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kz.qashyq.coursework.TaskStatus;
import kz.qashyq.coursework.internal.Tasks;
import kz.qashyq.coursework.internal.Views.InboxRow;
import kz.qashyq.coursework.internal.Views.TaskRow;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.web.HomeCard;
import kz.qashyq.platform.web.HomeCards;

import org.springframework.stereotype.Component;

/**
 * Coursework on the home page: for the teacher, what waits for checking; for the learner
 * and the parent, each learner's work due in the next days, overdue work and what was
 * graded lately.
 */
@Component
class CourseworkHomeCards implements HomeCards {

	/** How far ahead "due soon" looks. */
	private static final int SOON_DAYS = 3;

	/** How far back "graded lately" looks. */
	private static final int GRADED_DAYS = 7;

	private final Tasks tasks;

	private final Clock clock;

	CourseworkHomeCards(Tasks tasks, Clock clock) {
		this.tasks = tasks;
		this.clock = clock;
	}

	/**
	 * What waits for the teacher: the submissions not yet graded, how many came late, the
	 * oldest deadline among them.
	 */
	public record ToCheck(int count, boolean more, int late, List<InboxRow> first) {
	}

	/**
	 * One learner's work: due in the next days (not submitted), overdue, graded lately.
	 */
	public record LearnerWork(long learnerId, String learnerName, List<TaskRow> due, List<TaskRow> overdue,
			List<TaskRow> graded) {

		public boolean isEmpty() {
			return this.due.isEmpty() && this.overdue.isEmpty() && this.graded.isEmpty();
		}

	}

	/**
	 * A supervised class at a glance: how many of its learners have overdue work, how
	 * many overdue tasks in all, how many suspected honesty violations.
	 */
	public record ClassGlance(long groupId, String groupName, long learners, int overdue, int flags) {
	}

	@Override
	public List<HomeCard> cardsFor(QashyqUser user) {
		List<HomeCard> cards = new ArrayList<>();
		if (user.hasRole(Role.CURATOR)) {
			List<ClassGlance> classes = new ArrayList<>();
			for (Tasks.OverduePage page : this.tasks.supervisedOverdue()) {
				if (!page.overdue().isEmpty() || !page.flags().isEmpty()) {
					classes.add(new ClassGlance(page.groupId(), page.groupName(),
							page.overdue().stream().map(TaskRow::learnerId).distinct().count(), page.overdue().size(),
							page.flags().size()));
				}
			}
			if (!classes.isEmpty()) {
				cards.add(new HomeCard(30, "coursework/home", "classes", classes));
			}
		}
		if (user.hasRole(Role.STUDENT) || user.hasRole(Role.PARENT)) {
			cards.add(new HomeCard(20, "coursework/home", "work", learnerWork()));
		}
		if (!user.isReadOnly() && user.personId() != null && !user.scopesWith(Permission.MANAGE_COURSEWORK).isEmpty()) {
			List<InboxRow> inbox = this.tasks.inbox();
			int late = (int) inbox.stream().filter(InboxRow::late).count();
			cards.add(new HomeCard(20, "coursework/home", "toCheck", new ToCheck(inbox.size(),
					inbox.size() >= Tasks.INBOX_LIMIT, late, inbox.subList(0, Math.min(5, inbox.size())))));
		}
		return cards;
	}

	private List<LearnerWork> learnerWork() {
		List<LearnerWork> work = new ArrayList<>();
		Instant now = this.clock.instant();
		Instant soon = now.plus(Duration.ofDays(SOON_DAYS));
		Instant lately = now.minus(Duration.ofDays(GRADED_DAYS));
		for (Tasks.LearnerTasks learner : this.tasks.mine()) {
			List<TaskRow> due = new ArrayList<>();
			List<TaskRow> overdue = new ArrayList<>();
			List<TaskRow> graded = new ArrayList<>();
			for (TaskRow task : learner.tasks()) {
				if (task.status() == TaskStatus.NOT_SUBMITTED && task.deadlineAt().isBefore(soon)) {
					due.add(task);
				}
				else if (task.status() == TaskStatus.OVERDUE) {
					overdue.add(task);
				}
				else if (task.status() == TaskStatus.GRADED && task.deadlineAt().isAfter(lately)) {
					graded.add(task);
				}
			}
			due.sort(Comparator.comparing(TaskRow::deadlineAt));
			work.add(new LearnerWork(learner.learnerId(), learner.learnerName(), due, overdue, graded));
		}
		return work;
	}

}
