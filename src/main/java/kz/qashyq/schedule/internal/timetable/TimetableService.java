package kz.qashyq.schedule.internal.timetable;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import kz.qashyq.directory.OrganizationInfo;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.web.NotFoundException;
import kz.qashyq.schedule.TimetableProblem;
import kz.qashyq.schedule.TimetableRejected;
import kz.qashyq.schedule.internal.timetable.TimetableAccess.Checked;
import kz.qashyq.schedule.internal.timetable.TimetableRepository.GroupRow;
import kz.qashyq.schedule.internal.timetable.TimetableRepository.JobRow;
import kz.qashyq.schedule.internal.timetable.TimetableRepository.LessonRow;
import kz.qashyq.schedule.internal.timetable.TimetableRepository.Teacher;
import kz.qashyq.schedule.internal.timetable.TimetableRepository.TimetableRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Timetables of an organization (O-1.10, A1-23c, A1-24b): drafts edited lesson by lesson,
 * every lesson checked against the policy and against double booking; approval turns a
 * draft without a problem into the approved version and archives the previous one; the
 * approved one is published per class and, optionally, under a public link.
 */
@Service
@Transactional
public class TimetableService {

	/** The delivery modes of a lesson (O-1.14a). */
	public static final List<String> MODES = List.of("LIVE", "SELF_STUDY", "TV", "OFFLINE", "IN_PERSON");

	static final String SOURCE_MANUAL = "MANUAL";

	static final String SOURCE_GENERATED = "GENERATED";

	private static final SecureRandom random = new SecureRandom();

	private final TimetableRepository repository;

	private final TimetableAccess access;

	private final LessonChecker checker;

	private final AuditTrail audit;

	private final Clock clock;

