package kz.qashyq.schedule.internal.timetable.solver;

/**
 * Two classes or groups (first id lower than second) that hold siblings sharing one
 * device at home: their live lessons should not overlap.
 */
public record SharedDevicePair(long first, long second) {

}
