package kz.qashyq.schedule.internal.timetable;

/**
 * A study-load row as typed in the form.
 */
public record StudyLoadInput(String group, String subject, String teacher, String hours, String live) {

	public static StudyLoadInput empty() {
		return new StudyLoadInput(null, null, null, null, "true");
	}

}
