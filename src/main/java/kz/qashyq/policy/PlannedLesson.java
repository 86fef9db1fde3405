package kz.qashyq.policy;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A lesson to check against the policy: for a timetable, its weekday is {@code date}'s
 * weekday and the version in force on {@code date} applies.
 *
 * @param organizationId the organization of the class or group
 * @param band the class's or group's band
 * @param date the date the lesson falls on (a timetable's week: the date of its weekday)
 * @param start the local start time in the organization's time zone
 * @param minutes the length in minutes
 * @param live whether it is a live online session
 */
public record PlannedLesson(long organizationId, GradeBand band, LocalDate date, LocalTime start, int minutes,
		boolean live) {

}
