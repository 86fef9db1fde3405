package kz.qashyq.schedule.timetable;

import java.time.LocalTime;
import java.util.List;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import kz.qashyq.schedule.internal.timetable.solver.SharedDevicePair;
import kz.qashyq.schedule.internal.timetable.solver.SolverLesson;
import kz.qashyq.schedule.internal.timetable.solver.TimetableConstraints;
import kz.qashyq.schedule.internal.timetable.solver.TimetablePlan;
import kz.qashyq.schedule.internal.timetable.solver.Timeslot;
import kz.qashyq.schedule.internal.timetable.solver.Unavailability;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each constraint of the timetable solver, on a few lessons.
 */
class TimetableConstraintsTests {

	static final Timeslot MONDAY_0830 = new Timeslot(1, LocalTime.of(8, 30), 40);

	static final Timeslot MONDAY_0910 = new Timeslot(1, LocalTime.of(9, 10), 40);

	static final Timeslot MONDAY_1030 = new Timeslot(1, LocalTime.of(10, 30), 40);

	static final Timeslot TUESDAY_0830 = new Timeslot(2, LocalTime.of(8, 30), 40);

	static final long CLASS_5A = 1;

	static final long CLASS_9B = 2;

	static final long TEACHER = 100;

	static final long OTHER_TEACHER = 101;

	final ConstraintVerifier<TimetableConstraints, TimetablePlan> verifier = ConstraintVerifier
		.build(new TimetableConstraints(), TimetablePlan.class, SolverLesson.class);

	int ids;

	SolverLesson lesson(long group, String subject, long teacher, boolean live, Timeslot slot) {
		return new SolverLesson(++this.ids, group, subject, teacher, live, 30, List.of(slot), slot);
	}

	@Test
	@DisplayName("O-1.10d a teacher in two lessons at once is a hard conflict")
	void shouldPenalizeTeacherDoubleBooking() {
		this.verifier.verifyThat(TimetableConstraints::teacherConflict)
			.given(lesson(CLASS_5A, "Math", TEACHER, true, MONDAY_0830),
					lesson(CLASS_9B, "Math", TEACHER, true, MONDAY_0830),
					lesson(CLASS_9B, "Math", TEACHER, true, MONDAY_0910))
			.penalizesBy(1);
	}

	@Test
	@DisplayName("O-1.10d a class in two lessons at once is a hard conflict")
	void shouldPenalizeClassDoubleBooking() {
		this.verifier.verifyThat(TimetableConstraints::classConflict)
			.given(lesson(CLASS_5A, "Math", TEACHER, true, MONDAY_0830),
					lesson(CLASS_5A, "Art", OTHER_TEACHER, true, MONDAY_0830),
					lesson(CLASS_5A, "Music", OTHER_TEACHER, true, TUESDAY_0830))
			.penalizesBy(1);
	}

	@Test
	@DisplayName("O-1.10d a lesson in a teacher's unavailable time is a hard conflict")
	void shouldPenalizeUnavailableTeacher() {
		this.verifier.verifyThat(TimetableConstraints::teacherUnavailable)
			.given(lesson(CLASS_5A, "Math", TEACHER, true, MONDAY_0830),
					lesson(CLASS_5A, "Math", TEACHER, true, TUESDAY_0830),
					new Unavailability(TEACHER, 1, 8 * 60, 9 * 60))
			.penalizesBy(1);
	}

	@Test
	@DisplayName("O-1.10d the same subject twice a day in a class is penalized")
	void shouldPenalizeSubjectTwiceADay() {
		this.verifier.verifyThat(TimetableConstraints::subjectTwiceADay)
			.given(lesson(CLASS_5A, "Math", TEACHER, true, MONDAY_0830),
					lesson(CLASS_5A, "Math", TEACHER, true, MONDAY_1030),
					lesson(CLASS_5A, "Math", TEACHER, true, TUESDAY_0830))
			.penalizesBy(1);
	}

	@Test
	@DisplayName("O-1.10d a teacher's idle time between lessons is penalized per 10 minutes, breaks are not")
	void shouldPenalizeTeacherGaps() {
		this.verifier.verifyThat(TimetableConstraints::teacherIdleTime)
			.given(lesson(CLASS_5A, "Math", TEACHER, true, MONDAY_0830),
					lesson(CLASS_9B, "Math", TEACHER, true, MONDAY_0910))
			.penalizesBy(0);
		this.verifier.verifyThat(TimetableConstraints::teacherIdleTime)
			.given(lesson(CLASS_5A, "Math", TEACHER, true, MONDAY_0830),
					lesson(CLASS_9B, "Math", TEACHER, true, MONDAY_1030))
			.penalizesBy(8);
	}

	@Test
	@DisplayName("O-1.16 siblings sharing a device: overlapping live lessons of their classes are penalized by minutes")
	void shouldPenalizeOverlappingLiveLessonsOfSiblingsSharingADevice() {
		this.verifier.verifyThat(TimetableConstraints::sharedDeviceOverlap)
			.given(lesson(CLASS_5A, "Math", TEACHER, true, MONDAY_0830),
					lesson(CLASS_9B, "Art", OTHER_TEACHER, true, MONDAY_0830), new SharedDevicePair(CLASS_5A, CLASS_9B))
			.penalizesBy(30);
		this.verifier.verifyThat(TimetableConstraints::sharedDeviceOverlap)
			.given(lesson(CLASS_5A, "Math", TEACHER, true, MONDAY_0830),
					lesson(CLASS_9B, "Art", OTHER_TEACHER, false, MONDAY_0830),
					lesson(CLASS_9B, "Music", OTHER_TEACHER, true, MONDAY_0910),
					new SharedDevicePair(CLASS_5A, CLASS_9B))
			.penalizesBy(0);
		this.verifier.verifyThat(TimetableConstraints::sharedDeviceOverlap)
			.given(lesson(CLASS_5A, "Math", TEACHER, true, MONDAY_0830),
					lesson(CLASS_9B, "Art", OTHER_TEACHER, true, MONDAY_0830))
			.penalizesBy(0);
	}

}
