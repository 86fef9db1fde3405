package kz.qashyq.content.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import java.time.Clock;

import kz.qashyq.content.LearningForm;
import kz.qashyq.content.ThematicSchedulePublished;
import kz.qashyq.content.internal.MaterialRepository.MaterialRow;
import kz.qashyq.content.internal.PlanRepository.Link;
import kz.qashyq.content.internal.PlanRepository.PlanRow;
import kz.qashyq.content.internal.PlanRepository.RevisionRow;
import kz.qashyq.content.internal.PlanRepository.SubjectPlan;
import kz.qashyq.content.internal.PlanRepository.TopicRow;
import kz.qashyq.content.internal.PlanRepository.TopicValues;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.web.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar-thematic plans per class or group and subject (A1-25b, A1-25c, A1-25e): the
 * teacher of the class and subject (or a deputy) edits the topics, each save is a
 * numbered revision with a snapshot, and publishing makes the current version the
 * learners' thematic schedule. Learners and parents read the published version only.
 */
@Service
public class PlanService {

	private static final int MAX_TEXT = 300;

	private static final int MAX_NOTES = 2000;

	private static final int MAX_LINKS = 20;

	private final PlanRepository repository;

	private final MaterialRepository materials;

	private final ContentAccess access;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PlanService(PlanRepository repository, MaterialRepository materials, ContentAccess access, AuditTrail audit,
			JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.materials = materials;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	// ---- a class's plans

	public record GroupPlans(long groupId, String groupName, long organizationId, List<SubjectPlan> subjects,
			List<String> manageable) {
	}

	@Transactional(readOnly = true)
	public GroupPlans groupPlans(long groupId) {
		ScopePath path = this.access.groupPath(groupId);
		QashyqUser user = CurrentUser.require(Permission.VIEW_CONTENT, path);
		List<SubjectPlan> subjects = this.repository.subjects(groupId);
		List<String> manageable = subjects.stream()
			.map(SubjectPlan::subject)
			.filter((subject) -> this.access.canManage(user, path, List.of(groupId), subject))
			.toList();
		return new GroupPlans(groupId, groupName(groupId), path.organizationId(), subjects, manageable);
	}

	/**
	 * The plans of the signed-in teacher's classes and subjects.
	 */
	@Transactional(readOnly = true)
	public List<PlanRow> mine() {
		QashyqUser user = CurrentUser.get();
		return (user.personId() != null) ? this.repository.plansOfTeacher(user.personId()) : List.of();
	}

	/**
	 * Opens the plan of a class and subject the class is taught, creating it empty when
	 * there is none.
	 * @return the plan's id
	 */
	@Transactional
	public long open(long groupId, String subject) {
		ScopePath path = this.access.groupPath(groupId);
		CurrentUser.require(Permission.MANAGE_CONTENT, path);
		CurrentUser.requireWriter();
		String name = ComplexService.strip(subject);
		if (this.repository.subjects(groupId).stream().noneMatch((s) -> s.subject().equals(name))) {
			throw InvalidContentInput.of("content.error.subject");
		}
		QashyqUser user = this.access.requireManage(path, List.of(groupId), name);
		return this.repository.planOf(groupId, name).orElseGet(() -> {
			long id = this.repository.insert(groupId, name, this.repository.teacherOf(groupId, name), "MEDIUM",
					user.getUsername());
			this.audit.record(AuditEvent.of("CREATE", "THEMATIC_PLAN", id, path, name));
			return id;
		});
	}

	// ---- one plan

	public record PlanPage(PlanRow plan, List<TopicRow> topics, Integer shownVersion, List<RevisionRow> revisions,
			List<MaterialRow> materials, boolean canEdit, java.time.ZoneId zone) {
	}

	/**
	 * A plan with its current topics, or a revision's snapshot (A1-25c: the change
	 * history).
	 */
	@Transactional(readOnly = true)
	public PlanPage plan(long planId, Integer version) {
		PlanRow plan = find(planId, false);
		ScopePath path = this.access.groupPath(plan.groupId());
		QashyqUser user = CurrentUser.require(Permission.VIEW_CONTENT, path);
		List<RevisionRow> revisions = this.repository.revisions(planId);
		if (version != null && revisions.stream().noneMatch((r) -> r.version() == version)) {
			throw new NotFoundException("plan revision " + version);
		}
		boolean canEdit = version == null && this.access.canManage(user, path, List.of(plan.groupId()), plan.subject());
		List<TopicRow> topics = (version != null) ? this.repository.snapshot(planId, version)
				: this.repository.topics(planId);
		return new PlanPage(plan, topics, version, revisions, canEdit ? materialsOf(plan) : List.of(), canEdit,
				this.access.zone(plan.organizationId()));
	}

	@Transactional
	public void addTopic(long planId, TopicForm form) {
		Editing editing = editing(planId);
		TopicValues values = check(editing.plan(), form);
		long id = this.repository.insertTopic(planId, this.repository.nextPosition(planId), values);
		int version = this.repository.bump(planId, editing.user().getUsername());
		this.audit.record(AuditEvent.of("UPDATE", "THEMATIC_PLAN", planId, editing.path(),
				"v" + version + ": topic " + id + " added: " + values.title()));
	}

	@Transactional
	public void updateTopic(long planId, long topicId, TopicForm form) {
		Editing editing = editing(planId);
		TopicValues values = check(editing.plan(), form);
		if (!this.repository.updateTopic(planId, topicId, values)) {
			throw new NotFoundException("topic " + topicId);
		}
		int version = this.repository.bump(planId, editing.user().getUsername());
		this.audit.record(AuditEvent.of("UPDATE", "THEMATIC_PLAN", planId, editing.path(),
				"v" + version + ": topic " + topicId + " changed: " + values.title()));
	}

	@Transactional
	public void deleteTopic(long planId, long topicId) {
		Editing editing = editing(planId);
		if (!this.repository.deleteTopic(planId, topicId)) {
			throw new NotFoundException("topic " + topicId);
		}
		int version = this.repository.bump(planId, editing.user().getUsername());
		this.audit.record(AuditEvent.of("UPDATE", "THEMATIC_PLAN", planId, editing.path(),
				"v" + version + ": topic " + topicId + " removed"));
	}

	/**
	 * A1-25e: makes the plan's current version the learners' thematic schedule (again,
	 * after a change), and tells other modules by {@link ThematicSchedulePublished}:
	 * notifying learners and parents is the messaging module's part.
	 * @throws InvalidContentInput when the plan has no topics or this version is
	 * published already
	 */
	@Transactional
	public void publish(long planId) {
		Editing editing = editing(planId);
		if (this.repository.topics(planId).isEmpty()) {
			throw InvalidContentInput.of("content.error.emptyPlan");
		}
		if (!editing.plan().changedSincePublished()) {
			throw InvalidContentInput.of("content.error.published");
		}
		this.repository.publish(planId);
		this.audit
			.record(AuditEvent.of("PUBLISH", "THEMATIC_PLAN", planId, editing.path(), "v" + editing.plan().version()));
		PlanRow plan = editing.plan();
		this.events.publishEvent(new ThematicSchedulePublished(planId, plan.groupId(), plan.subject(), plan.version(),
				plan.publishedVersion() != null, Instant.now(this.clock)));
	}

	private record Editing(PlanRow plan, ScopePath path, QashyqUser user) {
	}

	private Editing editing(long planId) {
		PlanRow plan = find(planId, true);
		ScopePath path = this.access.groupPath(plan.groupId());
		QashyqUser user = this.access.requireManage(path, List.of(plan.groupId()), plan.subject());
		return new Editing(plan, path, user);
	}

	private TopicValues check(PlanRow plan, TopicForm form) {
		List<InvalidContentInput.Problem> problems = new ArrayList<>();
		String title = ComplexService.strip(form.title());
		if (title.isEmpty() || title.length() > MAX_TEXT) {
			problems.add(InvalidContentInput.Problem.of("content.error.title", MAX_TEXT));
		}
		BigDecimal hours = null;
		try {
			hours = new BigDecimal(ComplexService.strip(form.hours()).replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		if (hours == null || hours.signum() <= 0 || hours.compareTo(BigDecimal.valueOf(200)) > 0 || hours.scale() > 1) {
			problems.add(InvalidContentInput.Problem.of("content.error.hours"));
			hours = null;
		}
		LocalDate planned = date(form.plannedDate(), "content.error.plannedDate", problems);
		LocalDate deadline = date(form.deadline(), "content.error.deadline", problems);
		if (planned != null && deadline != null && deadline.isBefore(planned)) {
			problems.add(InvalidContentInput.Problem.of("content.error.deadlineBeforeDate"));
		}
		LearningForm learningForm = null;
		if (form.form() != null && !form.form().isBlank()) {
			learningForm = MaterialService.parseForm(form.form());
			if (learningForm == null) {
				problems.add(InvalidContentInput.Problem.of("content.error.form"));
			}
		}
		String notes = ComplexService.strip(form.notes());
		if (notes.length() > MAX_NOTES) {
			problems.add(InvalidContentInput.Problem.of("content.error.notes", MAX_NOTES));
		}
		List<Link> links = new ArrayList<>();
		for (String line : ComplexService.strip(form.links()).split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int bar = line.lastIndexOf('|');
			String url = ((bar >= 0) ? line.substring(bar + 1) : line).strip();
			String linkTitle = (bar >= 0) ? line.substring(0, bar).strip() : url;
			if (!MaterialService.validUrl(url) || linkTitle.isEmpty() || linkTitle.length() > MAX_TEXT) {
				problems.add(InvalidContentInput.Problem.of("content.error.link", line.strip()));
			}
			else {
				links.add(new Link(linkTitle, url));
			}
		}
		if (links.size() > MAX_LINKS) {
			problems.add(InvalidContentInput.Problem.of("content.error.links", MAX_LINKS));
		}
		List<Long> materialIds = (form.materials() != null) ? form.materials().stream().distinct().toList() : List.of();
		for (Long id : materialIds) {
			if (id == null
					|| this.materials.find(id).filter((m) -> m.organizationId() == plan.organizationId()).isEmpty()) {
				problems.add(InvalidContentInput.Problem.of("content.error.material"));
				break;
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidContentInput(problems);
		}
		return new TopicValues(title, hours, planned, deadline, learningForm, notes.isEmpty() ? null : notes, links,
				materialIds);
	}

	private static LocalDate date(String value, String code, List<InvalidContentInput.Problem> problems) {
		String text = ComplexService.strip(value);
		if (text.isEmpty()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(text);
			if (date.getYear() < 2000 || date.getYear() > 2100) {
				problems.add(InvalidContentInput.Problem.of(code));
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			problems.add(InvalidContentInput.Problem.of(code));
			return null;
		}
	}

	// ---- the learners' side

	public record PublishedPlan(long planId, String subject, int version, java.time.Instant publishedAt,
			List<TopicRow> topics, List<MaterialRow> materials) {
	}

	public record LearnerSchedule(long learnerId, String learnerName, Long groupId, String groupName,
			List<PublishedPlan> plans) {
	}

	/**
	 * A1-25e, A1-9c: the published thematic schedule of the learner's class, subject by
	 * subject, with the materials of each subject: for the learner, their parents and
	 * staff who may view the class's content.
	 * @param subject only this subject, or null for all
	 */
	@Transactional(readOnly = true)
	public LearnerSchedule learner(long learnerId, String subject) {
		QashyqUser user = this.access.requireLearner(learnerId, Permission.VIEW_OWN, Permission.VIEW_CONTENT);
		ScopePath path = this.access.learnerPath(learnerId);
		Map<String, Object> learner = this.jdbc.sql("""
				select p.last_name || ' ' || p.first_name as name, l.group_id, g.name as group_name
				from learner l join person p on p.id = l.person_id left join study_group g on g.id = l.group_id
				where l.person_id = ?""").param(learnerId).query().singleRow();
		Long groupId = (learner.get("group_id") != null) ? ((Number) learner.get("group_id")).longValue() : null;
		List<PublishedPlan> plans = new ArrayList<>();
		if (groupId != null) {
			for (PlanRow plan : this.repository.published(groupId)) {
				if (subject != null && !subject.isBlank() && !plan.subject().equals(subject.strip())) {
					continue;
				}
				plans.add(new PublishedPlan(plan.id(), plan.subject(), plan.publishedVersion(), plan.publishedAt(),
						this.repository.snapshot(plan.id(), plan.publishedVersion()), materialsOf(plan)));
			}
		}
		return new LearnerSchedule(learnerId, (String) learner.get("name"), groupId, (String) learner.get("group_name"),
				plans);
	}

	public record OwnLearner(long learnerId, String name, String groupName) {
	}

	/**
	 * The learners whose schedule the signed-in student or parent sees: themselves, their
	 * children.
	 */
	@Transactional(readOnly = true)
	public List<OwnLearner> ownLearners() {
		QashyqUser user = CurrentUser.get();
		List<Long> ids = this.access.ownLearners(user);
		if (ids.isEmpty()) {
			throw new AccessDeniedException("No learner of one's own");
		}
		return this.jdbc
			.sql("""
					select l.person_id, p.last_name || ' ' || p.first_name, g.name from learner l join person p on p.id = l.person_id
					left join study_group g on g.id = l.group_id where l.person_id in (:ids) order by p.last_name, p.first_name""")
			.param("ids", ids)
			.query((rs, row) -> new OwnLearner(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	private List<MaterialRow> materialsOf(PlanRow plan) {
		List<MaterialRow> found = new ArrayList<>();
		Map<Long, Boolean> seen = new LinkedHashMap<>();
		for (Long discipline : this.jdbc
			.sql("select id from discipline where organization_id = ? and subject = ? order by programme_version")
			.params(plan.organizationId(), plan.subject())
			.query(Long.class)
			.list()) {
			for (MaterialRow row : this.materials.search(plan.organizationId(),
					MaterialRepository.Filter.ofDiscipline(discipline))) {
				if (seen.putIfAbsent(row.id(), true) == null) {
					found.add(row);
				}
			}
		}
		return found;
	}

	private PlanRow find(long planId, boolean lock) {
		return this.repository.find(planId, lock).orElseThrow(() -> new NotFoundException("plan " + planId));
	}

	private String groupName(long groupId) {
		return this.jdbc.sql("select name from study_group where id = ?").param(groupId).query(String.class).single();
	}

}
