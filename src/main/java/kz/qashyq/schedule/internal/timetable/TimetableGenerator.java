package kz.qashyq.schedule.internal.timetable;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import kz.qashyq.policy.GradeBand;
import kz.qashyq.policy.LessonRules;
import kz.qashyq.policy.Policies;
import kz.qashyq.policy.PlannedLesson;
import kz.qashyq.policy.Regime;
import kz.qashyq.schedule.TimetableProblem;
import kz.qashyq.schedule.TimetableRejected;
import kz.qashyq.schedule.internal.events.MeetingLinks;
import kz.qashyq.schedule.internal.timetable.TimetableRepository.GroupRow;
import kz.qashyq.schedule.internal.timetable.TimetableRepository.LoadRow;
import kz.qashyq.schedule.internal.timetable.solver.SharedDevicePair;
import kz.qashyq.schedule.internal.timetable.solver.SolverLesson;
import kz.qashyq.schedule.internal.timetable.solver.TimetableConstraints;
import kz.qashyq.schedule.internal.timetable.solver.TimetablePlan;
import kz.qashyq.schedule.internal.timetable.solver.Timeslot;

import org.springframework.stereotype.Component;

/**
 * Turns an organization's study load and the policy into a solver problem (one lesson per
 * weekly hour; for each class the slots of its band's grid that the policy accepts), runs
 * Timefold on it and turns the best solution into lessons.
 */
@Component
public class TimetableGenerator {

	private final TimetableRepository repository;

	private final Policies policies;

	private final MeetingLinks meetingLinks;

	private final SolverFactory<TimetablePlan> solverFactory;

	TimetableGenerator(TimetableRepository repository, Policies policies, MeetingLinks meetingLinks) {
		this.repository = repository;
		this.policies = policies;
		this.meetingLinks = meetingLinks;
		this.solverFactory = SolverFactory.create(new SolverConfig().withSolutionClass(TimetablePlan.class)
			.withEntityClasses(SolverLesson.class)
			.withConstraintProviderClass(TimetableConstraints.class)
			.withTerminationConfig(new TerminationConfig().withSpentLimit(Duration.ofSeconds(20))));
	}

