package kz.qashyq.coursework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kz.qashyq.content.PlannedTopic;
import kz.qashyq.content.ThematicPlans;
import kz.qashyq.coursework.Channel;
import kz.qashyq.coursework.GradingScale;
import kz.qashyq.coursework.GradingScales;
import kz.qashyq.coursework.WorkType;
import kz.qashyq.coursework.internal.CourseworkRepository.GroupFacts;
import kz.qashyq.coursework.internal.CourseworkRepository.LearnerName;
import kz.qashyq.coursework.internal.InvalidCourseworkInput.Problem;
import kz.qashyq.coursework.internal.Views.AssignmentRow;
import kz.qashyq.coursework.internal.Views.AssignmentView;
import kz.qashyq.coursework.internal.Views.Material;
import kz.qashyq.coursework.internal.Views.TaskRow;
import kz.qashyq.coursework.internal.Views.Teaching;
import kz.qashyq.directory.Directory;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.storage.FileCategory;
import kz.qashyq.platform.storage.FileRejectedException;
import kz.qashyq.platform.storage.FileStorage;
import kz.qashyq.platform.storage.StoredFile;
import kz.qashyq.platform.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assignments (A1-15a, A1-15b, A1-15c, A1-24j, A1-25j, A1-27e): issued by a teacher for a
 * class in a subject they teach there (or by a deputy head or head), with a rubric that
 * adds up, a deadline after the release, and the channels the organization allows.
 */
@Service
public class Assignments {

	private static final int MAX_TITLE = 300;

	static final int MAX_INSTRUCTIONS = 10_000;

	private static final int MAX_MATERIALS = 10;

	private final CourseworkRepository repository;

	private final CourseworkAccess access;

	private final ThematicPlans plans;

	private final FileStorage storage;

	private final AuditTrail audit;

	private final GradingScales scales;

	private final Directory directory;

	private final Clock clock;

