package kz.qashyq.content.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kz.qashyq.content.LearningForm;
import kz.qashyq.content.MaterialKind;
import kz.qashyq.content.internal.ComplexRepository.DisciplineRow;
import kz.qashyq.content.internal.MaterialRepository.Filter;
import kz.qashyq.content.internal.MaterialRepository.MaterialRow;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.i18n.LocalizedName;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.storage.FileCategory;
import kz.qashyq.platform.storage.FileRejectedException;
import kz.qashyq.platform.storage.FileStorage;
import kz.qashyq.platform.storage.StoredFile;
import kz.qashyq.platform.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The knowledge bank (A1-9b, A1-16b, A1-24g): materials of the disciplines, their search
 * and the list of those not updated for {@code qashyq.content.stale-after}. Files go
 * through the storage port, checked by content. Materials are free (A1-18d): staff who
 * may view the discipline and the learners and parents of its organization read them.
 */
@Service
public class MaterialService {

	/** What a material file may be: documents, images, audio and video. */
	static final Set<FileCategory> ACCEPTED = Set.of(FileCategory.PDF, FileCategory.OFFICE, FileCategory.IMAGE,
			FileCategory.AUDIO, FileCategory.VIDEO);

	private static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

	private static final int MAX_TEXT = 300;

	private static final int MAX_BODY = 50_000;

	private final MaterialRepository repository;

	private final ComplexRepository complexes;

	private final ContentAccess access;

	private final FileStorage storage;

	private final AuditTrail audit;

	private final Clock clock;

	private final Period staleAfter;

	MaterialService(MaterialRepository repository, ComplexRepository complexes, ContentAccess access,
			FileStorage storage, AuditTrail audit, Clock clock,
			@Value("${qashyq.content.stale-after:P180D}") Period staleAfter) {
		this.repository = repository;
		this.complexes = complexes;
		this.access = access;
		this.storage = storage;
		this.audit = audit;
		this.clock = clock;
		this.staleAfter = staleAfter;
	}

	public record BankPage(long organizationId, LocalizedName organizationName, List<DisciplineRow> disciplines,
			List<MaterialRow> materials, Period staleAfter, boolean stale) {
	}

	/**
	 * A1-16b: searches an organization's knowledge bank; with {@code stale}, A1-24g: the
	 * materials not updated for the configured period, oldest first.
	 * @param discipline a discipline id, or null
	 * @param text a part of the title or topic, or null
	 * @param form a {@link LearningForm} name, or null
	 * @param language {@code kk}, {@code ru}, {@code en}, or null
	 */
	@Transactional(readOnly = true)
	public BankPage bank(long organizationId, Long discipline, String text, String form, String language,
			boolean stale) {
		ScopePath path = this.access.organizationPath(organizationId);
		CurrentUser.require(Permission.VIEW_CONTENT, path);
		Filter filter = new Filter(discipline, blankToNull(text), parseForm(form),
				(language != null && LANGUAGES.contains(language)) ? language : null,
				stale ? this.clock.instant().atOffset(ZoneOffset.UTC).minus(this.staleAfter).toInstant() : null);
		return new BankPage(organizationId, name(organizationId), this.complexes.disciplines(organizationId),
				this.repository.search(organizationId, filter), this.staleAfter, stale);
	}

	/**
	 * A discipline's materials, for staff who may view it and for the learners and
	 * parents of its organization.
	 */
	@Transactional(readOnly = true)
	public List<MaterialRow> ofDiscipline(long disciplineId) {
		DisciplineRow discipline = discipline(disciplineId);
		this.access.requireView(this.access.disciplinePath(discipline.organizationId(), discipline.subject()), true);
		return this.repository.search(discipline.organizationId(), Filter.ofDiscipline(disciplineId));
	}

	/**
	 * Adds a material to a discipline (A1-25d). A file is stored whole through the
	 * storage port or refused with the reason; the form is checked first, so nothing is
	 * half-saved.
	 * @param content the uploaded file of a {@code FILE} material, else null
	 * @param fileName its original name
	 * @throws InvalidContentInput for a wrong field
	 * @throws FileRejectedException for a refused file
	 */
	@Transactional
	public long create(long disciplineId, MaterialForm form, InputStream content, String fileName) {
		DisciplineRow discipline = discipline(disciplineId);
		ScopePath path = this.access.disciplinePath(discipline.organizationId(), discipline.subject());
		QashyqUser user = this.access.requireManage(path, ComplexService.groups(path), discipline.subject());
		MaterialKind kind;
		try {
			kind = MaterialKind.valueOf(ComplexService.strip(form.kind()));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidContentInput.of("content.error.kind");
		}
		Checked checked = check(form, kind);
		if (kind == MaterialKind.FILE && content == null) {
			checked.problems().add(InvalidContentInput.Problem.of("content.error.file"));
		}
		if (!checked.problems().isEmpty()) {
			throw new InvalidContentInput(checked.problems());
		}
		StoredFile file = (kind == MaterialKind.FILE)
				? this.storage.store(content, fileName, ACCEPTED, user.getUsername()) : null;
		long id = this.repository.insert(new MaterialRepository.NewMaterial(discipline.organizationId(), disciplineId,
				kind, checked.title(), checked.topic(), checked.form(), checked.language(), checked.licence(),
				(file != null) ? file.id() : null, (kind == MaterialKind.LINK) ? checked.url() : null,
				(kind == MaterialKind.TEXT) ? checked.body() : null, user.getUsername()));
		this.audit.record(AuditEvent.of("CREATE", "MATERIAL", id, path,
				kind + " " + checked.title() + ((file != null) ? " file " + file.id() : "")));
		return id;
	}

