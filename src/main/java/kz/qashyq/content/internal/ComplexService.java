package kz.qashyq.content.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kz.qashyq.content.ComplexComponent;
import kz.qashyq.content.ComplexStatus;
import kz.qashyq.content.internal.ComplexRepository.CommentRow;
import kz.qashyq.content.internal.ComplexRepository.DisciplineRow;
import kz.qashyq.content.internal.ComplexRepository.ItemRow;
import kz.qashyq.content.internal.ComplexRepository.VersionRow;
import kz.qashyq.directory.Directory;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.i18n.LocalizedName;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disciplines and their e-learning complexes (A1-17, A1-18, A1-24f, A1-25d). Every call
 * checks the user's role and scope first (see {@link ContentAccess}); every change is
 * audited.
 */
@Service
public class ComplexService {

	private static final int MAX_COMMENT = 2000;

	private final ComplexRepository repository;

	private final MaterialRepository materials;

	private final ContentAccess access;

	private final Directory directory;

	private final AuditTrail audit;

	private final Clock clock;

	ComplexService(ComplexRepository repository, MaterialRepository materials, ContentAccess access,
			Directory directory, AuditTrail audit, Clock clock) {
		this.repository = repository;
		this.materials = materials;
		this.access = access;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	// ---- disciplines of an organization

	public record OrganizationContent(long organizationId, LocalizedName organizationName,
			List<DisciplineRow> disciplines, List<DisciplineRow> withoutComplex, List<String> subjectsWithout,
			boolean canManage) {
	}

	/**
	 * The disciplines of an organization with the state of their complexes; those without
	 * a complex are listed apart for the deputy (A1-17).
	 */
	@Transactional(readOnly = true)
	public OrganizationContent organization(long organizationId) {
		ScopePath path = this.access.organizationPath(organizationId);
		QashyqUser user = CurrentUser.require(Permission.VIEW_CONTENT, path);
		List<DisciplineRow> disciplines = this.repository.disciplines(organizationId);
		List<String> known = disciplines.stream().map(DisciplineRow::subject).toList();
		List<String> subjectsWithout = this.repository.subjects(organizationId)
			.stream()
			.filter((subject) -> !known.contains(subject))
			.toList();
		return new OrganizationContent(organizationId, name(organizationId), disciplines,
				disciplines.stream().filter((d) -> d.complexId() == null).toList(), subjectsWithout,
				!user.isReadOnly() && user.can(Permission.MANAGE_CONTENT, path));
	}

	/**
	 * Adds a discipline by hand.
	 * @throws InvalidContentInput when the subject or programme version is blank or too
	 * long, or the discipline exists already
	 */
	@Transactional
	public long createDiscipline(long organizationId, String subject, String programmeVersion) {
		ScopePath path = this.access.organizationPath(organizationId);
		QashyqUser user = CurrentUser.require(Permission.MANAGE_CONTENT, path);
		CurrentUser.requireWriter();
		String name = strip(subject);
		String version = strip(programmeVersion).isEmpty() ? "1" : strip(programmeVersion);
		List<InvalidContentInput.Problem> problems = new ArrayList<>();
		if (name.isEmpty() || name.length() > 200) {
			problems.add(InvalidContentInput.Problem.of("content.error.subject"));
		}
		if (version.length() > 40) {
			problems.add(InvalidContentInput.Problem.of("content.error.programmeVersion"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidContentInput(problems);
		}
		long id = this.repository.insertDiscipline(organizationId, name, version, user.getUsername())
			.orElseThrow(() -> InvalidContentInput.of("content.error.disciplineExists", name, version));
		this.audit.record(AuditEvent.of("CREATE", "DISCIPLINE", id, path, name + " v" + version));
		return id;
	}

	/**
	 * Adds a discipline (programme version 1) for every subject the organization teaches
	 * that has none yet.
	 * @return how many were added
	 */
	@Transactional
	public int createFromSubjects(long organizationId) {
		ScopePath path = this.access.organizationPath(organizationId);
		QashyqUser user = CurrentUser.require(Permission.MANAGE_CONTENT, path);
		CurrentUser.requireWriter();
		int created = createFromSubjects(organizationId, user.getUsername());
		this.audit.record(AuditEvent.of("CREATE", "DISCIPLINE", null, path, created + " disciplines from subjects"));
		return created;
	}

	/**
	 * No access check: for the demo data.
	 */
	@Transactional
	public int createFromSubjects(long organizationId, String actor) {
		List<String> known = this.repository.disciplines(organizationId).stream().map(DisciplineRow::subject).toList();
		int created = 0;
		for (String subject : this.repository.subjects(organizationId)) {
			if (!known.contains(subject)
					&& this.repository.insertDiscipline(organizationId, subject, "1", actor).isPresent()) {
				created++;
			}
		}
		return created;
	}

	// ---- one discipline

	public record DisciplinePage(DisciplineRow discipline, LocalizedName organizationName,
			List<MaterialRepository.MaterialRow> materials, boolean canManage) {
	}

	@Transactional(readOnly = true)
	public DisciplinePage discipline(long disciplineId) {
		DisciplineRow discipline = this.repository.discipline(disciplineId)
			.orElseThrow(() -> new NotFoundException("discipline " + disciplineId));
		ScopePath path = path(discipline);
		QashyqUser user = this.access.requireView(path, false);
		return new DisciplinePage(discipline, name(discipline.organizationId()),
				this.materials.search(discipline.organizationId(),
						MaterialRepository.Filter.ofDiscipline(disciplineId)),
				this.access.canManage(user, path, groups(path), discipline.subject()));
	}

	/**
	 * Creates the discipline's complex with its first, draft version (A1-17: one per
	 * discipline and programme version).
	 * @throws InvalidContentInput when the discipline has a complex already
	 */
	@Transactional
	public long createComplex(long disciplineId) {
		DisciplineRow discipline = this.repository.discipline(disciplineId)
			.orElseThrow(() -> new NotFoundException("discipline " + disciplineId));
		ScopePath path = path(discipline);
		QashyqUser user = this.access.requireManage(path, groups(path), discipline.subject());
		long id = this.repository.insertComplex(disciplineId, user.getUsername())
			.orElseThrow(() -> InvalidContentInput.of("content.error.complexExists"));
		this.audit.record(AuditEvent.of("CREATE", "COMPLEX", id, path, discipline.subject()));
		return id;
	}

	// ---- one complex

	public record Component(ComplexComponent component, List<ItemRow> items, List<CommentRow> comments) {

		public boolean present() {
			return !this.items.isEmpty();
		}

	}

	public record ComplexPage(long complexId, DisciplineRow discipline, LocalizedName organizationName,
			List<VersionRow> versions, VersionRow shown, boolean latest, List<Component> mandatory,
			List<Component> additional, List<ComplexComponent> missing, List<CommentRow> generalComments,
			List<MaterialRepository.MaterialRow> materials, boolean canEdit, boolean canReview) {

		public boolean complete() {
			return this.missing.isEmpty();
		}

	}

	/**
	 * A version of a complex (the latest when {@code version} is null) with its
	 * components, their materials and the methodologist's comments.
	 */
	@Transactional(readOnly = true)
	public ComplexPage complex(long complexId, Integer version) {
		DisciplineRow discipline = disciplineOfComplex(complexId);
		ScopePath path = path(discipline);
		QashyqUser user = this.access.requireView(path, false);
		List<VersionRow> versions = this.repository.versions(complexId);
		VersionRow shown = (version != null) ? versions.stream()
			.filter((v) -> v.version() == version)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("complex version " + version)) : versions.get(0);
		boolean latest = shown.version() == versions.get(0).version();
		Map<ComplexComponent, List<ItemRow>> items = new EnumMap<>(ComplexComponent.class);
		Map<ComplexComponent, List<CommentRow>> comments = new EnumMap<>(ComplexComponent.class);
		for (ComplexComponent component : ComplexComponent.values()) {
			items.put(component, new ArrayList<>());
			comments.put(component, new ArrayList<>());
		}
		this.repository.items(shown.id()).forEach((item) -> items.get(item.component()).add(item));
		List<CommentRow> general = new ArrayList<>();
		for (CommentRow comment : this.repository.comments(shown.id())) {
			if (comment.component() != null) {
				comments.get(comment.component()).add(comment);
			}
			else {
				general.add(comment);
			}
		}
		List<Component> mandatory = new ArrayList<>();
		List<Component> additional = new ArrayList<>();
		for (ComplexComponent component : ComplexComponent.values()) {
			Component c = new Component(component, items.get(component), comments.get(component));
			(component.mandatory() ? mandatory : additional).add(c);
		}
		List<ComplexComponent> missing = mandatory.stream()
			.filter((c) -> !c.present())
			.map(Component::component)
			.toList();
		boolean canEdit = latest && this.access.canManage(user, path, groups(path), discipline.subject());
		return new ComplexPage(complexId, discipline, name(discipline.organizationId()), versions, shown, latest,
				mandatory, additional, missing, general,
				canEdit ? this.materials.search(discipline.organizationId(),
						MaterialRepository.Filter.ofDiscipline(discipline.id())) : List.of(),
				canEdit, latest && this.access.canReview(user, path));
	}

	/**
	 * A1-25d: puts a material of the discipline into a component of the latest version,
	 * while it is a draft or returned.
	 */
	@Transactional
	public void addItem(long complexId, String component, Long materialId) {
		Editable editable = editable(complexId);
		ComplexComponent parsed = component(component);
		if (materialId == null || this.materials.find(materialId)
			.filter((m) -> m.disciplineId() == editable.discipline().id())
			.isEmpty()) {
			throw InvalidContentInput.of("content.error.material");
		}
		this.repository.addItem(editable.version().id(), parsed, materialId, editable.user().getUsername());
		this.audit.record(AuditEvent.of("UPDATE", "COMPLEX", complexId, editable.path(),
				"v" + editable.version().version() + ": " + parsed + " + material " + materialId));
	}

	@Transactional
	public void removeItem(long complexId, String component, Long materialId) {
		Editable editable = editable(complexId);
		ComplexComponent parsed = component(component);
		if (materialId == null || !this.repository.removeItem(editable.version().id(), parsed, materialId)) {
			throw InvalidContentInput.of("content.error.material");
		}
		this.audit.record(AuditEvent.of("UPDATE", "COMPLEX", complexId, editable.path(),
				"v" + editable.version().version() + ": " + parsed + " - material " + materialId));
	}

	/**
	 * A1-18a: sends the latest version for approval.
	 * @throws InvalidContentInput naming the missing mandatory components, or when the
	 * version is not a draft or returned
	 */
	@Transactional
	public void submit(long complexId) {
		Editable editable = editable(complexId);
		List<ComplexComponent> missing = missing(editable.version().id());
		if (!missing.isEmpty()) {
			throw InvalidContentInput.of("content.error.incomplete", missing);
		}
		this.repository.setStatus(editable.version().id(), ComplexStatus.IN_REVIEW, editable.user().getUsername());
		this.audit
			.record(AuditEvent.of("SUBMIT", "COMPLEX", complexId, editable.path(), "v" + editable.version().version()));
	}

	/**
	 * A1-24f: a methodologist's comment on a component of the latest version (or on the
	 * whole complex when the component is blank).
	 */
	@Transactional
	public void comment(long complexId, String component, String body) {
		Reviewed reviewed = reviewed(complexId);
		ComplexComponent parsed = (component == null || component.isBlank()) ? null : component(component);
		String text = strip(body);
		if (text.isEmpty() || text.length() > MAX_COMMENT) {
			throw InvalidContentInput.of("content.error.comment", MAX_COMMENT);
		}
		this.repository.comment(reviewed.version().id(), parsed, text, reviewed.user().getUsername());
		this.audit.record(AuditEvent.of("COMMENT", "COMPLEX", complexId, reviewed.path(),
				"v" + reviewed.version().version() + " " + ((parsed != null) ? parsed : "") + ": " + text));
	}

	/**
	 * A1-18c: records whether the latest version supports independent work and
	 * preparation for attestation sufficiently, with a comment, dated today in the
	 * organization's zone.
	 */
	@Transactional
	public void review(long complexId, String sufficient, String comment) {
		Reviewed reviewed = reviewed(complexId);
		if (!"true".equals(sufficient) && !"false".equals(sufficient)) {
			throw InvalidContentInput.of("content.error.sufficiency");
		}
		String text = strip(comment);
		if (text.length() > MAX_COMMENT) {
			throw InvalidContentInput.of("content.error.comment", MAX_COMMENT);
		}
		this.repository.review(reviewed.version().id(), Boolean.parseBoolean(sufficient), text.isEmpty() ? null : text,
				LocalDate.now(this.clock.withZone(this.access.zone(reviewed.path().organizationId()))),
				reviewed.user().getUsername());
		this.audit.record(AuditEvent.of("REVIEW", "COMPLEX", complexId, reviewed.path(),
				"v" + reviewed.version().version() + " sufficient=" + sufficient + " " + text));
	}

	/**
	 * A1-24f: approves the latest version, which must be in review and complete.
	 */
	@Transactional
	public void approve(long complexId) {
		decide(complexId, ComplexStatus.APPROVED);
	}

	/**
	 * Returns the latest version, in review, to its teachers for correction.
	 */
	@Transactional
	public void returnForCorrection(long complexId) {
		decide(complexId, ComplexStatus.RETURNED);
	}

	private void decide(long complexId, ComplexStatus decision) {
		Reviewed reviewed = reviewed(complexId);
		if (reviewed.version().status() != ComplexStatus.IN_REVIEW) {
			throw InvalidContentInput.of("content.error.notInReview");
		}
		if (decision == ComplexStatus.APPROVED) {
			List<ComplexComponent> missing = missing(reviewed.version().id());
			if (!missing.isEmpty()) {
				throw InvalidContentInput.of("content.error.incomplete", missing);
			}
		}
		this.repository.setStatus(reviewed.version().id(), decision, reviewed.user().getUsername());
		this.audit.record(AuditEvent.of(decision.name(), "COMPLEX", complexId, reviewed.path(),
				"v" + reviewed.version().version()));
	}

	/**
	 * Starts a new draft version from the latest one, which must be approved or in review
	 * no longer; the old versions stay readable.
	 * @return the new version's number
	 */
	@Transactional
	public int newVersion(long complexId) {
		DisciplineRow discipline = disciplineOfComplex(complexId);
		ScopePath path = path(discipline);
		QashyqUser user = this.access.requireManage(path, groups(path), discipline.subject());
		VersionRow latest = this.repository.latest(complexId, true).orElseThrow();
		if (latest.status() != ComplexStatus.APPROVED) {
			throw InvalidContentInput.of("content.error.newVersion");
		}
		int number = latest.version() + 1;
		long id = this.repository.insertVersion(complexId, number, user.getUsername());
		this.repository.copyItems(latest.id(), id, user.getUsername());
		this.audit.record(AuditEvent.of("NEW_VERSION", "COMPLEX", complexId, path, "v" + number));
		return number;
	}

	private record Editable(DisciplineRow discipline, ScopePath path, QashyqUser user, VersionRow version) {
	}

	private Editable editable(long complexId) {
		DisciplineRow discipline = disciplineOfComplex(complexId);
		ScopePath path = path(discipline);
		QashyqUser user = this.access.requireManage(path, groups(path), discipline.subject());
		VersionRow version = this.repository.latest(complexId, true).orElseThrow();
		if (!version.status().editable()) {
			throw InvalidContentInput.of("content.error.notEditable");
		}
		return new Editable(discipline, path, user, version);
	}

	private record Reviewed(ScopePath path, QashyqUser user, VersionRow version) {
	}

	private Reviewed reviewed(long complexId) {
		DisciplineRow discipline = disciplineOfComplex(complexId);
		ScopePath path = path(discipline);
		QashyqUser user = this.access.requireReview(path);
		return new Reviewed(path, user, this.repository.latest(complexId, true).orElseThrow());
	}

	private List<ComplexComponent> missing(long versionId) {
		List<ComplexComponent> present = this.repository.items(versionId).stream().map(ItemRow::component).toList();
		return ComplexComponent.mandatorySet().stream().filter((c) -> !present.contains(c)).toList();
	}

	private DisciplineRow disciplineOfComplex(long complexId) {
		return this.repository.disciplineOfComplex(complexId)
			.orElseThrow(() -> new NotFoundException("complex " + complexId));
	}

	ScopePath path(DisciplineRow discipline) {
		return this.access.disciplinePath(discipline.organizationId(), discipline.subject());
	}

	static List<Long> groups(ScopePath path) {
		return path.units()
			.stream()
			.filter((unit) -> unit.type() == kz.qashyq.platform.security.ScopeType.GROUP)
			.map(kz.qashyq.platform.security.ScopeRef::id)
			.toList();
	}

	private static ComplexComponent component(String value) {
		try {
			return ComplexComponent.valueOf(strip(value));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidContentInput.of("content.error.component");
		}
	}

	LocalizedName name(long organizationId) {
		return this.directory.organization(organizationId).map((o) -> o.name()).orElseThrow();
	}

	static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

}
