package kz.qashyq.schedule;

import java.time.LocalDate;
import java.util.List;

/**
 * My day and my week (A1-27a, A1-28b, O-3.1a): the lessons of the approved timetable in
 * force, the TV broadcasts and the events of a person, a parent's children or a class, in
 * the organization's time zone. Every method checks the signed-in user's role and scope.
 */
public interface MyDay {

	/**
	 * The signed-in user's day or week (a student's, a teacher's with their lessons, a
	 * curator's with their class, a parent's with every child).
	 * @param date the date, or null for today
	 * @param week the week (Monday to Sunday) of the date instead of the day
	 * @throws org.springframework.security.access.AccessDeniedException for a user who is
	 * not a student, parent, teacher or curator
	 */
	MyDayView mine(LocalDate date, boolean week);

	/**
	 * A child's day or week, for their parent (or the learner themselves).
	 * @throws org.springframework.security.access.AccessDeniedException unless the user
	 * holds VIEW_OWN over the learner
	 * @throws kz.qashyq.platform.web.NotFoundException for an unknown learner
	 */
	MyDayView learner(long learnerId, LocalDate date, boolean week);

	/**
	 * A class's day or week, for staff with VIEW_TIMETABLE over the class.
	 * @throws org.springframework.security.access.AccessDeniedException otherwise
	 * @throws kz.qashyq.platform.web.NotFoundException for an unknown class
	 */
	MyDayView group(long groupId, LocalDate date, boolean week);

	/**
	 * A person's own agenda and their children's, without access checks: for the calendar
	 * feed, whose secret link is the authorization.
	 */
	List<MyDayAgenda> agendasOf(long personId, LocalDate from, LocalDate to);

}
