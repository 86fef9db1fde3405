package kz.qashyq.schedule.internal.timetable;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kz.qashyq.directory.OrganizationInfo;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.web.NotFoundException;
import kz.qashyq.policy.GradeBand;
import kz.qashyq.schedule.TimetableProblem;
import kz.qashyq.schedule.TimetableRejected;
import kz.qashyq.schedule.internal.timetable.TimetableAccess.Checked;
import kz.qashyq.schedule.internal.timetable.TimetableRepository.Assignment;
import kz.qashyq.schedule.internal.timetable.TimetableRepository.GroupRow;
import kz.qashyq.schedule.internal.timetable.TimetableRepository.LoadRow;
import kz.qashyq.schedule.internal.timetable.TimetableRepository.Teacher;
import kz.qashyq.schedule.internal.timetable.TimetableRepository.UnavailabilityRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The study load of an organization (O-1.10d, A1-6): hours per week per class or group
 * and subject, with its teacher and whether it is taught live; and the times teachers
 * cannot teach. Edited by whoever manages the organization's timetable.
 */
@Service
@Transactional
public class StudyLoadService {

	/** Subjects that get one hour a week by default (the others two). */
	private static final Set<String> ONE_HOUR_SUBJECTS = Set.of("Музыка", "Физическая культура", "Художественный труд",
			"Дене шынықтыру", "Music", "Physical education");

	private final TimetableRepository repository;

	private final TimetableAccess access;

	private final AuditTrail audit;

