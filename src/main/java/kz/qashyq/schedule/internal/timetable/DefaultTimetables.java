package kz.qashyq.schedule.internal.timetable;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import kz.qashyq.schedule.ScheduledLesson;
import kz.qashyq.schedule.Timetables;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The schedule module's {@link Timetables} facade for system callers.
 */
@Service
class DefaultTimetables implements Timetables {

	private final StudyLoadService load;

	private final TimetableGenerationService generation;

	private final TimetableService timetables;

	private final TransactionTemplate transaction;

	private final Duration limit;

	private final Duration unimproved;

	private final ScheduledLessonQuery scheduled;

	DefaultTimetables(StudyLoadService load, TimetableGenerationService generation, TimetableService timetables,
			ScheduledLessonQuery scheduled, PlatformTransactionManager transactionManager,
			@Value("${qashyq.timetable.system.millis:700}") int millis,
			@Value("${qashyq.timetable.system.unimproved-millis:300}") int unimprovedMillis) {
		this.load = load;
		this.generation = generation;
		this.timetables = timetables;
		this.scheduled = scheduled;
		this.transaction = new TransactionTemplate(transactionManager);
		this.limit = Duration.ofMillis(millis);
		this.unimproved = Duration.ofMillis(unimprovedMillis);
	}

	@Override
	public int deriveStudyLoad(long organizationId, String actor) {
		return this.transaction.execute((status) -> this.load.deriveUnchecked(organizationId));
	}

	@Override
	public long generateAndApprove(long organizationId, LocalDate validFrom, String actor) {
		long draft = this.generation.generateNow(organizationId, validFrom, actor, this.limit, this.unimproved);
		this.transaction.executeWithoutResult((status) -> this.timetables.approveAsSystem(draft, actor));
		return draft;
	}

	@Override
	public List<ScheduledLesson> lessonsOf(long groupId, LocalDate from, LocalDate to) {
		return this.scheduled.lessonsOf(groupId, from, to);
	}

	@Override
	public List<ScheduledLesson> lessonsOfTeacher(long teacherId, LocalDate from, LocalDate to) {
		return this.scheduled.lessonsOfTeacher(teacherId, from, to);
	}

}