	/**
	 * Builds the problem of an organization's week. Outside the distance regime every
	 * lesson is planned in person (not live).
	 * @param withSharedDevices whether the siblings' shared-device pairs take part (off
	 * only to measure what the constraint brings)
	 * @throws TimetableRejected when there is no load, no policy in force, or more hours
	 * than slots for a class or a teacher
	 */
	public Prepared prepare(long organizationId, LocalDate validFrom, boolean withSharedDevices) {
		List<LoadRow> load = this.repository.load(organizationId);
		if (load.isEmpty()) {
			throw new TimetableRejected(TimetableProblem.of("timetable.error.noLoad"));
		}
		Map<Long, GroupRow> groups = new HashMap<>();
		for (GroupRow group : this.repository.groups(organizationId)) {
			groups.put(group.id(), group);
		}
		// lessons are live online only in the distance regime; otherwise (normal, in
		// person,
		// quarantine) they are held in person
		boolean distance = this.policies.regimeOn(organizationId, validFrom) == Regime.DISTANCE;
		Map<String, List<Timeslot>> slotCache = new HashMap<>();
		Map<String, Integer> minutesCache = new HashMap<>();
		List<TimetableProblem> problems = new ArrayList<>();
		List<SolverLesson> lessons = new ArrayList<>();
		Map<Long, Integer> groupHours = new LinkedHashMap<>();
		Map<Long, Set<Timeslot>> groupSlots = new HashMap<>();
		Map<Long, Integer> teacherHours = new LinkedHashMap<>();
		Map<Long, Set<String>> teacherSlots = new HashMap<>();
		Map<Long, String> teacherNames = new HashMap<>();
		long id = 0;
		for (LoadRow loadRow : load) {
			LoadRow row = distance ? loadRow : new LoadRow(loadRow.id(), loadRow.groupId(), loadRow.groupName(),
					loadRow.subject(), loadRow.teacherId(), loadRow.teacherName(), loadRow.hoursPerWeek(), false);
			GroupRow group = groups.computeIfAbsent(row.groupId(), (key) -> this.repository.group(key).orElseThrow());
			GradeBand band = LessonChecker.band(group);
			String key = band + "/" + row.live();
			if (!slotCache.containsKey(key)) {
				Optional<LessonRules> rules = this.policies.lessonRules(organizationId, band, validFrom);
				if (rules.isEmpty()) {
					problems.add(TimetableProblem.of("timetable.error.noPolicy", group.name(), validFrom.toString()));
					slotCache.put(key, List.of());
					continue;
				}
				int minutes = rules.get().maxMinutes(row.live());
				minutesCache.put(key, minutes);
				slotCache.put(key, slots(organizationId, band, validFrom, rules.get(), minutes, row.live()));
			}
			List<Timeslot> slots = slotCache.get(key);
			if (!minutesCache.containsKey(key)) {
				continue;
			}
			if (slots.isEmpty()) {
				problems.add(TimetableProblem.of("timetable.error.noSlots", group.name(), validFrom.toString()));
			}
			groupHours.merge(row.groupId(), row.hoursPerWeek(), Integer::sum);
			groupSlots.computeIfAbsent(row.groupId(), (k) -> new LinkedHashSet<>()).addAll(slots);
			teacherHours.merge(row.teacherId(), row.hoursPerWeek(), Integer::sum);
			teacherNames.put(row.teacherId(), row.teacherName());
			slots.forEach((slot) -> teacherSlots.computeIfAbsent(row.teacherId(), (k) -> new LinkedHashSet<>())
				.add(slot.weekday() + "@" + slot.start()));
			for (int hour = 0; hour < row.hoursPerWeek(); hour++) {
				lessons.add(new SolverLesson(++id, row.groupId(), row.subject(), row.teacherId(), row.live(),
						minutesCache.get(key), slots));
			}
		}
		groupHours.forEach((groupId, hours) -> {
			int capacity = groupSlots.getOrDefault(groupId, Set.of()).size();
			if (capacity > 0 && hours > capacity) {
				problems.add(TimetableProblem.of("timetable.error.classOverloaded", groups.get(groupId).name(), hours,
						capacity));
			}
		});
		teacherHours.forEach((teacherId, hours) -> {
			int capacity = teacherSlots.getOrDefault(teacherId, Set.of()).size();
			if (capacity > 0 && hours > capacity) {
				problems.add(TimetableProblem.of("timetable.error.teacherOverloaded", teacherNames.get(teacherId),
						hours, capacity));
			}
		});
		if (!problems.isEmpty()) {
			throw new TimetableRejected(List.copyOf(new LinkedHashSet<>(problems)));
		}
		List<SharedDevicePair> pairs = withSharedDevices ? this.repository.sharedDevicePairs(organizationId)
				: List.of();
		return new Prepared(organizationId, validFrom,
				new TimetablePlan(lessons, this.repository.unavailabilityFacts(organizationId), pairs), groups,
				distance);
	}