	TimetableService(TimetableRepository repository, TimetableAccess access, LessonChecker checker, AuditTrail audit,
			Clock clock) {
		this.repository = repository;
		this.access = access;
		this.checker = checker;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- the list of an organization's timetables

	@Transactional(readOnly = true)
	public ListPage list(Long organizationId) {
		long id = (organizationId != null) ? organizationId
				: this.access.defaultOrganization(Permission.MANAGE_TIMETABLE);
		Checked checked = this.access.organization(Permission.MANAGE_TIMETABLE, id);
		return new ListPage(checked.organization(), this.repository.timetables(id), this.repository.recentJobs(id),
				nextMonday(checked.organization()), checked.user().can(Permission.APPROVE_TIMETABLE, checked.path()));
	}

	LocalDate nextMonday(OrganizationInfo organization) {
		LocalDate today = LocalDate.now(this.clock.withZone(organization.timeZone()));
		return today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
	}

	/**
	 * Creates an empty manual draft.
	 * @throws TimetableRejected without a valid date
	 */
	public long createDraft(long organizationId, String validFrom) {
		Checked checked = this.access.organization(Permission.MANAGE_TIMETABLE, organizationId);
		LocalDate date = parseDate(validFrom);
		long id = this.repository.createTimetable(organizationId, date, SOURCE_MANUAL, null,
				checked.user().getUsername());
		this.audit.record(AuditEvent.of("TIMETABLE_CREATED", "TIMETABLE", id, checked.path(), "valid from " + date));
		return id;
	}

	static LocalDate parseDate(String value) {
		try {
			return LocalDate.parse((value != null) ? value.trim() : "");
		}
		catch (DateTimeParseException ex) {
			throw new TimetableRejected(TimetableProblem.of("timetable.error.validFrom"));
		}
	}

	// ---- one timetable

	/**
	 * A timetable with the lessons of one class (the first class when none is named).
	 */
	@Transactional(readOnly = true)
	public TimetablePage page(long timetableId, Long groupId) {
		TimetableRow timetable = timetable(timetableId);
		Checked checked = this.access.organization(Permission.MANAGE_TIMETABLE, timetable.organizationId());
		List<GroupRow> groups = this.repository.groups(timetable.organizationId());
		List<LessonRow> lessons = this.repository.lessons(timetableId);
		Set<Long> withLessons = lessons.stream().map(LessonRow::groupId).collect(Collectors.toSet());
		GroupRow selected = groups.stream()
			.filter((group) -> (groupId != null) ? group.id() == groupId : withLessons.contains(group.id()))
			.findFirst()
			.orElse(groups.isEmpty() ? null : groups.get(0));
		List<LessonRow> shown = (selected != null)
				? lessons.stream().filter((lesson) -> lesson.groupId() == selected.id()).toList() : List.of();
		return new TimetablePage(checked.organization(), timetable, groups, selected, byWeekday(shown),
				this.repository.teachers(timetable.organizationId()),
				this.repository.subjects(timetable.organizationId()),
				checked.user().can(Permission.APPROVE_TIMETABLE, checked.path()));
	}

	static Map<Integer, List<LessonRow>> byWeekday(List<LessonRow> lessons) {
		return lessons.stream().collect(Collectors.groupingBy(LessonRow::weekday, TreeMap::new, Collectors.toList()));
	}

	private TimetableRow timetable(long timetableId) {
		return this.repository.timetable(timetableId)
			.orElseThrow(() -> new NotFoundException("timetable " + timetableId));
	}

	private TimetableRow draftForUpdate(long timetableId, Permission permission) {
		TimetableRow timetable = timetable(timetableId);
		this.access.organization(permission, timetable.organizationId());
		TimetableRow locked = this.repository.timetableForUpdate(timetableId).orElseThrow();
		if (!locked.draft()) {
			throw new TimetableRejected(TimetableProblem.of("timetable.error.notDraft"));
		}
		return locked;
	}

	/**
	 * Adds a lesson to a draft.
	 * @throws TimetableRejected with every reason when the lesson is wrong, breaks a rule
	 * of the policy or double-books its teacher or class; nothing is saved then
	 */
	public long addLesson(long timetableId, LessonInput input) {
		TimetableRow timetable = draftForUpdate(timetableId, Permission.MANAGE_TIMETABLE);
		LessonForm form = checked(timetable, input, null);
		long id = this.repository.insertLesson(timetableId, form);
		this.audit.record(AuditEvent.of("TIMETABLE_LESSON_ADDED", "TIMETABLE", timetableId,
				this.access.path(timetable.organizationId()), describe(form)));
		return id;
	}

	/**
	 * Changes a lesson of a draft, with the same checks as adding one.
	 */
	public void updateLesson(long timetableId, long lessonId, LessonInput input) {
		TimetableRow timetable = draftForUpdate(timetableId, Permission.MANAGE_TIMETABLE);
		lessonOf(timetableId, lessonId);
		LessonForm form = checked(timetable, input, lessonId);
		this.repository.updateLesson(lessonId, form);
		this.audit.record(AuditEvent.of("TIMETABLE_LESSON_CHANGED", "TIMETABLE", timetableId,
				this.access.path(timetable.organizationId()), "lesson " + lessonId + ": " + describe(form)));
	}

	public void deleteLesson(long timetableId, long lessonId) {
		TimetableRow timetable = draftForUpdate(timetableId, Permission.MANAGE_TIMETABLE);
		LessonRow lesson = lessonOf(timetableId, lessonId);
		this.repository.deleteLesson(lessonId);
		this.audit.record(AuditEvent.of("TIMETABLE_LESSON_DELETED", "TIMETABLE", timetableId,
				this.access.path(timetable.organizationId()),
				lesson.groupName() + " " + lesson.subject() + " " + lesson.weekday() + " " + lesson.start()));
	}

	private LessonRow lessonOf(long timetableId, long lessonId) {
		return this.repository.lesson(lessonId)
			.filter((lesson) -> lesson.timetableId() == timetableId)
			.orElseThrow(() -> new NotFoundException("lesson " + lessonId));
	}

	/**
	 * Deletes a draft with its lessons.
	 */
	public long deleteDraft(long timetableId) {
		TimetableRow timetable = draftForUpdate(timetableId, Permission.MANAGE_TIMETABLE);
		this.repository.deleteDraft(timetableId);
		this.audit.record(AuditEvent.of("TIMETABLE_DELETED", "TIMETABLE", timetableId,
				this.access.path(timetable.organizationId()), "valid from " + timetable.validFrom()));
		return timetable.organizationId();
	}

	/**
	 * Approves a draft (A1-23c): it becomes the organization's approved timetable and the
	 * previous approved one is archived.
	 * @throws TimetableRejected with every problem of its lessons; nothing changes then
	 */
	public void approve(long timetableId) {
		TimetableRow timetable = draftForUpdate(timetableId, Permission.APPROVE_TIMETABLE);
		approveChecked(timetable,
				this.access.organization(Permission.APPROVE_TIMETABLE, timetable.organizationId())
					.user()
					.getUsername());
	}

	/** Approves without an access check (the facade, for system callers). */
	void approveAsSystem(long timetableId, String actor) {
		TimetableRow timetable = this.repository.timetableForUpdate(timetableId).orElseThrow();
		approveChecked(timetable, actor);
	}

	private void approveChecked(TimetableRow timetable, String actor) {
		List<TimetableProblem> problems = problems(timetable);
		if (!problems.isEmpty()) {
			throw new TimetableRejected(problems);
		}
		List<Long> archived = this.repository.archiveApproved(timetable.organizationId());
		this.repository.approve(timetable.id(), actor);
		this.audit.record(AuditEvent.of("TIMETABLE_APPROVED", "TIMETABLE", timetable.id(),
				this.access.path(timetable.organizationId()),
				"validFrom=" + timetable.validFrom() + "; approvedBy=" + actor + "; archived=" + (archived.isEmpty()
						? "—"
						: archived.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")))));
	}

	/**
	 * Every problem of a timetable's lessons: policy rules and double booking.
	 */
	List<TimetableProblem> problems(TimetableRow timetable) {
		List<LessonRow> lessons = this.repository.lessons(timetable.id());
		Map<Long, GroupRow> groups = this.repository.groups(timetable.organizationId())
			.stream()
			.collect(Collectors.toMap(GroupRow::id, Function.identity()));
		Set<TimetableProblem> problems = new LinkedHashSet<>();
		Map<kz.qashyq.policy.PlannedLesson, List<TimetableProblem>> policyAnswers = new java.util.HashMap<>();
		for (int i = 0; i < lessons.size(); i++) {
			LessonRow lesson = lessons.get(i);
			GroupRow group = groups.get(lesson.groupId());
			if (group == null) {
				group = this.repository.group(lesson.groupId()).orElseThrow();
			}
			LessonForm form = new LessonForm(lesson.groupId(), lesson.subject(), lesson.teacherId(), lesson.weekday(),
					lesson.start(), lesson.minutes(), lesson.mode(), lesson.meetingUrl(), lesson.tvBroadcastId());
			problems.addAll(this.checker.check(timetable.validFrom(), group, form, lesson.teacherName(),
					lessons.subList(i + 1, lessons.size()), policyAnswers));
		}
		return new ArrayList<>(problems);
	}

	// ---- public link (A1-24b)

	public void publish(long timetableId) {
		TimetableRow timetable = timetable(timetableId);
		Checked checked = this.access.organization(Permission.MANAGE_TIMETABLE, timetable.organizationId());
		if (!"APPROVED".equals(timetable.status())) {
			throw new TimetableRejected(TimetableProblem.of("timetable.error.notApproved"));
		}
		if (timetable.publicToken() == null) {
			byte[] bytes = new byte[18];
			random.nextBytes(bytes);
			this.repository.setPublicToken(timetableId, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
			this.audit.record(AuditEvent.of("TIMETABLE_PUBLISHED", "TIMETABLE", timetableId, checked.path(), null));
		}
	}

	public void unpublish(long timetableId) {
		TimetableRow timetable = timetable(timetableId);
		Checked checked = this.access.organization(Permission.MANAGE_TIMETABLE, timetable.organizationId());
		if (timetable.publicToken() != null) {
			this.repository.setPublicToken(timetableId, null);
			this.audit.record(AuditEvent.of("TIMETABLE_UNPUBLISHED", "TIMETABLE", timetableId, checked.path(), null));
		}
	}

	/**
	 * The public page of an approved timetable: classes, subjects, times and modes only
	 * (no names of people, no meeting links).
	 * @throws NotFoundException for an unknown or withdrawn link, or a timetable no
	 * longer approved
	 */
	@Transactional(readOnly = true)
	public PublicPage publicPage(String token) {
		TimetableRow timetable = this.repository.byPublicToken(token)
			.orElseThrow(() -> new NotFoundException("public timetable"));
		Map<String, Map<Integer, List<LessonRow>>> classes = new java.util.LinkedHashMap<>();
		for (LessonRow lesson : this.repository.lessons(timetable.id())
			.stream()
			.sorted(java.util.Comparator.comparing(LessonRow::groupKind)
				.thenComparing((LessonRow l) -> (l.grade() != null) ? l.grade() : 0)
				.thenComparing(LessonRow::groupName)
				.thenComparing(LessonRow::weekday)
				.thenComparing(LessonRow::start))
			.toList()) {
			LessonRow anonymous = new LessonRow(lesson.id(), lesson.timetableId(), lesson.groupId(), lesson.groupName(),
					lesson.groupKind(), lesson.grade(), lesson.subject(), null, null, lesson.weekday(), lesson.start(),
					lesson.minutes(), lesson.mode(), null, null);
			classes.computeIfAbsent(lesson.groupName(), (key) -> new TreeMap<>())
				.computeIfAbsent(lesson.weekday(), (key) -> new ArrayList<>())
				.add(anonymous);
		}
		return new PublicPage(this.access.info(timetable.organizationId()), timetable.validFrom(), classes);
	}

	// ---- a class's published timetable

	/**
	 * The approved timetable in force for a class, for whoever may view timetables over
	 * the class.
	 */
	@Transactional(readOnly = true)
	public ClassPage classPage(long groupId) {
		this.access.group(Permission.VIEW_TIMETABLE, groupId);
		GroupRow group = this.repository.group(groupId).orElseThrow(() -> new NotFoundException("group " + groupId));
		OrganizationInfo organization = this.access.info(group.organizationId());
		LocalDate today = LocalDate.now(this.clock.withZone(organization.timeZone()));
		TimetableRow approved = this.repository.approved(group.organizationId(), today).orElse(null);
		Map<Integer, List<LessonRow>> days = (approved != null)
				? byWeekday(this.repository.lessonsOfGroup(approved.id(), groupId)) : Map.of();
		return new ClassPage(organization, group, approved, days);
	}

	// ---- parsing and checking a lesson

	private LessonForm checked(TimetableRow timetable, LessonInput input, Long exceptLessonId) {
		List<TimetableProblem> problems = new ArrayList<>();
		GroupRow group = null;
		Long groupId = parseLong(input.group());
		if (groupId != null) {
			group = this.repository.group(groupId)
				.filter((row) -> row.organizationId() == timetable.organizationId())
				.orElse(null);
		}
		if (group == null) {
			problems.add(TimetableProblem.of("timetable.error.group"));
		}
		String subject = trim(input.subject());
		if (subject == null || !this.repository.subjects(timetable.organizationId()).contains(subject)) {
			problems.add(TimetableProblem.of("timetable.error.subject", (subject != null) ? subject : ""));
		}
		String mode = trim(input.mode());
		if (mode == null || !MODES.contains(mode)) {
			problems.add(TimetableProblem.of("timetable.error.mode"));
		}
		Long teacherId = null;
		String teacherName = null;
		if (trim(input.teacher()) != null) {
			teacherId = parseLong(input.teacher());
			Long wanted = teacherId;
			teacherName = this.repository.teachers(timetable.organizationId())
				.stream()
				.filter((teacher) -> wanted != null && teacher.id() == wanted)
				.map(Teacher::name)
				.findFirst()
				.orElse(null);
			if (teacherName == null) {
				problems.add(TimetableProblem.of("timetable.error.teacher"));
			}
		}
		else if ("LIVE".equals(mode) || "IN_PERSON".equals(mode)) {
			problems.add(TimetableProblem.of("timetable.error.teacherNeeded"));
		}
		Integer weekday = parseInt(input.weekday());
		if (weekday == null || weekday < 1 || weekday > 7) {
			problems.add(TimetableProblem.of("timetable.error.weekday"));
		}
		LocalTime start = null;
		try {
			start = LocalTime.parse((input.start() != null) ? input.start().trim() : "");
		}
		catch (DateTimeParseException ex) {
			problems.add(TimetableProblem.of("timetable.error.start"));
		}
		Integer minutes = parseInt(input.minutes());
		if (minutes == null || minutes < 1 || minutes > 600
				|| (start != null && start.plusMinutes(minutes).isBefore(start))) {
			problems.add(TimetableProblem.of("timetable.error.minutes"));
		}
		String url = trim(input.meetingUrl());
		if (url != null && !validUrl(url)) {
			problems.add(TimetableProblem.of("timetable.error.meetingUrl"));
		}
		Long broadcast = null;
		if (trim(input.tvBroadcast()) != null) {
			broadcast = parseLong(input.tvBroadcast());
			if (broadcast == null || !this.repository.broadcastExists(broadcast)) {
				problems.add(TimetableProblem.of("timetable.error.broadcast"));
			}
		}
		if (!problems.isEmpty()) {
			throw new TimetableRejected(problems);
		}
		LessonForm form = new LessonForm(group.id(), subject, teacherId, weekday, start, minutes, mode, url, broadcast);
		List<LessonRow> others = this.repository.lessons(timetable.id())
			.stream()
			.filter((lesson) -> exceptLessonId == null || lesson.id() != exceptLessonId)
			.toList();
		problems.addAll(this.checker.check(timetable.validFrom(), group, form, teacherName, others));
		if (!problems.isEmpty()) {
			throw new TimetableRejected(problems);
		}
		return form;
	}

	private static boolean validUrl(String url) {
		if (url.length() > 500) {
			return false;
		}
		try {
			URI uri = URI.create(url);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static String describe(LessonForm form) {
		return form.groupId() + " " + form.subject() + " " + form.weekday() + " " + form.startTime() + " "
				+ form.minutes() + "min " + form.mode();
	}

	static String trim(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	static Long parseLong(String value) {
		try {
			return (trim(value) != null) ? Long.valueOf(value.trim()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	static Integer parseInt(String value) {
		try {
			return (trim(value) != null) ? Integer.valueOf(value.trim()) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	// ---- views

	public record ListPage(OrganizationInfo organization, List<TimetableRow> timetables, List<JobRow> jobs,
			LocalDate suggestedValidFrom, boolean canApprove) {

	}

	public record TimetablePage(OrganizationInfo organization, TimetableRow timetable, List<GroupRow> groups,
			GroupRow selected, Map<Integer, List<LessonRow>> days, List<Teacher> teachers, List<String> subjects,
			boolean canApprove) {

	}

	public record ClassPage(OrganizationInfo organization, GroupRow group, TimetableRow timetable,
			Map<Integer, List<LessonRow>> days) {

	}

	public record PublicPage(OrganizationInfo organization, LocalDate validFrom,
			Map<String, Map<Integer, List<LessonRow>>> classes) {

	}

}
