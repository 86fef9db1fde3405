package kz.qashyq.journal.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.qashyq.directory.Directory;
import kz.qashyq.directory.PersonRelations;
import kz.qashyq.journal.internal.JournalRepository.AttendanceRow;
import kz.qashyq.journal.internal.JournalRepository.GroupRow;
import kz.qashyq.journal.internal.JournalRepository.LastContactRow;
import kz.qashyq.journal.internal.JournalRepository.LearnerRow;
import kz.qashyq.journal.internal.JournalRepository.MarkRow;
import kz.qashyq.journal.internal.JournalViews.TaughtRow;
import kz.qashyq.journal.internal.JournalViews.Attendance;
import kz.qashyq.journal.internal.JournalViews.LearnerJournal;
import kz.qashyq.journal.internal.JournalViews.Mark;
import kz.qashyq.journal.internal.JournalViews.SubjectMarks;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner's and parent's journal of a child, the journal's start page, and the
 * curator's view of a group (A1-27i).
 */
@Service
@Transactional(readOnly = true)
public class LearnerJournalService {

	private final java.util.Map<Long, String> groupKinds = new java.util.concurrent.ConcurrentHashMap<>();

	private final JournalRepository repository;

	private final PreschoolRepository preschool;

	private final JournalAccess access;

	private final Directory directory;

	private final Clock clock;

	private final int inactiveDays;

	LearnerJournalService(JournalRepository repository, PreschoolRepository preschool, JournalAccess access,
			Directory directory, Clock clock, @Value("${qashyq.journal.inactive-days:3}") int inactiveDays) {
		this.repository = repository;
		this.preschool = preschool;
		this.access = access;
		this.directory = directory;
		this.clock = clock;
		this.inactiveDays = inactiveDays;
	}

	/**
	 * A learner's journal: marks (with feedback) by subject, attendance, and for a
	 * preschool pupil the days and the parent's choices. By default the last four weeks
	 * to the end of this week.
	 */
	public LearnerJournal learner(long learnerId, LocalDate from, LocalDate to) {
		var path = this.access.viewLearner(learnerId);
		// learners and parents see no staff logins (ADR 0004)
		boolean staff = CurrentUser.get().can(Permission.VIEW_JOURNAL, path);
		LearnerRow learner = this.repository.learner(learnerId).orElseThrow(() -> new NotFoundException("learner"));
		GroupRow group = (learner.groupId() != null) ? this.repository.group(learner.groupId()).orElse(null) : null;
		LocalDate today = LocalDate
			.now(this.clock.withZone((group != null) ? group.zone() : java.time.ZoneId.of("Asia/Almaty")));
		LocalDate start = (from != null) ? from
				: today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(3);
		LocalDate end = (to != null) ? to : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		if (end.isBefore(start) || start.plusDays(400).isBefore(end)) {
			throw new JournalInputException("journal.error.dates", 400);
		}
		// staff who teach the learner's class see the subjects they teach there (ADR
		// 0004)
		QashyqUser user = CurrentUser.get();
		java.util.Set<String> subjectsSeen = (user.can(Permission.VIEW_OWN, path) || learner.groupId() == null) ? null
				: this.access.subjectsSeen(user, learner.groupId());
		java.util.function.Predicate<String> seen = (subject) -> subjectsSeen == null || subjectsSeen.contains(subject);
		Map<String, List<MarkRow>> bySubject = new LinkedHashMap<>();
		for (MarkRow mark : this.repository.marksOfLearner(learnerId, start, end)) {
			if (!seen.test(mark.subject())) {
				continue;
			}
			bySubject.computeIfAbsent(mark.subject(), (s) -> new ArrayList<>()).add(mark);
		}
		List<SubjectMarks> subjects = new ArrayList<>();
		bySubject.forEach((subject, marks) -> subjects.add(new SubjectMarks(subject,
				marks.stream().map(JournalService::view).map((mark) -> staff ? mark : mark.forLearners()).toList(),
				JournalService.average(marks))));
		List<Attendance> attendance = new ArrayList<>();
		for (AttendanceRow row : this.repository.attendanceOfLearner(learnerId, start, end)) {
			if (row.subject() != null && !seen.test(row.subject())) {
				continue;
			}
			attendance.add(new Attendance(row.date(), row.start(), row.subject(), row.status(), row.participation(),
					row.reason()));
		}
		boolean isPreschool = "PRESCHOOL_PUPIL".equals(learner.kind());
		return new LearnerJournal(learnerId, learner.name(), learner.groupId(), (group != null) ? group.name() : null,
				isPreschool, start, end, subjects, attendance,
				isPreschool ? this.preschool.daysOf(learnerId, start, end) : List.of(),
				isPreschool ? this.preschool.choices(learnerId, today.minusDays(30))
					.stream()
					.map((choice) -> staff ? choice : choice.forLearners())
					.toList() : List.of(),
				isPreschool ? List.of()
						: this.repository.termMarksOfLearner(learnerId)
							.stream()
							.filter((term) -> seen.test(term.subject()))
							.toList());
	}

