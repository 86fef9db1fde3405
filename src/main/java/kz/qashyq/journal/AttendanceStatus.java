package kz.qashyq.journal;

/**
 * A learner's attendance at a lesson (O-1.28f) or a pupil's at the preschool on a day
 * (O-1.6b: present or absent only).
 */
public enum AttendanceStatus {

	PRESENT, ABSENT, LATE,
	/** Absent for a recorded reason (illness, a family event, the parent's choice). */
	EXCUSED;

	/** Whether the learner took part (present or late). */
	public boolean attended() {
		return this == PRESENT || this == LATE;
	}

}
