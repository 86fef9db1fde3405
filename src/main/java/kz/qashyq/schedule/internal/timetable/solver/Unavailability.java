package kz.qashyq.schedule.internal.timetable.solver;

/**
 * A time a teacher cannot teach: weekday (1 = Monday) and minutes from midnight.
 */
public record Unavailability(long teacherId, int weekday, int fromMinute, int toMinute) {

}