	/** The first class or group the signed-in user is curator or class teacher of. */
	public java.util.Optional<Long> myGroup() {
		return CurrentUser.get()
			.grants()
			.stream()
			.filter((grant) -> grant.role() == kz.qashyq.platform.security.Role.CURATOR
					&& grant.scope().type() == kz.qashyq.platform.security.ScopeType.GROUP)
			.map((grant) -> grant.scope().id())
			.findFirst();
	}

	/**
	 * Whether the curator's group (the one {@link #myGroup()} opens) is a school class;
	 * false for a kindergarten, college, university group or a circle, and for a user who
	 * curates none. A group's kind never changes, so it is looked up once per group.
	 */
	public boolean myGroupIsClass(kz.qashyq.platform.security.QashyqUser user) {
		return user.grants()
			.stream()
			.filter((grant) -> grant.role() == kz.qashyq.platform.security.Role.CURATOR
					&& grant.scope().type() == kz.qashyq.platform.security.ScopeType.GROUP)
			.map((grant) -> grant.scope().id())
			.findFirst()
			.map((group) -> this.groupKinds.computeIfAbsent(group,
					(id) -> this.repository.group(id).map(GroupRow::kind).orElse("")))
			.map("SCHOOL_CLASS"::equals)
			.orElse(false);
	}

	/** What the signed-in user keeps or follows in the journal. */
	public Start start() {
		QashyqUser user = CurrentUser.get();
		List<Long> organizations = user.scopesWith(kz.qashyq.platform.security.Permission.VIEW_JOURNAL)
			.stream()
			.filter((scope) -> scope.type() == kz.qashyq.platform.security.ScopeType.ORGANIZATION)
			.map(kz.qashyq.platform.security.ScopeRef::id)
			.toList();
		List<TaughtRow> organizationGroups = organizations.isEmpty() ? List.of()
				: this.repository.groupsOfOrganizations(organizations);
		if (user.personId() == null) {
			return new Start(List.of(), List.of(), List.of(), null, organizationGroups);
		}
		PersonRelations relations = this.directory.relationsOf(user.personId());
		List<TaughtRow> children = new ArrayList<>();
		for (Long child : relations.children()) {
			this.repository.learner(child).ifPresent((l) -> children.add(new TaughtRow(l.id(), l.name(), l.kind())));
		}
		return new Start(this.repository.taught(user.personId()),
				this.repository.groupsNamed(relations.supervisedGroups()), children, relations.learnerId(),
				organizationGroups);
	}

	/**
	 * The curator's view of a group: each learner's attendance today and this week (all
	 * subjects) and the last day of contact, those without contact for {@code days} days
	 * or more highlighted (A1-27i).
	 */
	public Overview overview(long groupId, Integer days) {
		GroupRow group = this.access.viewGroup(groupId);
		int threshold = (days != null) ? days : this.inactiveDays;
		if (threshold < 1 || threshold > 60) {
			throw new JournalInputException("journal.error.days");
		}
		LocalDate today = LocalDate.now(this.clock.withZone(group.zone()));
		LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Map<Long, int[]> todayCounts = new HashMap<>();
		Map<Long, int[]> weekCounts = new HashMap<>();
		for (AttendanceRow row : this.repository.attendanceOfGroup(groupId, monday, today)) {
			int[] week = weekCounts.computeIfAbsent(row.learnerId(), (id) -> new int[2]);
			week[0] += row.status().attended() ? 1 : 0;
			week[1]++;
			if (row.date().equals(today)) {
				int[] day = todayCounts.computeIfAbsent(row.learnerId(), (id) -> new int[2]);
				day[0] += row.status().attended() ? 1 : 0;
				day[1]++;
			}
		}
		Map<Long, LocalDate> last = new HashMap<>();
		for (LastContactRow row : this.repository.lastContacts(groupId, today)) {
			last.put(row.learnerId(), row.lastDay());
		}
		List<OverviewLine> lines = new ArrayList<>();
		for (LearnerRow learner : this.repository.learners(groupId)) {
			int[] day = todayCounts.getOrDefault(learner.id(), new int[2]);
			int[] week = weekCounts.getOrDefault(learner.id(), new int[2]);
			LocalDate lastDay = last.get(learner.id());
			boolean inactive = lastDay == null || !lastDay.isAfter(today.minusDays(threshold));
			lines.add(new OverviewLine(learner.id(), learner.name(), learner.hasInternet(), day[0], day[1], week[0],
					week[1], lastDay, inactive));
		}
		return new Overview(groupId, group.name(), today, monday, threshold, lines);
	}

	/** The learners of the group without contact for the threshold's days (A1-27i). */
	public List<OverviewLine> inactive(long groupId, Integer days) {
		return overview(groupId, days).lines().stream().filter(OverviewLine::inactive).toList();
	}

	public record Start(List<TaughtRow> taught, List<TaughtRow> supervised, List<TaughtRow> children, Long ownLearnerId,
			List<TaughtRow> organizationGroups) {

	}

	public record Overview(long groupId, String groupName, LocalDate today, LocalDate monday, int days,
			List<OverviewLine> lines) {

		public long inactiveCount() {
			return this.lines.stream().filter(OverviewLine::inactive).count();
		}

	}

	public record OverviewLine(long learnerId, String name, boolean hasInternet, int attendedToday, int markedToday,
			int attendedWeek, int markedWeek, LocalDate lastContact, boolean inactive) {

	}

}