	/**
	 * Corrects a material's description (and a link's address or a page's text); its
	 * last-updated date becomes now (A1-24g).
	 */
	@Transactional
	public void update(long materialId, MaterialForm form) {
		MaterialRow material = find(materialId);
		ScopePath path = this.access.disciplinePath(material.organizationId(), material.subject());
		QashyqUser user = this.access.requireManage(path, ComplexService.groups(path), material.subject());
		Checked checked = check(form, material.kind());
		if (!checked.problems().isEmpty()) {
			throw new InvalidContentInput(checked.problems());
		}
		this.repository.update(materialId, checked.title(), checked.topic(), checked.form(), checked.language(),
				checked.licence(), checked.url(), checked.body(), user.getUsername());
		this.audit.record(AuditEvent.of("UPDATE", "MATERIAL", materialId, path, checked.title()));
	}

	private record Checked(List<InvalidContentInput.Problem> problems, String title, String topic, LearningForm form,
			String language, String licence, String url, String body) {
	}

	private Checked check(MaterialForm form, MaterialKind kind) {
		List<InvalidContentInput.Problem> problems = new ArrayList<>();
		String title = ComplexService.strip(form.title());
		if (title.isEmpty() || title.length() > MAX_TEXT) {
			problems.add(InvalidContentInput.Problem.of("content.error.title", MAX_TEXT));
		}
		String topic = ComplexService.strip(form.topic());
		if (topic.length() > MAX_TEXT) {
			problems.add(InvalidContentInput.Problem.of("content.error.topic", MAX_TEXT));
		}
		LearningForm learningForm = null;
		if (form.form() != null && !form.form().isBlank()) {
			learningForm = parseForm(form.form());
			if (learningForm == null) {
				problems.add(InvalidContentInput.Problem.of("content.error.form"));
			}
		}
		String language = ComplexService.strip(form.language());
		if (!LANGUAGES.contains(language)) {
			problems.add(InvalidContentInput.Problem.of("content.error.language"));
		}
		String licence = ComplexService.strip(form.licence());
		if (licence.length() > MAX_TEXT) {
			problems.add(InvalidContentInput.Problem.of("content.error.licence", MAX_TEXT));
		}
		String url = ComplexService.strip(form.url());
		if (kind == MaterialKind.LINK && !validUrl(url)) {
			problems.add(InvalidContentInput.Problem.of("content.error.url"));
		}
		String body = (form.body() != null) ? form.body().strip() : "";
		if (kind == MaterialKind.TEXT && (body.isEmpty() || body.length() > MAX_BODY)) {
			problems.add(InvalidContentInput.Problem.of("content.error.body", MAX_BODY));
		}
		return new Checked(problems, title, topic.isEmpty() ? null : topic, learningForm, language,
				licence.isEmpty() ? null : licence, url, body);
	}

	/**
	 * Only http and https addresses (never javascript: or data:).
	 */
	static boolean validUrl(String url) {
		if (url == null || url.length() > 1000 || !url.matches("(?i)https?://[^\\s<>\"]+")) {
			return false;
		}
		try {
			java.net.URI uri = new java.net.URI(url);
			return uri.getHost() != null && !uri.getHost().isBlank();
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	public record MaterialPage(MaterialRow material, LocalizedName organizationName, boolean canManage) {
	}

	@Transactional(readOnly = true)
	public MaterialPage material(long materialId) {
		MaterialRow material = find(materialId);
		ScopePath path = this.access.disciplinePath(material.organizationId(), material.subject());
		QashyqUser user = this.access.requireView(path, true);
		return new MaterialPage(material, name(material.organizationId()),
				this.access.canManage(user, path, ComplexService.groups(path), material.subject()));
	}

	public record Download(String name, String mediaType, long size, InputStream content) {
	}

	/**
	 * Opens a material's file for whoever may read the material; the caller closes the
	 * stream.
	 * @throws NotFoundException when the material is not a file
	 */
	@Transactional(readOnly = true)
	public Download download(long materialId) {
		MaterialRow material = find(materialId);
		this.access.requireView(this.access.disciplinePath(material.organizationId(), material.subject()), true);
		if (material.fileId() == null) {
			throw new NotFoundException("file of material " + materialId);
		}
		StoredFile file = this.storage.find(material.fileId()).orElseThrow(() -> new NotFoundException("file"));
		return new Download(file.originalName(), file.mediaType(), file.size(), this.storage.open(file.id()));
	}

	MaterialRow find(long materialId) {
		return this.repository.find(materialId).orElseThrow(() -> new NotFoundException("material " + materialId));
	}

	private DisciplineRow discipline(long disciplineId) {
		return this.complexes.discipline(disciplineId)
			.orElseThrow(() -> new NotFoundException("discipline " + disciplineId));
	}

	private LocalizedName name(long organizationId) {
		return this.access.organizationName(organizationId);
	}

	static LearningForm parseForm(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LearningForm.valueOf(value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
