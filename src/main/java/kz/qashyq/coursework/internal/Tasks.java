package kz.qashyq.coursework.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.qashyq.coursework.TaskStatus;
import kz.qashyq.coursework.internal.Views.FlaggedRow;
import kz.qashyq.coursework.internal.CourseworkRepository.GroupFacts;
import kz.qashyq.coursework.internal.CourseworkRepository.LearnerName;
import kz.qashyq.coursework.internal.Views.AssignmentView;
import kz.qashyq.coursework.internal.Views.InboxRow;
import kz.qashyq.coursework.internal.Views.LearnerTask;
import kz.qashyq.coursework.internal.Views.TaskRow;
import kz.qashyq.coursework.internal.Views.TaskView;
import kz.qashyq.coursework.internal.Views.Teaching;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.web.NotFoundException;
import kz.qashyq.schedule.MyDayContributor;
import kz.qashyq.schedule.MyDayEntry;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What learners, parents, teachers and curators see of coursework: the learner's tasks,
 * each child's tasks (A1-28c), the teacher's inbox, a class's overdue tasks, and the
 * tasks due on a learner's day.
 */
@Service
public class Tasks implements MyDayContributor {

	/** The most submissions the inbox shows at once. */
	public static final int INBOX_LIMIT = 300;

	/** Tasks per page of a learner's list; older ones follow page by page. */
	static final int TASK_PAGE = 40;

	private final CourseworkRepository repository;

	private final CourseworkAccess access;

	private final Clock clock;

