package kz.qashyq.schedule.internal.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.qashyq.directory.Directory;
import kz.qashyq.directory.OrganizationInfo;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.i18n.LocalizedName;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.platform.security.ScopeType;
import kz.qashyq.platform.web.NotFoundException;
import kz.qashyq.schedule.EventKind;
import kz.qashyq.schedule.EventTemplate;
import kz.qashyq.schedule.Events;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events pages' service: every call checks the user's role and scope first.
 * <ul>
 * <li>Templates are applied by holders of {@code MANAGE_EVENTS} to a region, district or
 * organization within their scope (O-1.11a, O-1.12a, O-1.13a).</li>
 * <li>An organization's events are listed to holders of {@code VIEW_TIMETABLE} over
 * it.</li>
 * <li>An event is shown to those who may view its class or organization, and to its
 * invitees; learners' and parents' names only to those who may see the class's learners
 * (minors' data).</li>
 * <li>Webinars (A1-29a) and meetings (O-1.24, teleconference unless a reason is given)
 * are created by holders of {@code MANAGE_EVENTS} over the organization.</li>
 * </ul>
 */
@Service
public class EventService {

	private static final int MAX_TEXT = 300;

	private final EventRepository repository;

	private final Events events;

	private final Directory directory;

	private final AuditTrail audit;

	private final MeetingLinks links;

	EventService(EventRepository repository, Events events, Directory directory, AuditTrail audit, MeetingLinks links) {
		this.repository = repository;
		this.events = events;
		this.directory = directory;
		this.audit = audit;
		this.links = links;
	}

	// ---- templates

	public record Unit(String key, LocalizedName name, ScopeType type) {
	}

	public record TemplatesPage(List<EventTemplate> templates, List<Unit> units) {
	}

	/**
	 * The order's templates and the units the user may apply them to.
	 * @throws AccessDeniedException unless the user holds {@code MANAGE_EVENTS} somewhere
	 */
	@Transactional(readOnly = true)
	public TemplatesPage templatesPage() {
		QashyqUser user = requireEventManager();
		List<Unit> units = new ArrayList<>();
		for (ScopeRef scope : user.scopesWith(Permission.MANAGE_EVENTS)) {
			for (EventRepository.Unit unit : this.repository.units(scope)) {
				units.add(new Unit(key(unit.ref()), unit.name(), unit.ref().type()));
			}
		}
		return new TemplatesPage(this.events.templates(), units);
	}

	/**
	 * Applies a template to every school class within a unit the user manages events of.
	 * @param templateCode the template's code
	 * @param unitKey the unit, as {@code REGION:9}, {@code DISTRICT:3} or
	 * {@code ORGANIZATION:12}
	 * @return how many events were created (0 when applied before)
	 * @throws InvalidEventInput for an unknown template or unit
	 * @throws AccessDeniedException when the unit is outside the user's scope
	 */
	@Transactional
	public int apply(String templateCode, String unitKey) {
		requireEventManager();
		CurrentUser.requireWriter();
		List<String> problems = new ArrayList<>();
		boolean known = templateCode != null
				&& this.events.templates().stream().anyMatch((t) -> t.code().equals(templateCode));
		if (!known) {
			problems.add("events.error.template");
		}
		ScopeRef unit = parseUnit(unitKey);
		Optional<ScopePath> path = (unit != null) ? this.directory.pathOf(unit) : Optional.empty();
		if (path.isEmpty()) {
			problems.add("events.error.unit");
		}
		if (!problems.isEmpty()) {
			throw new InvalidEventInput(problems);
		}
		QashyqUser user = CurrentUser.require(Permission.MANAGE_EVENTS, path.get());
		int created = this.events.applyTemplate(templateCode, unit, user.getUsername());
		this.audit.record(AuditEvent.of("APPLY_EVENT_TEMPLATE", "EVENT_TEMPLATE", templateCode, path.get(),
				"%s: %d events created".formatted(unit, created)));
		return created;
	}

	private static QashyqUser requireEventManager() {
		QashyqUser user = CurrentUser.get();
		if (user.scopesWith(Permission.MANAGE_EVENTS).isEmpty()) {
			throw new AccessDeniedException("No MANAGE_EVENTS");
		}
		return user;
	}

	static String key(ScopeRef ref) {
		return ref.type().name() + ":" + ref.id();
	}

	private static ScopeRef parseUnit(String key) {
		if (key == null) {
			return null;
		}
		String[] parts = key.split(":", 2);
		if (parts.length != 2) {
			return null;
		}
		try {
			long id = Long.parseLong(parts[1]);
			return switch (parts[0]) {
				case "REGION" -> ScopeRef.region(id);
				case "DISTRICT" -> ScopeRef.district(id);
				case "ORGANIZATION" -> ScopeRef.organization(id);
				default -> null;
			};
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	// ---- an organization's events

	public record EventLine(long id, EventKind kind, LocalizedName title, String groupName, LocalDate date,
			LocalTime start, LocalTime end, String mode) {
	}

	public record OrganizationEvents(long organizationId, LocalizedName organizationName, ZoneId zone, YearMonth month,
			List<YearMonth> months, List<EventLine> events, boolean canManage) {
	}

	/**
	 * @param month the month to list, or null for the current one (in the organization's
	 * zone)
	 */
	@Transactional(readOnly = true)
	public OrganizationEvents organization(long organizationId, YearMonth month, Instant now) {
		OrganizationInfo organization = this.directory.organization(organizationId)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
		ScopePath path = this.directory.organizationPath(organizationId).orElseThrow();
		QashyqUser user = CurrentUser.require(Permission.VIEW_TIMETABLE, path);
		ZoneId zone = organization.timeZone();
		YearMonth shown = (month != null) ? month : YearMonth.from(now.atZone(zone));
		Instant from = shown.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = shown.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		Map<Long, String> groups = new LinkedHashMap<>();
		List<EventLine> lines = new ArrayList<>();
		for (EventRepository.EventRow row : this.repository.ofOrganization(organizationId, from, to)) {
			String group = (row.groupId() != null) ? groups.computeIfAbsent(row.groupId(), this.repository::groupName)
					: null;
			ZonedDateTime start = row.startsAt().atZone(zone);
			lines.add(new EventLine(row.id(), row.kind(), row.title(), group, start.toLocalDate(), start.toLocalTime(),
					row.endsAt().atZone(zone).toLocalTime(), row.mode()));
		}
		List<YearMonth> months = this.repository.monthsWithEvents(organizationId, zone)
			.stream()
			.map(YearMonth::from)
			.toList();
		return new OrganizationEvents(organizationId, organization.name(), zone, shown, months, lines,
				user.can(Permission.MANAGE_EVENTS, path) && !user.isReadOnly());
	}

	// ---- one event

	public record InviteeLine(String role, String name, boolean registered) {
	}

	public record EventView(long id, long organizationId, LocalizedName organizationName, EventKind kind,
			LocalizedName title, LocalizedName topics, String groupName, ZoneId zone, ZonedDateTime start,
			ZonedDateTime end, String meetingUrl, String platform, String mode, String inPersonReason,
			List<InviteeLine> invitees, Map<String, Integer> hiddenCounts, boolean canRegister, boolean registered) {

		/**
		 * The topics in the current request's language, one per line.
		 */
		public List<String> topicLines() {
			return (this.topics != null) ? List.of(this.topics.current().split("\n")) : List.of();
		}

	}

	@Transactional(readOnly = true)
	public EventView event(long eventId) {
		EventRepository.EventRow row = this.repository.event(eventId)
			.orElseThrow(() -> new NotFoundException("event " + eventId));
		ScopePath path = ((row.groupId() != null) ? this.directory.groupPath(row.groupId())
				: this.directory.organizationPath(row.organizationId()))
			.orElseThrow();
		QashyqUser user = CurrentUser.get();
		Optional<String> ownRole = (user.personId() != null) ? this.repository.inviteeRole(eventId, user.personId())
				: Optional.empty();
		if (!user.can(Permission.VIEW_TIMETABLE, path) && ownRole.isEmpty()) {
			throw new AccessDeniedException("Event " + eventId + " is outside the user's scope");
		}
		OrganizationInfo organization = this.directory.organization(row.organizationId()).orElseThrow();
		ZoneId zone = organization.timeZone();
		List<InviteeLine> invitees = new ArrayList<>();
		Map<String, Integer> hidden = new LinkedHashMap<>();
		boolean registered = false;
		for (EventRepository.InviteeRow invitee : this.repository.invitees(eventId)) {
			if (user.personId() != null && invitee.personId() == user.personId()) {
				registered = invitee.registeredAt() != null;
			}
			boolean minorData = invitee.role().equals("LEARNER") || invitee.role().equals("PARENT");
			if (minorData && !mayNameFamilies(user, row, invitee)) {
				hidden.merge(invitee.role(), 1, Integer::sum);
				continue;
			}
			invitees.add(new InviteeLine(invitee.role(), invitee.lastName() + " " + invitee.firstName(),
					invitee.registeredAt() != null));
		}
		String group = (row.groupId() != null) ? this.repository.groupName(row.groupId()) : null;
		boolean canRegister = row.kind() == EventKind.WEBINAR && ownRole.filter("TEACHER"::equals).isPresent();
		return new EventView(row.id(), row.organizationId(), organization.name(), row.kind(), row.title(), row.topics(),
				group, zone, row.startsAt().atZone(zone), row.endsAt().atZone(zone), row.meetingUrl(), row.platform(),
				row.mode(), row.inPersonReason(), invitees, hidden, canRegister, registered);
	}

	/**
	 * Learners and parents are named only to those who may see the learners of the class
	 * (or, for an organization's event, of the learner's own class).
	 */
	private boolean mayNameFamilies(QashyqUser user, EventRepository.EventRow event,
			EventRepository.InviteeRow invitee) {
		Long groupId = (event.groupId() != null) ? event.groupId() : invitee.learnerGroupId();
		if (groupId == null) {
			return this.directory.organizationPath(event.organizationId())
				.map((path) -> user.can(Permission.VIEW_LEARNERS, path))
				.orElse(false);
		}
		return this.directory.groupPath(groupId).map((path) -> user.can(Permission.VIEW_LEARNERS, path)).orElse(false);
	}

	// ---- webinars and meetings

	/**
	 * Creates a webinar for the organization's teachers (A1-29a) or a meeting of its
	 * staff (O-1.24: a teleconference unless a reason for meeting in person is given).
	 * @return the new event's id
	 * @throws InvalidEventInput when a field is missing or wrong (nothing is written)
	 */
	@Transactional
	public long create(long organizationId, EventForm form) {
		OrganizationInfo organization = this.directory.organization(organizationId)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
		ScopePath path = this.directory.organizationPath(organizationId).orElseThrow();
		QashyqUser user = CurrentUser.require(Permission.MANAGE_EVENTS, path);
		CurrentUser.requireWriter();
		List<String> problems = new ArrayList<>();
		EventKind kind = switch (blankToEmpty(form.kind())) {
			case "WEBINAR" -> EventKind.WEBINAR;
			case "MEETING" -> EventKind.MEETING;
			default -> null;
		};
		if (kind == null) {
			problems.add("events.error.kind");
		}
		String title = blankToEmpty(form.title()).strip();
		if (title.isEmpty() || title.length() > MAX_TEXT) {
			problems.add("events.error.title");
		}
		LocalDate date = null;
		try {
			date = LocalDate.parse(blankToEmpty(form.date()).strip());
		}
		catch (DateTimeParseException ex) {
			problems.add("events.error.date");
		}
		LocalTime time = null;
		try {
			time = LocalTime.parse(blankToEmpty(form.time()).strip());
		}
		catch (DateTimeParseException ex) {
			problems.add("events.error.time");
		}
		int minutes = 0;
		try {
			minutes = Integer.parseInt(blankToEmpty(form.minutes()).strip());
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		if (minutes < 1 || minutes > 600) {
			problems.add("events.error.minutes");
		}
		String platform = blankToEmpty(form.platform()).strip();
		if (kind == EventKind.WEBINAR && (platform.isEmpty() || platform.length() > MAX_TEXT)) {
			problems.add("events.error.platform");
		}
		String link = blankToEmpty(form.link()).strip();
		if (!link.isEmpty() && (!link.matches("https?://\\S+") || link.length() > 500)) {
			problems.add("events.error.link");
		}
		boolean inPerson = kind == EventKind.MEETING && Boolean.TRUE.equals(form.inPerson());
		String reason = blankToEmpty(form.reason()).strip();
		if (inPerson && (reason.isEmpty() || reason.length() > MAX_TEXT)) {
			problems.add("events.error.reason");
		}
		if (!problems.isEmpty()) {
			throw new InvalidEventInput(problems);
		}
		Instant startsAt = ZonedDateTime.of(date, time, organization.timeZone()).toInstant();
		String meetingUrl = inPerson ? (link.isEmpty() ? null : link) : (link.isEmpty() ? this.links.newLink() : link);
		LocalizedName name = new LocalizedName(title, title, title);
		long id = this.repository
			.insert(new EventRepository.NewEvent(organizationId, null, kind, null, name, null, startsAt, minutes,
					meetingUrl, (kind == EventKind.WEBINAR) ? platform : null, inPerson ? "IN_PERSON" : "ONLINE",
					inPerson ? reason : null, user.getUsername()))
			.orElseThrow();
		this.repository.inviteStaff(id, organizationId, date, kind == EventKind.WEBINAR);
		this.audit.record(AuditEvent.of("CREATE", "EVENT", id, path, kind + " " + title + " at " + startsAt));
		return id;
	}

	/**
	 * A1-29a: the signed-in teacher registers for a webinar they are invited to.
	 * @throws NotFoundException when there is no such webinar invitation of the user
	 */
	@Transactional
	public void register(long eventId) {
		QashyqUser user = CurrentUser.get();
		// read-only users are never invited: for them too there is no such invitation
		if (user.personId() == null || user.isReadOnly() || !this.repository.register(eventId, user.personId())) {
			throw new NotFoundException("webinar invitation " + eventId);
		}
	}

	private static String blankToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
