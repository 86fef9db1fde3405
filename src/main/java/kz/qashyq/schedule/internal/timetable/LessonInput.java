package kz.qashyq.schedule.internal.timetable;

/**
 * A lesson as typed in the form, every field a string (parsed and checked by
 * {@link TimetableService}).
 */
public record LessonInput(String group, String subject, String teacher, String weekday, String start, String minutes,
		String mode, String meetingUrl, String tvBroadcast) {

	public static LessonInput empty() {
		return new LessonInput(null, null, null, null, null, null, null, null, null);
	}

}