	Tasks(CourseworkRepository repository, CourseworkAccess access, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * A page of one learner's tasks, under their name, newest deadline first.
	 *
	 * @param olderBefore the task to continue before for the next (older) page, or null
	 * when this page is the last
	 */
	public record LearnerTasks(long learnerId, String learnerName, List<TaskRow> tasks, Long olderBefore) {
	}

	/**
	 * The first page of released tasks of the signed-in student, or of each child of a
	 * parent.
	 * @throws AccessDeniedException for users who are neither
	 */
	@Transactional(readOnly = true)
	public List<LearnerTasks> mine() {
		QashyqUser user = CurrentUser.get();
		if (!user.hasRole(Role.STUDENT) && !user.hasRole(Role.PARENT)) {
			throw new AccessDeniedException("Neither a learner nor a parent");
		}
		List<LearnerTasks> result = new ArrayList<>();
		for (Long learner : this.access.ownLearners(user)) {
			result.add(tasksOf(learner, null));
		}
		return result;
	}

	/**
	 * A page of a learner's released tasks, for the learner, their parents, and staff who
	 * see the learner's coursework.
	 * @param before the task to continue before (from
	 * {@link LearnerTasks#olderBefore()}), or null for the newest
	 */
	@Transactional(readOnly = true)
	public LearnerTasks learner(long learnerId, Long before) {
		QashyqUser user = this.access.requireLearner(learnerId, Permission.VIEW_OWN, Permission.VIEW_COURSEWORK);
		LearnerTasks page = tasksOf(learnerId, before);
		if (user.can(Permission.VIEW_OWN, this.access.learnerPath(learnerId))) {
			return page;
		}
		// staff: only the subjects they see in the learner's class
		return new LearnerTasks(page.learnerId(), page.learnerName(),
				page.tasks()
					.stream()
					.filter((task) -> this.access.seesSubject(user, task.groupId(), task.subject()))
					.toList(),
				page.olderBefore());
	}

	private LearnerTasks tasksOf(long learnerId, Long before) {
		LearnerName name = this.repository.learner(learnerId).orElseThrow(() -> new NotFoundException("learner"));
		List<TaskRow> rows = this.repository.tasksOfLearner(learnerId, this.clock.instant(), before, TASK_PAGE + 1);
		Long older = null;
		if (rows.size() > TASK_PAGE) {
			rows = rows.subList(0, TASK_PAGE);
			older = rows.get(TASK_PAGE - 1).assignmentId();
		}
		return new LearnerTasks(learnerId, name.name(), List.copyOf(rows), older);
	}

	/**
	 * An assignment as the signed-in learner or parent sees it: each of their learners it
	 * is for, with status and submissions; without staff logins and honesty flags.
	 * @throws AccessDeniedException when it is none of theirs or not released yet
	 */
	@Transactional(readOnly = true)
	public TaskView task(long assignmentId) {
		AssignmentView assignment = this.access.assignment(assignmentId);
		QashyqUser user = CurrentUser.get();
		Instant now = this.clock.instant();
		List<LearnerTask> learners = new ArrayList<>();
		if (assignment.released(now)) {
			List<TaskRow> rows = this.repository.tasksOfAssignment(assignmentId, now);
			for (Long learner : this.access.ownLearners(user)) {
				rows.stream()
					.filter((row) -> row.learnerId() == learner)
					.findFirst()
					.ifPresent((row) -> learners.add(new LearnerTask(learner, row.learnerName(), row.status(),
							this.repository.submissionsOf(assignmentId, learner)
								.stream()
								.map(Views.SubmissionView::forLearners)
								.toList())));
			}
		}
		if (learners.isEmpty()) {
			throw new AccessDeniedException("Not an assignment of the user");
		}
		return new TaskView(assignment.forLearners(), learners);
	}

	/**
	 * Whether the learner is the signed-in user or their child: they open the task page,
	 * staff open the submission or the assignment.
	 */
	public boolean isOwn(long learnerId) {
		return this.access.ownLearners(CurrentUser.get()).contains(learnerId);
	}

	/**
	 * Whether the signed-in user is the learner of the task (and so may submit).
	 */
	public boolean isSelf(long learnerId) {
		Long self = this.access.selfLearner(CurrentUser.get());
		return self != null && self == learnerId;
	}

	/**
	 * The teacher's inbox: latest submissions not yet graded, by deadline.
	 */
	@Transactional(readOnly = true)
	public List<InboxRow> inbox() {
		return inbox(null, null, false).rows();
	}

	/**
	 * The teacher's inbox as its page shows it: the latest submissions of one class, one
	 * subject or all of them ({@code null} for any), waiting for checking or
	 * ({@code all}) checked too; with the classes and subjects to choose from.
	 */
	public record InboxPage(List<InboxRow> rows, List<Teaching> scopes, Long groupId, String subject, boolean all) {

		/** The classes of {@link #scopes()}, each once, by name. */
		public Map<Long, String> groups() {
			Map<Long, String> groups = new LinkedHashMap<>();
			this.scopes.forEach((scope) -> groups.putIfAbsent(scope.groupId(), scope.groupName()));
			return groups;
		}

		/** The subjects of {@link #scopes()}, each once, alphabetically. */
		public List<String> subjects() {
			return this.scopes.stream().map(Teaching::subject).distinct().sorted().toList();
		}

	}

	@Transactional(readOnly = true)
	public InboxPage inbox(Long groupId, String subject, boolean all) {
		QashyqUser user = Assignments.requireManagerAnywhere();
		String chosen = (subject == null || subject.isBlank()) ? null : subject.strip();
		CourseworkRepository.Inbox inbox = this.repository.inbox(user.personId(), user.getUsername(), groupId, chosen,
				all, INBOX_LIMIT);
		return new InboxPage(inbox.rows(), inbox.scopes(), groupId, chosen, all);
	}

	/**
	 * A class's overdue tasks and its honesty flags, for its curator or class teacher
	 * (and whoever sees the class's coursework).
	 */
	public record OverduePage(long groupId, String groupName, List<TaskRow> overdue, List<FlaggedRow> flags) {
	}

	@Transactional(readOnly = true)
	public OverduePage overdue(long groupId) {
		QashyqUser user = CurrentUser.require(Permission.VIEW_COURSEWORK, this.access.groupPath(groupId));
		GroupFacts group = this.access.group(groupId);
		return new OverduePage(groupId, group.name(),
				this.repository.overdue(groupId, this.clock.instant())
					.stream()
					.filter((task) -> this.access.seesSubject(user, groupId, task.subject()))
					.toList(),
				this.repository.flagsOfGroup(groupId)
					.stream()
					.filter((flag) -> this.access.seesSubject(user, groupId, flag.subject()))
					.toList());
	}

	/**
	 * The overdue tasks and honesty flags of every class the user is curator or class
	 * teacher of.
	 */
	@Transactional(readOnly = true)
	public List<OverduePage> supervisedOverdue() {
		return supervised().stream().map((group) -> overdue(group.id())).toList();
	}

	/**
	 * The classes and groups the user is curator or class teacher of, for the link to
	 * their overdue tasks.
	 */
	@Transactional(readOnly = true)
	public List<GroupFacts> supervised() {
		QashyqUser user = CurrentUser.get();
		if (user.scopesWith(Permission.VIEW_COURSEWORK).isEmpty()) {
			throw new AccessDeniedException("No coursework to view");
		}
		return user.grants()
			.stream()
			.filter((grant) -> grant.role() == Role.CURATOR
					&& grant.scope().type() == kz.qashyq.platform.security.ScopeType.GROUP)
			.map((grant) -> grant.scope().id())
			.distinct()
			.map(this.repository::group)
			.flatMap(java.util.Optional::stream)
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<MyDayEntry> entries(Long learnerId, Long groupId, ZoneId zone, LocalDate from, LocalDate to) {
		Instant start = from.atStartOfDay(zone).toInstant();
		Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
		Instant now = this.clock.instant();
		List<MyDayEntry> entries = new ArrayList<>();
		if (learnerId != null) {
			for (TaskRow task : this.repository.tasksDue(learnerId, groupId, start, end, now)) {
				entries.add(entry(task.assignmentId(), task.deadlineAt(), zone, task.title(), task.status(),
						task.groupName(), task.subject(), "/coursework/tasks/" + task.assignmentId()));
			}
		}
		else if (groupId != null) {
			List<CourseworkRepository.GroupTask> tasks = this.repository.groupTasksDue(groupId, start, end, now);
			// linked only for those who may open an assignment (a regional observer sees
			// the
			// class's week, not its coursework)
			boolean open = !tasks.isEmpty() && CurrentUser.find()
				.map((user) -> user.can(Permission.VIEW_COURSEWORK, this.access.groupPath(groupId)))
				.orElse(false);
			for (CourseworkRepository.GroupTask task : tasks) {
				entries.add(entry(task.id(), task.deadlineAt(), zone, task.title(), null, null, task.subject(),
						open ? "/coursework/assignments/" + task.id() : null));
			}
		}
		return entries;
	}

	private static MyDayEntry entry(long id, Instant deadline, ZoneId zone, String title, TaskStatus status,
			String groupName, String subject, String url) {
		LocalDateTime local = LocalDateTime.ofInstant(deadline, zone);
		return new MyDayEntry(MyDayEntry.TASK, id, local.toLocalDate(), deadline, deadline, local.toLocalTime(),
				local.toLocalTime(), zone.getId(), title, (status != null) ? status.name() : null, url, groupName, null,
				null, subject);
	}

}
