package kz.qashyq.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * The timetable part of the schedule module for other modules (the demo loader): derive
 * an organization's study load and give it a generated, approved timetable. These calls
 * perform no access check: they are for trusted system callers, never for a request.
 */
public interface Timetables {

	/**
	 * Adds a study-load row for every teaching assignment of the organization's classes
	 * that has none yet, with default hours by grade band; existing rows are kept.
	 * @return the number of rows added
	 */
	int deriveStudyLoad(long organizationId, String actor);

	/**
	 * Generates a timetable from the organization's study load and the policy (a short
	 * solver run in the caller's thread, recorded as a run) and approves it; the
	 * organization's earlier approved timetable is archived.
	 * @param organizationId the organization
	 * @param validFrom the first day of the timetable
	 * @param actor who acts, for the records and the audit log
	 * @return the id of the approved timetable
	 * @throws TimetableRejected when the load cannot be scheduled (more hours than slots,
	 * no policy in force) or the result breaks a rule; nothing is approved then
	 */
	long generateAndApprove(long organizationId, LocalDate validFrom, String actor);

	/**
	 * The lessons of a class or group from {@code from} to {@code to} (both included): on
	 * each date those of the organization's approved timetable in force on it (the
	 * approved one with the latest {@code valid_from} on or before the date), none on the
	 * organization's holidays (O-1.7). Ordered by date and start.
	 * @return the lessons, empty for an unknown class or a span with no approved
	 * timetable
	 */
	List<ScheduledLesson> lessonsOf(long groupId, LocalDate from, LocalDate to);

	/**
	 * A teacher's lessons in every organization they teach in, from {@code from} to
	 * {@code to} (both included), by the same rule as {@link #lessonsOf}: the approved
	 * timetable in force on each date, none on holidays. Ordered by date and start.
	 */
	List<ScheduledLesson> lessonsOfTeacher(long teacherId, LocalDate from, LocalDate to);

}