	/**
	 * The grid of a band: from the earliest start, lessons of the given length with the
	 * policy's break between them, as many a day as the policy allows, on its teaching
	 * days; only the slots {@link Policies#check} accepts.
	 */
	List<Timeslot> slots(long organizationId, GradeBand band, LocalDate validFrom, LessonRules rules, int minutes,
			boolean live) {
		int step = rules.maxLessonMinutes() + rules.breakMinutes();
		List<Timeslot> slots = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			if (!rules.teachingDays().contains(day)) {
				continue;
			}
			LocalDate date = LessonChecker.dateOf(validFrom, day.getValue());
			for (int i = 0; i < rules.maxLessonsPerDay(); i++) {
				int startMinute = rules.earliestStart().getHour() * 60 + rules.earliestStart().getMinute() + i * step;
				if (startMinute + minutes > 24 * 60) {
					break;
				}
				LocalTime start = LocalTime.of(startMinute / 60, startMinute % 60);
				if (this.policies.check(new PlannedLesson(organizationId, band, date, start, minutes, live))
					.isEmpty()) {
					slots.add(new Timeslot(day.getValue(), start, step));
				}
			}
		}
		return List.copyOf(slots);
	}

	/**
	 * Solves the problem in the caller's thread.
	 * @param onSolver receives the solver before it starts (to stop it early)
	 * @param onBest receives each new best solution (on the solver's thread)
	 */
	public TimetablePlan solve(Prepared prepared, Duration limit, Duration unimproved, Consumer<Solver<?>> onSolver,
			Consumer<TimetablePlan> onBest) {
		Solver<TimetablePlan> solver = this.solverFactory.buildSolver(new SolverConfigOverride<TimetablePlan>()
			.withTerminationConfig(new TerminationConfig().withSpentLimit(limit)
				.withUnimprovedSpentLimit(unimproved)
				.withBestScoreLimit("0hard/0soft")));
		if (onBest != null) {
			solver.addEventListener((event) -> onBest.accept(event.getNewBestSolution()));
		}
		if (onSolver != null) {
			onSolver.accept(solver);
		}
		return solver.solve(prepared.plan());
	}

	/**
	 * Stores a solution as a generated draft; lessons without a slot are left out. The
	 * live lessons of a class in a subject share one online room, so its link stays the
	 * same all week.
	 * @return the draft's id
	 */
	long saveDraft(Prepared prepared, TimetablePlan solution, String createdBy) {
		long timetableId = this.repository.createTimetable(prepared.organizationId(), prepared.validFrom(),
				TimetableService.SOURCE_GENERATED,
				"score " + solution.getScore() + ((unplaced(solution) > 0) ? ", unplaced " + unplaced(solution) : ""),
				createdBy);
		java.util.Map<String, String> rooms = new java.util.HashMap<>();
		for (SolverLesson lesson : solution.getLessons()) {
			if (lesson.getTimeslot() == null) {
				continue;
			}
			String mode = mode(prepared, lesson);
			String link = "LIVE".equals(mode) ? rooms.computeIfAbsent(lesson.groupId() + "/" + lesson.subject(),
					(room) -> this.meetingLinks.newLink()) : null;
			this.repository.insertLesson(timetableId,
					new LessonForm(lesson.groupId(), lesson.subject(), lesson.teacherId(), lesson.weekday(),
							lesson.getTimeslot().start(), lesson.minutes(), mode, link, null));
		}
		return timetableId;
	}

	/**
	 * Overlapping live lessons of two classes that hold siblings sharing a device,
	 * counted over the organization's real pairs (whatever the problem held).
	 */
	public int sharedDeviceOverlaps(long organizationId, TimetablePlan solution) {
		Set<SharedDevicePair> pairs = new java.util.HashSet<>(this.repository.sharedDevicePairs(organizationId));
		List<SolverLesson> live = solution.getLessons()
			.stream()
			.filter((lesson) -> lesson.live() && lesson.getTimeslot() != null)
			.toList();
		int overlaps = 0;
		for (int i = 0; i < live.size(); i++) {
			for (int j = i + 1; j < live.size(); j++) {
				SolverLesson a = live.get(i);
				SolverLesson b = live.get(j);
				if (a.weekday() == b.weekday() && a.start() < b.end() && b.start() < a.end() && pairs.contains(
						new SharedDevicePair(Math.min(a.groupId(), b.groupId()), Math.max(a.groupId(), b.groupId())))) {
					overlaps++;
				}
			}
		}
		return overlaps;
	}

	private static String mode(Prepared prepared, SolverLesson lesson) {
		if (!prepared.distance()) {
			return "IN_PERSON";
		}
		return lesson.live() ? "LIVE" : "SELF_STUDY";
	}

	/** Whether every lesson has a slot and no hard constraint is broken. */
	public static boolean complete(TimetablePlan solution) {
		return solution.getScore() != null && solution.getScore().hardScore() >= 0 && unplaced(solution) == 0;
	}

	/** Lessons the solver has not placed yet (it was stopped during construction). */
	public static int unplaced(TimetablePlan solution) {
		return (int) solution.getLessons().stream().filter((lesson) -> lesson.getTimeslot() == null).count();
	}

	static int hard(HardSoftScore score) {
		return (score != null) ? score.hardScore() : 0;
	}

	/**
	 * A problem ready to solve.
	 */
	public record Prepared(long organizationId, LocalDate validFrom, TimetablePlan plan, Map<Long, GroupRow> groups,
			boolean distance) {

	}

}
