package kz.qashyq.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A lesson of a class or group on a date, from the approved timetable in force on that
 * date (holidays have none).
 *
 * @param lessonId the timetable lesson (the weekly slot); the same id recurs every week
 * the timetable is in force
 * @param groupId the class or group
 * @param date the local date
 * @param localStart the local start time in {@code zone}
 * @param minutes its length
 * @param subject the subject
 * @param teacherId the teacher, or null when none is set
 * @param mode {@code LIVE}, {@code SELF_STUDY}, {@code TV}, {@code OFFLINE} or
 * {@code IN_PERSON}
 * @param zone the organization's time zone
 */
public record ScheduledLesson(long lessonId, long groupId, LocalDate date, LocalTime localStart, int minutes,
		String subject, Long teacherId, String mode, ZoneId zone) {

}