	Assignments(CourseworkRepository repository, CourseworkAccess access, ThematicPlans plans, FileStorage storage,
			AuditTrail audit, GradingScales scales, Directory directory, Clock clock) {
		this.repository = repository;
		this.access = access;
		this.plans = plans;
		this.storage = storage;
		this.audit = audit;
		this.scales = scales;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * What the form for a new assignment needs.
	 */
	public record FormPage(long groupId, String groupName, String timeZone, List<String> subjects, String subject,
			List<PlannedTopic> topics, List<Channel> channels, List<LearnerName> learners, GradingScale scale) {
	}

	/**
	 * The form of a new assignment in a class; the subject chosen (or null to choose).
	 * @throws AccessDeniedException unless the user manages coursework in the class
	 */
	@Transactional(readOnly = true)
	public FormPage formPage(long groupId, String subject) {
		QashyqUser user = this.access.requireManager(groupId);
		GroupFacts group = this.access.group(groupId);
		List<String> subjects = this.access.subjects(user, groupId);
		String chosen = (subject != null && subjects.contains(subject)) ? subject
				: (subjects.size() == 1 ? subjects.get(0) : null);
		List<PlannedTopic> topics = (chosen != null) ? this.plans.topics(groupId, chosen) : List.of();
		return new FormPage(groupId, group.name(), group.zone().getId(), subjects, chosen, topics,
				allowedChannels(group.organizationId()), this.repository.learnersOf(groupId),
				this.scales.scaleOf(group.organizationId()));
	}

	/**
	 * An assignment's values as checked: every problem of the input at once.
	 */
	record Checked(String subject, String title, String instructions, WorkType workType, Instant release,
			Instant deadline, Set<Channel> channels) {
	}

	/**
	 * Checks an assignment as entered, for a new one or for one edited before any
	 * submission.
	 * @param keptRelease the release of the assignment being edited, taken when the form
	 * leaves it blank; null for a new one (released now)
	 * @throws InvalidCourseworkInput with every problem of the input
	 */
	Checked check(QashyqUser user, long groupId, GroupFacts group, AssignmentForm form, Instant keptRelease) {
		List<Problem> problems = new ArrayList<>();
		String subject = trim(form.subject());
		if (subject == null || !this.access.subjects(user, groupId).contains(subject)) {
			problems.add(Rubrics.problem("coursework.error.subject"));
		}
		String title = trim(form.title());
		if (title == null || title.length() > MAX_TITLE) {
			problems.add(Rubrics.problem("coursework.error.title", MAX_TITLE));
		}
		String instructions = trim(form.instructions());
		if (instructions != null && instructions.length() > MAX_INSTRUCTIONS) {
			problems.add(Rubrics.problem("coursework.error.instructions", MAX_INSTRUCTIONS));
		}
		WorkType workType = parse(WorkType.class, form.workType());
		if (workType == null) {
			problems.add(Rubrics.problem("coursework.error.workType"));
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant release = (keptRelease != null) ? keptRelease : now;
		if (trim(form.release()) != null) {
			release = local(form.release(), group, problems, "coursework.error.release");
		}
		Instant deadline = null;
		if (trim(form.deadline()) == null) {
			problems.add(Rubrics.problem("coursework.error.deadline.missing"));
		}
		else {
			deadline = local(form.deadline(), group, problems, "coursework.error.deadline.format");
		}
		if (release != null && deadline != null && !deadline.isAfter(release)) {
			problems.add(Rubrics.problem("coursework.error.deadline.beforeRelease"));
		}
		Set<Channel> channels = new LinkedHashSet<>();
		List<Channel> allowed = allowedChannels(group.organizationId());
		for (String name : form.channels()) {
			Channel channel = parse(Channel.class, name);
			if (channel == null || !allowed.contains(channel)) {
				problems.add(Rubrics.problem("coursework.error.channel", String.valueOf(name)));
			}
			else {
				channels.add(channel);
			}
		}
		if (form.channels().isEmpty()) {
			problems.add(Rubrics.problem("coursework.error.channels"));
		}
		if (form.topicId() != null && subject != null
				&& this.plans.topics(groupId, subject).stream().noneMatch((topic) -> topic.id() == form.topicId())) {
			problems.add(Rubrics.problem("coursework.error.topic"));
		}
		List<Long> classLearners = this.repository.learnersOf(groupId).stream().map(LearnerName::id).toList();
		if (!classLearners.containsAll(form.learnerIds())) {
			problems.add(Rubrics.problem("coursework.error.learners"));
		}
		if (form.materials().size() > MAX_MATERIALS) {
			problems.add(Rubrics.problem("coursework.error.materials", MAX_MATERIALS));
		}
		problems.addAll(Rubrics.check(form.criteria(), form.totalPoints()));
		if (!problems.isEmpty()) {
			throw new InvalidCourseworkInput(problems);
		}
		return new Checked(subject, title, instructions, workType, release, deadline, channels);
	}

	/**
	 * Creates an assignment with its rubric and materials, all or nothing.
	 * @return the new assignment's id
	 * @throws InvalidCourseworkInput with every problem of the input (or a refused file)
	 * @throws AccessDeniedException unless the user manages coursework in the class
	 */
	@Transactional
	public long create(long groupId, AssignmentForm form) {
		QashyqUser user = this.access.requireManager(groupId);
		GroupFacts group = this.access.group(groupId);
		Checked checked = check(user, groupId, group, form, null);
		String subject = checked.subject();
		String title = checked.title();
		String instructions = checked.instructions();
		WorkType workType = checked.workType();
		Instant release = checked.release();
		Instant deadline = checked.deadline();
		Set<Channel> channels = checked.channels();
		List<StoredFile> stored = new ArrayList<>();
		for (AssignmentForm.Upload upload : form.materials()) {
			stored.add(store(upload, FileCategory.any(), user.getUsername()));
		}
		long id = this.repository.insertAssignment(new CourseworkRepository.NewAssignment(group.organizationId(),
				groupId, subject, title, instructions, workType, form.summative(), form.topicId(), release, deadline,
				List.copyOf(channels), (form.totalPoints() != null) ? form.totalPoints() : Rubrics.sum(form.criteria()),
				form.learnerIds().stream().distinct().toList(), user.getUsername()));
		int position = 1;
		for (Rubrics.CriterionInput criterion : form.criteria()) {
			this.repository.insertCriterion(id, position++, criterion);
		}
		position = 1;
		for (StoredFile file : stored) {
			this.repository.insertMaterial(id, position++, file.id());
		}
		this.audit.record(AuditEvent.of("CREATE", "ASSIGNMENT", id, this.access.groupPath(groupId),
				subject + ": " + title + ", deadline " + deadline));
		return id;
	}

	StoredFile store(AssignmentForm.Upload upload, Set<FileCategory> accepted, String actor) {
		return this.storage.record(stage(upload, accepted, actor));
	}

	/**
	 * Reads and checks an upload and puts its content in place without recording it (see
	 * {@link FileStorage#stage}).
	 * @throws InvalidCourseworkInput for a refused file
	 */
	StoredFile stage(AssignmentForm.Upload upload, Set<FileCategory> accepted, String actor) {
		try (InputStream in = upload.content().open()) {
			return this.storage.stage(in, upload.name(), accepted, actor);
		}
		catch (FileRejectedException ex) {
			throw InvalidCourseworkInput.file(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An assignment with its learners' statuses, for staff who may view the class's
	 * coursework.
	 */
	public record AssignmentPage(AssignmentView assignment, List<TaskRow> learners, boolean canManage,
			GradingScale scale, List<Channel> channels) {
	}

	@Transactional(readOnly = true)
	public AssignmentPage page(long assignmentId) {
		AssignmentView assignment = this.access.assignment(assignmentId);
		QashyqUser user = this.access.requireSeesAssignment(assignment);
		boolean canManage = !user.isReadOnly()
				&& user.can(Permission.MANAGE_COURSEWORK, this.access.groupPath(assignment.groupId()))
				&& (this.access.mayTeach(user, assignment.groupId(), assignment.subject())
						|| user.getUsername().equals(assignment.createdBy()));
		List<Channel> recordable = assignment.channels().stream().filter((c) -> c != Channel.PLATFORM).toList();
		return new AssignmentPage(assignment, this.repository.tasksOfAssignment(assignmentId, this.clock.instant()),
				canManage, this.scales.scaleOf(assignment.organizationId()), recordable);
	}

	/**
	 * The teacher's assignments and the classes and subjects they may issue new ones in.
	 */
	public record MinePage(List<AssignmentRow> assignments, List<Teaching> teaching, List<Long> ledOrganizations,
			List<Views.FlaggedRow> flags) {
	}

	@Transactional(readOnly = true)
	public MinePage mine() {
		QashyqUser user = requireManagerAnywhere();
		List<Teaching> teaching = (user.personId() != null) ? this.repository.teachingOf(user.personId()) : List.of();
		List<Long> led = user.grants()
			.stream()
			.filter((grant) -> grant.role().has(Permission.MANAGE_COURSEWORK)
					&& grant.scope().type() == kz.qashyq.platform.security.ScopeType.ORGANIZATION)
			.map((grant) -> grant.scope().id())
			.distinct()
			.toList();
		List<Views.FlaggedRow> flags = led.stream()
			.flatMap((organization) -> this.repository.flagsOfOrganization(organization).stream())
			.toList();
		return new MinePage(this.repository.assignmentsOf(user.personId(), user.getUsername(), 200), teaching, led,
				flags);
	}

	static QashyqUser requireManagerAnywhere() {
		QashyqUser user = CurrentUser.get();
		if (user.scopesWith(Permission.MANAGE_COURSEWORK).isEmpty()) {
			throw new AccessDeniedException("No coursework to manage");
		}
		return user;
	}

	/**
	 * A material of an assignment, for whoever may see the assignment.
	 */
	@Transactional(readOnly = true)
	public Material material(long assignmentId, int position) {
		AssignmentView assignment = this.access.assignment(assignmentId);
		requireSees(assignment);
		return assignment.materials()
			.stream()
			.filter((m) -> m.position() == position)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("material " + position));
	}

	/**
	 * Refuses unless the user sees the assignment: staff who see its subject in the
	 * class, or a learner it is for (or their parent) once it is released.
	 */
	void requireSees(AssignmentView assignment) {
		QashyqUser user = CurrentUser.get();
		if (this.access.seesAssignment(user, assignment)) {
			return;
		}
		boolean released = assignment.released(this.clock.instant());
		for (Long learner : this.access.ownLearners(user)) {
			if (released && this.repository.isFor(assignment.id(), learner)) {
				return;
			}
		}
		if (user.can(Permission.VIEW_COURSEWORK, this.access.groupPath(assignment.groupId()))) {
			// another subject of a class the teacher teaches: as if it did not exist
			throw new NotFoundException("assignment " + assignment.id());
		}
		throw new AccessDeniedException("Not an assignment of the user");
	}

	// ---- channels of an organization

	public record ChannelsPage(long organizationId, String organizationName, List<Channel> allowed) {
	}

	@Transactional(readOnly = true)
	public ChannelsPage channelsPage(long organizationId) {
		ScopePath path = this.directory.organizationPath(organizationId)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
		CurrentUser.require(Permission.MANAGE_COURSEWORK, path);
		String name = this.directory.organization(organizationId).map((o) -> o.name().current()).orElse("");
		return new ChannelsPage(organizationId, name, allowedChannels(organizationId));
	}

	/**
	 * A1-27e: sets the channels an organization's work may come back through.
	 */
	@Transactional
	public void saveChannels(long organizationId, List<String> names) {
		ScopePath path = this.directory.organizationPath(organizationId)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
		QashyqUser user = CurrentUser.require(Permission.MANAGE_COURSEWORK, path);
		CurrentUser.requireWriter();
		Set<Channel> channels = EnumSet.noneOf(Channel.class);
		for (String name : (names != null) ? names : List.<String>of()) {
			Channel channel = parse(Channel.class, name);
			if (channel == null) {
				throw InvalidCourseworkInput.of("coursework.error.channel", String.valueOf(name));
			}
			channels.add(channel);
		}
		if (channels.isEmpty()) {
			throw InvalidCourseworkInput.of("coursework.error.channels");
		}
		this.repository.saveChannels(organizationId, List.copyOf(channels), user.getUsername());
		this.audit.record(AuditEvent.of("UPDATE", "COURSEWORK_CHANNELS", organizationId, path, channels.toString()));
	}

	List<Channel> allowedChannels(long organizationId) {
		return this.repository.channelsSetting(organizationId).orElse(List.of(Channel.values()));
	}

	// ---- parsing

	static Instant local(String text, GroupFacts group, List<Problem> problems, String key) {
		try {
			return LocalDateTime.parse(text.strip()).atZone(group.zone()).toInstant();
		}
		catch (DateTimeParseException ex) {
			problems.add(Rubrics.problem(key));
			return null;
		}
	}

	static <E extends Enum<E>> E parse(Class<E> type, String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, name.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static String trim(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	static BigDecimal decimal(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
