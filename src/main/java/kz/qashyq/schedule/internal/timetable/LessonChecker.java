package kz.qashyq.schedule.internal.timetable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.qashyq.policy.GradeBand;
import kz.qashyq.policy.Policies;
import kz.qashyq.policy.PlannedLesson;
import kz.qashyq.policy.RuleViolation;
import kz.qashyq.schedule.TimetableProblem;
import kz.qashyq.schedule.internal.timetable.TimetableRepository.GroupRow;
import kz.qashyq.schedule.internal.timetable.TimetableRepository.LessonRow;

import org.springframework.stereotype.Component;

/**
 * Checks a lesson against the policy in force (through {@link Policies#check}) and
 * against double booking of its teacher and its class within the timetable.
 */
@Component
class LessonChecker {

	/** The requirement that forbids double booking (O-1.10d). */
	static final String DOUBLE_BOOKING_RULE = "O-1.10d";

	private final Policies policies;

	LessonChecker(Policies policies) {
		this.policies = policies;
	}

	/**
	 * The date of the weekday in the week of the timetable's first day.
	 */
	static LocalDate dateOf(LocalDate validFrom, int weekday) {
		return validFrom.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(weekday - 1L);
	}

	static GradeBand band(GroupRow group) {
		return GradeBand.of(group.kind(), group.grade());
	}

	List<TimetableProblem> check(LocalDate validFrom, GroupRow group, LessonForm lesson, String teacherName,
			List<LessonRow> others) {
		return check(validFrom, group, lesson, teacherName, others, new HashMap<>());
	}

	/**
	 * As {@link #check(LocalDate, GroupRow, LessonForm, String, List)}, remembering the
	 * policy's answers in {@code policyAnswers} (a whole timetable has few distinct
	 * lessons for the policy).
	 */
	List<TimetableProblem> check(LocalDate validFrom, GroupRow group, LessonForm lesson, String teacherName,
			List<LessonRow> others, Map<PlannedLesson, List<TimetableProblem>> policyAnswers) {
		List<TimetableProblem> problems = new ArrayList<>(
				policyAnswers.computeIfAbsent(planned(validFrom, group, lesson), this::policy));
		for (LessonRow other : others) {
			if (other.weekday() != lesson.weekday() || !other.start().isBefore(lesson.end())
					|| !lesson.startTime().isBefore(other.end())) {
				continue;
			}
			if (lesson.teacherId() != null && lesson.teacherId().equals(other.teacherId())) {
				problems.add(new TimetableProblem(DOUBLE_BOOKING_RULE, "timetable.error.teacherBusy",
						List.of(teacherName, other.groupName(), other.subject(), other.start().toString())));
			}
			if (other.groupId() == lesson.groupId()) {
				problems.add(new TimetableProblem(DOUBLE_BOOKING_RULE, "timetable.error.classBusy",
						List.of(group.name(), other.subject(), other.start().toString())));
			}
		}
		return problems;
	}

	static PlannedLesson planned(LocalDate validFrom, GroupRow group, LessonForm lesson) {
		return new PlannedLesson(group.organizationId(), band(group), dateOf(validFrom, lesson.weekday()),
				lesson.startTime(), lesson.minutes(), lesson.live());
	}

	List<TimetableProblem> policy(PlannedLesson planned) {
		List<TimetableProblem> problems = new ArrayList<>();
		for (RuleViolation violation : this.policies.check(planned)) {
			problems.add(new TimetableProblem(violation.ruleId(), violation.messageCode(), violation.arguments()));
		}
		return problems;
	}

}
