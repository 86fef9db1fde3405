package kz.qashyq.journal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kz.qashyq.directory.Directory;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeType;
import kz.qashyq.platform.web.HomeCard;
import kz.qashyq.platform.web.HomeCards;
import kz.qashyq.schedule.ScheduledLesson;
import kz.qashyq.schedule.Timetables;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal on the teacher's home page: today's lessons of their timetable, and for
 * each one that has begun whether its attendance is marked, with the way into the journal
 * to mark it.
 */
@Component
class JournalHomeCards implements HomeCards {

	private final Timetables timetables;

	private final JournalRepository repository;

	private final Clock clock;

	private final Directory directory;

	private final JournalAccess access;

	JournalHomeCards(Timetables timetables, JournalRepository repository, Directory directory, JournalAccess access,
			Clock clock) {
		this.access = access;
		this.directory = directory;
		this.timetables = timetables;
		this.repository = repository;
		this.clock = clock;
	}

	/**
	 * A lesson of today: begun or not, how many learners have their attendance marked.
	 */
	public record TodayLesson(long groupId, String groupName, String subject, LocalTime start, String mode,
			boolean begun, int marked, boolean keeps) {

		public boolean unmarked() {
			return this.begun && this.marked == 0;
		}

	}

	/**
	 * The teacher's lessons today, and how many of those begun wait for attendance.
	 */
	public record TodayLessons(LocalDate date, List<TodayLesson> lessons, long unmarked) {
	}

	/**
	 * An organization's day in the journal for its head or deputy.
	 */
	public record SchoolDay(long organizationId, String name, LocalDate date, JournalRepository.DayFigures figures) {
	}

	@Override
	@Transactional(readOnly = true)
	public List<HomeCard> cardsFor(QashyqUser user) {
		List<HomeCard> cards = new ArrayList<>(schoolDays(user));
		cards.addAll(teacherLessons(user));
		return cards;
	}

	private List<HomeCard> schoolDays(QashyqUser user) {
		List<Long> organizations = user.grants()
			.stream()
			.filter((grant) -> (grant.role() == Role.ORGANIZATION_HEAD || grant.role() == Role.DEPUTY_HEAD)
					&& grant.scope().type() == ScopeType.ORGANIZATION)
			.map((grant) -> grant.scope().id())
			.distinct()
			.toList();
		List<SchoolDay> days = new ArrayList<>();
		for (long organization : organizations) {
			this.directory.organization(organization).ifPresent((info) -> {
				LocalDate today = LocalDate.now(this.clock.withZone(info.timeZone()));
				List<Long> groups = this.repository.groupsOfOrganizations(List.of(organization))
					.stream()
					.map(JournalViews.TaughtRow::groupId)
					.toList();
				days.add(new SchoolDay(organization, info.name().current(), today,
						this.repository.dayFigures(groups, today)));
			});
		}
		return days.isEmpty() ? List.of() : List.of(new HomeCard(12, "journal/home", "school", days));
	}

	private List<HomeCard> teacherLessons(QashyqUser user) {
		if (user.personId() == null || user.isReadOnly() || user.scopesWith(Permission.KEEP_JOURNAL).isEmpty()) {
			return List.of();
		}
		// the teacher's zone: the first lesson's organization; a teacher without lessons
		// today gets no card
		LocalDate utcToday = LocalDate.now(this.clock.withZone(ZoneId.of("UTC")));
		List<ScheduledLesson> around = this.timetables.lessonsOfTeacher(user.personId(), utcToday.minusDays(1),
				utcToday.plusDays(1));
		if (around.isEmpty()) {
			return List.of();
		}
		ZoneId zone = around.get(0).zone();
		LocalDateTime now = LocalDateTime.now(this.clock.withZone(zone));
		List<ScheduledLesson> today = around.stream().filter((l) -> l.date().equals(now.toLocalDate())).toList();
		if (today.isEmpty()) {
			return List.of();
		}
		Map<String, Integer> marked = this.repository
			.attendanceCounts(today.stream().map(ScheduledLesson::groupId).distinct().toList(), now.toLocalDate());
		Map<Long, String> names = this.repository
			.groupsNamed(today.stream().map(ScheduledLesson::groupId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(JournalViews.TaughtRow::groupId, JournalViews.TaughtRow::groupName));
		// the journal's own rule decides which of them the teacher keeps (and so may
		// open)
		Map<String, Boolean> keeps = new java.util.HashMap<>();
		List<TodayLesson> lessons = new ArrayList<>();
		for (ScheduledLesson lesson : today) {
			boolean kept = keeps.computeIfAbsent(lesson.groupId() + "|" + lesson.subject(),
					(key) -> this.access.mayKeep(lesson.groupId(), lesson.subject()));
			lessons.add(
					new TodayLesson(lesson.groupId(), names.getOrDefault(lesson.groupId(), ""), lesson.subject(),
							lesson.localStart(), lesson.mode(), !lesson.localStart().isAfter(now.toLocalTime()), marked
								.getOrDefault(lesson.groupId() + "|" + lesson.subject() + "|" + lesson.localStart(), 0),
							kept));
		}
		long unmarked = lessons.stream().filter(TodayLesson::unmarked).count();
		return List
			.of(new HomeCard(15, "journal/home", "lessons", new TodayLessons(now.toLocalDate(), lessons, unmarked)));
	}

}