	StudyLoadService(TimetableRepository repository, TimetableAccess access, AuditTrail audit) {
		this.repository = repository;
		this.access = access;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public LoadPage page(Long organizationId) {
		long id = (organizationId != null) ? organizationId
				: this.access.defaultOrganization(Permission.MANAGE_TIMETABLE);
		Checked checked = this.access.organization(Permission.MANAGE_TIMETABLE, id);
		List<LoadRow> load = this.repository.load(id);
		return new LoadPage(checked.organization(), load, load.stream().mapToInt(LoadRow::hoursPerWeek).sum(),
				this.repository.groups(id), this.repository.teachers(id), this.repository.subjects(id),
				this.repository.unavailability(id));
	}

	/**
	 * The default weekly hours of a subject in a band: one for preschool groups, circles,
	 * music, art and physical education, two otherwise.
	 */
	static int defaultHours(GradeBand band, String subject) {
		if (band == GradeBand.PRESCHOOL || band == GradeBand.ADDITIONAL || ONE_HOUR_SUBJECTS.contains(subject)) {
			return 1;
		}
		return 2;
	}

	/**
	 * Adds a load row for every teaching assignment without one (the checked variant).
	 */
	public int derive(long organizationId) {
		Checked checked = this.access.organization(Permission.MANAGE_TIMETABLE, organizationId);
		int added = deriveUnchecked(organizationId);
		this.audit.record(AuditEvent.of("STUDY_LOAD_DERIVED", "ORGANIZATION", organizationId, checked.path(),
				added + " rows added"));
		return added;
	}

	int deriveUnchecked(long organizationId) {
		List<Assignment> assignments = this.repository.assignmentsWithoutLoad(organizationId);
		for (Assignment assignment : assignments) {
			GradeBand band = GradeBand.of(assignment.kind(), assignment.grade());
			this.repository.saveLoad(assignment.groupId(), assignment.subject(), assignment.teacherId(),
					defaultHours(band, assignment.subject()), true);
		}
		return assignments.size();
	}

	/**
	 * Sets the load of a class's subject (adds or replaces the row).
	 * @throws TimetableRejected for an unknown class, subject or teacher, or hours out of
	 * 1..40
	 */
	public void save(long organizationId, StudyLoadInput input) {
		Checked checked = this.access.organization(Permission.MANAGE_TIMETABLE, organizationId);
		List<TimetableProblem> problems = new ArrayList<>();
		Long groupId = TimetableService.parseLong(input.group());
		boolean groupKnown = groupId != null
				&& this.repository.groups(organizationId).stream().anyMatch((group) -> group.id() == groupId);
		if (!groupKnown) {
			problems.add(TimetableProblem.of("timetable.error.group"));
		}
		String subject = TimetableService.trim(input.subject());
		if (subject == null || !this.repository.subjects(organizationId).contains(subject)) {
			problems.add(TimetableProblem.of("timetable.error.subject", (subject != null) ? subject : ""));
		}
		Long teacherId = TimetableService.parseLong(input.teacher());
		if (teacherId == null || this.repository.teachers(organizationId)
			.stream()
			.noneMatch((teacher) -> teacher.id() == teacherId)) {
			problems.add(TimetableProblem.of("timetable.error.teacher"));
		}
		Integer hours = TimetableService.parseInt(input.hours());
		if (hours == null || hours < 1 || hours > 40) {
			problems.add(TimetableProblem.of("timetable.error.hours"));
		}
		if (!problems.isEmpty()) {
			throw new TimetableRejected(problems);
		}
		boolean live = "true".equals(input.live()) || "on".equals(input.live());
		long id = this.repository.saveLoad(groupId, subject, teacherId, hours, live);
		this.audit.record(AuditEvent.of("STUDY_LOAD_SAVED", "STUDY_LOAD", id, checked.path(),
				groupId + " " + subject + " " + teacherId + " " + hours + "h live=" + live));
	}

	public void delete(long organizationId, Long loadId) {
		Checked checked = this.access.organization(Permission.MANAGE_TIMETABLE, organizationId);
		if (loadId == null
				|| this.repository.loadOrganization(loadId).filter((org) -> org == organizationId).isEmpty()) {
			throw new NotFoundException("study load " + loadId);
		}
		this.repository.deleteLoad(loadId);
		this.audit.record(AuditEvent.of("STUDY_LOAD_DELETED", "STUDY_LOAD", loadId, checked.path(), null));
	}

	// ---- teachers' unavailable times

	/**
	 * Records a time a teacher cannot teach.
	 * @throws TimetableRejected for an unknown teacher, a wrong weekday or times
	 */
	public void addUnavailability(long organizationId, String teacher, String weekday, String from, String to) {
		Checked checked = this.access.organization(Permission.MANAGE_TIMETABLE, organizationId);
		List<TimetableProblem> problems = new ArrayList<>();
		Long teacherId = TimetableService.parseLong(teacher);
		if (teacherId == null
				|| this.repository.teachers(organizationId).stream().noneMatch((row) -> row.id() == teacherId)) {
			problems.add(TimetableProblem.of("timetable.error.teacher"));
		}
		Integer day = TimetableService.parseInt(weekday);
		if (day == null || day < 1 || day > 7) {
			problems.add(TimetableProblem.of("timetable.error.weekday"));
		}
		LocalTime fromTime = time(from);
		LocalTime toTime = time(to);
		if (fromTime == null || toTime == null || !toTime.isAfter(fromTime)) {
			problems.add(TimetableProblem.of("timetable.error.period"));
		}
		if (!problems.isEmpty()) {
			throw new TimetableRejected(problems);
		}
		long id = this.repository.addUnavailability(organizationId, teacherId, day, fromTime, toTime,
				checked.user().getUsername());
		this.audit.record(AuditEvent.of("TEACHER_UNAVAILABILITY_ADDED", "PERSON", teacherId, checked.path(),
				"#" + id + " weekday " + day + " " + fromTime + "-" + toTime));
	}

	public void deleteUnavailability(long organizationId, Long id) {
		Checked checked = this.access.organization(Permission.MANAGE_TIMETABLE, organizationId);
		if (id == null || this.repository.deleteUnavailability(organizationId, id) == 0) {
			throw new NotFoundException("unavailability " + id);
		}
		this.audit.record(AuditEvent.of("TEACHER_UNAVAILABILITY_DELETED", "ORGANIZATION", organizationId,
				checked.path(), "#" + id));
	}

	private static LocalTime time(String value) {
		try {
			return (value != null) ? LocalTime.parse(value.trim()) : null;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	public record LoadPage(OrganizationInfo organization, List<LoadRow> load, int totalHours, List<GroupRow> groups,
			List<Teacher> teachers, List<String> subjects, List<UnavailabilityRow> unavailability) {

	}

}
