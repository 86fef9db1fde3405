package kz.qashyq.schedule.internal.timetable;

import java.time.LocalTime;

/**
 * A lesson as checked and stored: class or group, subject, teacher (may be null for
 * self-study or TV), weekday (1 = Monday), local start, length, mode, optional meeting
 * link and TV broadcast.
 */
record LessonForm(long groupId, String subject, Long teacherId, int weekday, LocalTime startTime, int minutes,
		String mode, String meetingUrl, Long tvBroadcastId) {

	boolean live() {
		return "LIVE".equals(this.mode);
	}

	LocalTime end() {
		return this.startTime.plusMinutes(this.minutes);
	}

}
