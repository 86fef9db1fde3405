package kz.qashyq.schedule.internal.timetable.solver;

import java.time.LocalTime;

/**
 * A place in the week a lesson can take: a weekday (1 = Monday) and a start time of the
 * policy's grid for one grade band. {@code step} is the lesson length of the grid plus
 * the break after it.
 */
public record Timeslot(int weekday, LocalTime start, int step) {

	/** Minutes from midnight. */
	public int startMinute() {
		return this.start.getHour() * 60 + this.start.getMinute();
	}

	@Override
	public String toString() {
		return this.weekday + "@" + this.start;
	}

}
