package kz.qashyq.schedule.internal.myday;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import kz.qashyq.directory.Directory;
import kz.qashyq.directory.PersonRelations;
import kz.qashyq.platform.i18n.Languages;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.web.NotFoundException;
import kz.qashyq.schedule.MyDay;
import kz.qashyq.schedule.MyDayAgenda;
import kz.qashyq.schedule.MyDayContributor;
import kz.qashyq.schedule.MyDayDate;
import kz.qashyq.schedule.MyDayEntry;
import kz.qashyq.schedule.MyDayView;
import kz.qashyq.schedule.internal.myday.MyDayRepository.BroadcastRow;
import kz.qashyq.schedule.internal.myday.MyDayRepository.ContextRow;
import kz.qashyq.schedule.internal.myday.MyDayRepository.EventRow;
import kz.qashyq.schedule.internal.myday.MyDayRepository.LessonRow;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a day or a week together from the four reads of {@link MyDayRepository}. Own data
 * comes from {@link Directory#relationsOf(long)}; a child's needs VIEW_OWN over the
 * learner, a class's VIEW_TIMETABLE over the class.
 */
@Service
@Transactional(readOnly = true)
class MyDayService implements MyDay {

	private static final ZoneId FALLBACK_ZONE = ZoneId.of("Asia/Almaty");

	private final MyDayRepository repository;

	private final Directory directory;

	private final Clock clock;

	private final List<MyDayContributor> contributors;

	MyDayService(MyDayRepository repository, Directory directory, Clock clock, List<MyDayContributor> contributors) {
		this.repository = repository;
		this.directory = directory;
		this.clock = clock;
		this.contributors = List.copyOf(contributors);
	}

	@Override
	public MyDayView mine(LocalDate date, boolean week) {
		QashyqUser user = CurrentUser.get();
		if (!MyDayAccess.hasOwnDay(user)) {
			throw new AccessDeniedException("No day of one's own");
		}
		long personId = user.personId();
		PersonRelations relations = this.directory.relationsOf(personId);
		for (Long child : relations.children()) {
			ScopePath path = this.directory.learnerPath(child).orElseThrow(() -> new NotFoundException("learner"));
			CurrentUser.require(Permission.VIEW_OWN, path);
		}
		Plan plan = new Plan(personId, user.displayName(), relations.learnerId(), relations.children(),
				relations.supervisedGroups(), zoneHints(relations));
		return view(plan, date, week);
	}

	@Override
	public MyDayView learner(long learnerId, LocalDate date, boolean week) {
		CurrentUser.requireLearner(this.directory.learnerPath(learnerId), Permission.VIEW_OWN);
		return view(new Plan(null, null, null, List.of(learnerId), List.of(), List.of()), date, week);
	}

	@Override
	public MyDayView group(long groupId, LocalDate date, boolean week) {
		ScopePath path = this.directory.groupPath(groupId).orElseThrow(() -> new NotFoundException("group"));
		CurrentUser.require(Permission.VIEW_TIMETABLE, path);
		return view(new Plan(null, null, null, List.of(), List.of(groupId), List.of()), date, week);
	}

	@Override
	public List<MyDayAgenda> agendasOf(long personId, LocalDate from, LocalDate to) {
		PersonRelations relations = this.directory.relationsOf(personId);
		Plan plan = new Plan(personId, null, relations.learnerId(), relations.children(), List.of(),
				zoneHints(relations));
		return assemble(plan, context(plan), from, to);
	}

	private static List<Long> zoneHints(PersonRelations relations) {
		List<Long> hints = new ArrayList<>(relations.supervisedGroups());
		hints.addAll(relations.taughtGroups());
		return hints;
	}

	private MyDayView view(Plan plan, LocalDate date, boolean week) {
		Context context = context(plan);
		LocalDate today = LocalDate.now(this.clock.withZone(context.zone()));
		LocalDate day = (date != null) ? date : today;
		LocalDate from = week ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
		LocalDate to = week ? from.plusDays(6) : day;
		int step = week ? 7 : 1;
		return new MyDayView(week ? "WEEK" : "DAY", day, from, to, today, day.minusDays(step), day.plusDays(step),
				assemble(plan, context, from, to));
	}

	private Context context(Plan plan) {
		List<Long> learners = new ArrayList<>(plan.children());
		if (plan.ownLearnerId() != null) {
			learners.add(0, plan.ownLearnerId());
		}
		Set<Long> groups = new LinkedHashSet<>(plan.groups());
		groups.addAll(plan.zoneHints());
		this.repository.useGenericPlans();
		List<ContextRow> rows = this.repository.context(learners, groups, plan.personId());
		Map<Long, ContextRow> byLearner = new LinkedHashMap<>();
		Map<Long, ContextRow> byGroup = new LinkedHashMap<>();
		Map<Long, ZoneId> workplaces = new LinkedHashMap<>();
		for (ContextRow row : rows) {
			if (row.learnerId() != null) {
				byLearner.put(row.learnerId(), row);
			}
			else if (row.groupId() != null) {
				byGroup.put(row.groupId(), row);
				if (plan.zoneHints().contains(row.groupId())) {
					workplaces.put(row.organizationId(), row.zone());
				}
			}
			else {
				workplaces.put(row.organizationId(), row.zone());
			}
		}
		ZoneId zone = FALLBACK_ZONE;
		if (plan.ownLearnerId() != null && byLearner.containsKey(plan.ownLearnerId())) {
			zone = byLearner.get(plan.ownLearnerId()).zone();
		}
		else if (!workplaces.isEmpty()) {
			zone = workplaces.values().iterator().next();
		}
		else if (!byGroup.isEmpty()) {
			zone = byGroup.values().iterator().next().zone();
		}
		else if (!byLearner.isEmpty()) {
			zone = byLearner.values().iterator().next().zone();
		}
		return new Context(byLearner, byGroup, workplaces.keySet(), zone);
	}

	private List<MyDayAgenda> assemble(Plan plan, Context context, LocalDate from, LocalDate to) {
		// the teacher's lessons are looked for in the organizations they teach or work in
		Set<Long> organizations = new LinkedHashSet<>(context.workplaces());
		Set<Long> groups = new LinkedHashSet<>();
		Set<Integer> grades = new HashSet<>();
		for (ContextRow row : context.byLearner().values()) {
			organizations.add(row.organizationId());
			if (row.groupId() != null) {
				groups.add(row.groupId());
				if (row.grade() != null) {
					grades.add(row.grade());
				}
			}
		}
		for (Long groupId : plan.groups()) {
			ContextRow row = context.byGroup().get(groupId);
			if (row != null) {
				organizations.add(row.organizationId());
				groups.add(groupId);
				if (row.grade() != null) {
					grades.add(row.grade());
				}
			}
		}
		// instants a day either side of the span cover every zone; each entry is then
		// kept by its local date
		Instant windowStart = from.minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant windowEnd = to.plusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
		List<LessonRow> lessons = organizations.isEmpty() ? List.of()
				: this.repository.lessons(from, to, organizations, groups, plan.personId());
		List<BroadcastRow> broadcasts = grades.isEmpty() ? List.of()
				: this.repository.broadcasts(grades, windowStart, windowEnd);
		List<Long> people = new ArrayList<>(plan.children());
		if (plan.personId() != null) {
			people.add(plan.personId());
		}
		List<EventRow> events = (people.isEmpty() && plan.groups().isEmpty()) ? List.of()
				: this.repository.events(people, plan.groups(), windowStart, windowEnd);

		List<MyDayAgenda> agendas = new ArrayList<>();
		if (plan.personId() != null) {
			ContextRow own = (plan.ownLearnerId() != null) ? context.byLearner().get(plan.ownLearnerId()) : null;
			Long ownGroup = (own != null) ? own.groupId() : null;
			agendas.add(agenda("OWN", plan.personId(), (plan.name() != null) ? plan.name() : "", context.zone(), from,
					to, lessons, (lesson) -> lesson.taught() || lesson.groupId() == (ownGroup != null ? ownGroup : -1),
					broadcasts, own, events, (event) -> plan.personId().equals(event.inviteeId()),
					(own != null) ? contributions(plan.ownLearnerId(), ownGroup, own.zone(), from, to) : List.of()));
		}
		for (Long child : plan.children()) {
			ContextRow row = context.byLearner().get(child);
			if (row == null) {
				continue;
			}
			Long group = row.groupId();
			agendas.add(agenda("CHILD", child, row.learnerName(), row.zone(), from, to, lessons,
					(lesson) -> group != null && lesson.groupId() == group, broadcasts, row, events,
					(event) -> child.equals(event.inviteeId()), contributions(child, group, row.zone(), from, to)));
		}
		for (Long groupId : plan.groups()) {
			ContextRow row = context.byGroup().get(groupId);
			if (row == null) {
				continue;
			}
			agendas.add(agenda("GROUP", groupId, row.groupName(), row.zone(), from, to, lessons,
					(lesson) -> lesson.groupId() == groupId, broadcasts, row, events,
					(event) -> event.inviteeId() == null && groupId.equals(event.groupId()),
					contributions(null, groupId, row.zone(), from, to)));
		}
		return agendas;
	}

	private MyDayAgenda agenda(String kind, long id, String name, ZoneId zone, LocalDate from, LocalDate to,
			List<LessonRow> lessons, Predicate<LessonRow> lessonFilter, List<BroadcastRow> broadcasts, ContextRow group,
			List<EventRow> events, Predicate<EventRow> eventFilter, List<MyDayEntry> contributed) {
		TreeMap<LocalDate, List<MyDayEntry>> days = new TreeMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			days.put(day, new ArrayList<>());
		}
		Set<Long> lessonBroadcasts = new HashSet<>();
		Set<String> seen = new HashSet<>();
		for (LessonRow lesson : lessons) {
			if (!lessonFilter.test(lesson) || !seen.add(lesson.id() + "@" + lesson.day())) {
				continue;
			}
			if (lesson.tvBroadcastId() != null) {
				lessonBroadcasts.add(lesson.tvBroadcastId());
			}
			ZonedDateTime start = ZonedDateTime.of(lesson.day(), lesson.start(), lesson.zone());
			ZonedDateTime end = start.plusMinutes(lesson.minutes());
			add(days, new MyDayEntry(MyDayEntry.LESSON, lesson.id(), lesson.day(), start.toInstant(), end.toInstant(),
					start.toLocalTime(), end.toLocalTime(), lesson.zone().getId(), lesson.subject(), lesson.mode(),
					lesson.meetingUrl(), lesson.groupName(), lesson.teacherName(), lesson.channel(), lesson.topic()));
		}
		if (group != null && group.grade() != null) {
			for (BroadcastRow broadcast : broadcasts) {
				if (broadcast.grade() != group.grade() || !broadcast.language().equals(group.language())
						|| lessonBroadcasts.contains(broadcast.id())) {
					continue;
				}
				LocalDateTime start = LocalDateTime.ofInstant(broadcast.start(), group.zone());
				LocalDateTime end = LocalDateTime.ofInstant(broadcast.end(), group.zone());
				add(days,
						new MyDayEntry(MyDayEntry.TV, broadcast.id(), start.toLocalDate(), broadcast.start(),
								broadcast.end(), start.toLocalTime(), end.toLocalTime(), group.zone().getId(),
								broadcast.subject(), null, null, null, null, broadcast.channel(), broadcast.topic()));
			}
		}
		Set<Long> seenEvents = new HashSet<>();
		for (EventRow event : events) {
			if (!eventFilter.test(event) || !seenEvents.add(event.id())) {
				continue;
			}
			Instant end = event.start().plusSeconds(event.minutes() * 60L);
			LocalDateTime localStart = LocalDateTime.ofInstant(event.start(), event.zone());
			LocalDateTime localEnd = LocalDateTime.ofInstant(end, event.zone());
			add(days,
					new MyDayEntry(MyDayEntry.EVENT, event.id(), localStart.toLocalDate(), event.start(), end,
							localStart.toLocalTime(), localEnd.toLocalTime(), event.zone().getId(),
							Languages.pick(event.titleKk(), event.titleRu(), event.titleEn()), event.kind(),
							event.meetingUrl(), event.groupName(), null, null, event.topics()));
		}
		contributed.forEach((entry) -> add(days, entry));
		List<MyDayDate> dates = new ArrayList<>();
		days.forEach((date, entries) -> {
			entries.sort(Comparator.comparing(MyDayEntry::start).thenComparing(MyDayEntry::kind));
			dates.add(new MyDayDate(date, entries));
		});
		return new MyDayAgenda(kind, id, name, zone.getId(), dates);
	}

	private List<MyDayEntry> contributions(Long learnerId, Long groupId, ZoneId zone, LocalDate from, LocalDate to) {
		List<MyDayEntry> entries = new ArrayList<>();
		for (MyDayContributor contributor : this.contributors) {
			entries.addAll(contributor.entries(learnerId, groupId, zone, from, to));
		}
		return entries;
	}

	private static void add(Map<LocalDate, List<MyDayEntry>> days, MyDayEntry entry) {
		List<MyDayEntry> entries = days.get(entry.date());
		if (entries != null) {
			entries.add(entry);
		}
	}

	/**
	 * Whose agendas to build.
	 *
	 * @param personId the person whose own agenda comes first, or null for none
	 * @param name their name
	 * @param ownLearnerId their own learner record, or null
	 * @param children the learners whose agendas follow
	 * @param groups the classes whose agendas follow
	 * @param zoneHints the classes the person teaches or leads: the person's own lessons
	 * are looked for in their organizations (and in those of the person's staff
	 * positions), whose time zone serves a person who is no learner
	 */
	record Plan(Long personId, String name, Long ownLearnerId, List<Long> children, List<Long> groups,
			List<Long> zoneHints) {

	}

	record Context(Map<Long, ContextRow> byLearner, Map<Long, ContextRow> byGroup, Set<Long> workplaces, ZoneId zone) {

	}

}
