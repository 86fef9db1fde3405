package kz.qashyq.schedule.internal.timetable.solver;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;

/**
 * The rules of a good timetable (O-1.10d). The policy's own rules (length, start,
 * weekdays, breaks, lessons a day) are kept by construction: a lesson may only take a
 * slot of its band's grid that {@code Policies.check} accepts. Hard: no teacher or class
 * double booking, teachers' unavailable times. Soft: a subject at most once a day, few
 * idle minutes for teachers, and siblings sharing one device never in two live lessons at
 * once.
 */
public class TimetableConstraints implements ConstraintProvider {

	public static final String TEACHER_CONFLICT = "Teacher double booking";

	public static final String CLASS_CONFLICT = "Class double booking";

	public static final String TEACHER_UNAVAILABLE = "Teacher unavailable";

	public static final String SUBJECT_TWICE_A_DAY = "Subject twice a day";

	public static final String TEACHER_IDLE_TIME = "Teacher idle time";

	public static final String SHARED_DEVICE_OVERLAP = "Siblings sharing a device in live lessons at once";

	@Override
	public Constraint[] defineConstraints(ConstraintFactory factory) {
		return new Constraint[] { teacherConflict(factory), classConflict(factory), teacherUnavailable(factory),
				subjectTwiceADay(factory), teacherIdleTime(factory), sharedDeviceOverlap(factory) };
	}

	public Constraint teacherConflict(ConstraintFactory factory) {
		return factory
			.forEachUniquePair(SolverLesson.class, Joiners.equal(SolverLesson::teacherId),
					Joiners.equal(SolverLesson::weekday), Joiners.overlapping(SolverLesson::start, SolverLesson::end))
			.penalize(HardSoftScore.ONE_HARD)
			.asConstraint(TEACHER_CONFLICT);
	}

	public Constraint classConflict(ConstraintFactory factory) {
		return factory
			.forEachUniquePair(SolverLesson.class, Joiners.equal(SolverLesson::groupId),
					Joiners.equal(SolverLesson::weekday), Joiners.overlapping(SolverLesson::start, SolverLesson::end))
			.penalize(HardSoftScore.ONE_HARD)
			.asConstraint(CLASS_CONFLICT);
	}

	public Constraint teacherUnavailable(ConstraintFactory factory) {
		return factory.forEach(SolverLesson.class)
			.join(Unavailability.class, Joiners.equal(SolverLesson::teacherId, Unavailability::teacherId),
					Joiners.equal(SolverLesson::weekday, Unavailability::weekday),
					Joiners.overlapping(SolverLesson::start, SolverLesson::end, Unavailability::fromMinute,
							Unavailability::toMinute))
			.penalize(HardSoftScore.ONE_HARD)
			.asConstraint(TEACHER_UNAVAILABLE);
	}

	public Constraint subjectTwiceADay(ConstraintFactory factory) {
		return factory
			.forEachUniquePair(SolverLesson.class, Joiners.equal(SolverLesson::groupId),
					Joiners.equal(SolverLesson::subject), Joiners.equal(SolverLesson::weekday))
			.penalize(HardSoftScore.ofSoft(3))
			.asConstraint(SUBJECT_TWICE_A_DAY);
	}

	/**
	 * Idle minutes between a teacher's first and last lesson of a day, beyond the breaks:
	 * one soft point per 10 minutes.
	 */
	public Constraint teacherIdleTime(ConstraintFactory factory) {
		return factory.forEach(SolverLesson.class)
			.groupBy((lesson) -> new TeacherDay(lesson.teacherId(), lesson.weekday()),
					ConstraintCollectors.min(SolverLesson::start), ConstraintCollectors.max(SolverLesson::endWithBreak),
					ConstraintCollectors.sum(SolverLesson::step))
			.filter((day, first, last, busy) -> last - first > busy)
			.penalize(HardSoftScore.ONE_SOFT, (day, first, last, busy) -> (last - first - busy + 9) / 10)
			.asConstraint(TEACHER_IDLE_TIME);
	}

	/**
	 * Two live lessons at the same time in two classes that hold siblings sharing one
	 * device: one of them cannot follow. Weighted by the overlapping minutes.
	 */
	public Constraint sharedDeviceOverlap(ConstraintFactory factory) {
		return factory.forEach(SolverLesson.class)
			.filter(SolverLesson::live)
			.join(SharedDevicePair.class, Joiners.equal(SolverLesson::groupId, SharedDevicePair::first))
			.join(SolverLesson.class, Joiners.equal((lesson, pair) -> pair.second(), SolverLesson::groupId),
					Joiners.equal((lesson, pair) -> lesson.weekday(), SolverLesson::weekday),
					Joiners.overlapping((lesson, pair) -> lesson.start(), (lesson, pair) -> lesson.end(),
							SolverLesson::start, SolverLesson::end))
			.filter((first, pair, second) -> second.live())
			.penalize(HardSoftScore.ofSoft(5), (first, pair, second) -> overlap(first, second))
			.asConstraint(SHARED_DEVICE_OVERLAP);
	}

	static int overlap(SolverLesson first, SolverLesson second) {
		return Math.max(0, Math.min(first.end(), second.end()) - Math.max(first.start(), second.start()));
	}

	record TeacherDay(long teacherId, int weekday) {

	}

}
