package kz.qashyq.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.qashyq.access.internal.ObserverRepository.ObserverLogin;
import kz.qashyq.access.internal.ObserverRepository.ObserverRequest;
import kz.qashyq.directory.Directory;
import kz.qashyq.directory.OrganizationInfo;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.platform.security.ScopeType;
import kz.qashyq.platform.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Observer logins (O-2.9a, O-2.9b) and the requests for them (O-5.4). The head of a TVET,
 * post-secondary, higher or postgraduate organization issues read-only logins to named
 * people of the QA Committee, its territorial departments or the Department of Higher and
 * Postgraduate Education, with an issuing act and an expiry date, and revokes them. A
 * regional department or the Ministry (for the QA Committee) files a request to a named
 * organization of its scope; the head issues a login for it or refuses it with a reason.
 */
@Service
@Transactional
public class ObserverService {

	/** The organization kinds that issue observer logins (O-2.9a). */
	public static final Set<String> ELIGIBLE_KINDS = Set.of("TVET", "POST_SECONDARY", "HIGHER", "POSTGRADUATE");

	/** The bodies an observer login is issued to. */
	public static final List<String> BODIES = List.of("QA_COMMITTEE", "QA_TERRITORIAL", "HIGHER_EDUCATION_DEPARTMENT");

	/** The longest an observer login may be valid. */
	public static final Period MAX_VALIDITY = Period.ofYears(1);

	/** The roles that file observer-access requests (acting for the QA bodies). */
	static final Set<Role> REQUESTER_ROLES = EnumSet.of(Role.REGION_DEPARTMENT, Role.MINISTRY_ADMIN);

	static final String OBSERVER_ISSUED = "OBSERVER_ISSUED";

	static final String OBSERVER_REVOKED = "OBSERVER_REVOKED";

	static final String OBSERVER_REQUESTED = "OBSERVER_REQUESTED";

	static final String OBSERVER_REQUEST_REFUSED = "OBSERVER_REQUEST_REFUSED";

	private static final int MAX_NAME = 200;

	private static final int MAX_ACT = 300;

	private static final int MAX_REASON = 1000;

	private final ObserverRepository observers;

	private final AccountRepository accounts;

	private final Directory directory;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final SessionTerminator sessions;

	private final Clock clock;

	private final Duration overdueAfter;

	ObserverService(ObserverRepository observers, AccountRepository accounts, Directory directory,
			PasswordEncoder encoder, AuditTrail audit, SessionTerminator sessions, Clock clock,
			@Value("${qashyq.observers.request-overdue-days:3}") int overdueDays) {
		this.observers = observers;
		this.accounts = accounts;
		this.directory = directory;
		this.encoder = encoder;
		this.audit = audit;
		this.sessions = sessions;
		this.clock = clock;
		this.overdueAfter = Duration.ofDays(overdueDays);
	}

	// ---- the head's page

	/**
	 * The observers page of an organization the signed-in user manages observers of.
	 * @param organizationId the organization, or null for the first one the user manages
	 * @throws AccessDeniedException when the user does not manage observers of it
	 */
	@Transactional(readOnly = true)
	public ObserversPage page(Long organizationId) {
		QashyqUser user = CurrentUser.get();
		List<Long> managed = managedOrganizations(user);
		if (managed.isEmpty()) {
			throw new AccessDeniedException("No organization to manage observers of");
		}
		long id = (organizationId != null) ? organizationId : managed.get(0);
		OrganizationInfo organization = requireManaged(id).organization();
		List<OrganizationInfo> choices = (managed.size() > 1)
				? managed.stream().map(this.directory::organization).flatMap(Optional::stream).toList() : List.of();
		boolean eligible = ELIGIBLE_KINDS.contains(organization.kind());
		LocalDate today = today(organization);
		List<LoginView> logins = eligible
				? this.observers.logins(id).stream().map((login) -> new LoginView(login, status(login, today))).toList()
				: List.of();
		List<RequestView> requests = this.observers.requestsOf(id, 10)
			.stream()
			.map((request) -> view(request, organization))
			.toList();
		return new ObserversPage(organization, choices, eligible, today.plusDays(1), today.plus(MAX_VALIDITY), logins,
				requests);
	}

	/**
	 * An open request of the organization, to fill the issue form from; empty when there
	 * is none or it is closed.
	 */
	@Transactional(readOnly = true)
	public Optional<ObserverRequest> openRequest(long organizationId, long requestId) {
		requireManaged(organizationId);
		return this.observers.request(requestId)
			.filter((request) -> request.organizationId() == organizationId && "REQUESTED".equals(request.status()));
	}

	/**
	 * Issues an observer login: an account with a generated login and password, a
	 * QA_OBSERVER grant on the organization valid until the end of the expiry date in the
	 * organization's time zone, and closes the request it answers.
	 * @return the login and the password, shown once
	 * @throws AccessDeniedException when the user may not issue observers for the
	 * organization, or its kind issues none
	 * @throws InvalidInput when the form is incomplete or wrong; nothing is created
	 */
	public Issued issue(long organizationId, IssueForm form) {
		QashyqUser user = CurrentUser.requireWriter();
		Managed managed = requireManaged(organizationId);
		OrganizationInfo organization = managed.organization();
		if (!ELIGIBLE_KINDS.contains(organization.kind())) {
			throw new AccessDeniedException("Organizations of kind " + organization.kind() + " issue no observers");
		}
		LocalDate today = today(organization);
		List<String> problems = new ArrayList<>();
		String name = strip(form.name());
		if (name.isEmpty() || name.length() > MAX_NAME) {
			problems.add("observers.error.name");
		}
		if (form.body() == null || !BODIES.contains(form.body())) {
			problems.add("observers.error.body");
		}
		String act = strip(form.act());
		if (act.isEmpty() || act.length() > MAX_ACT) {
			problems.add("observers.error.act");
		}
		LocalDate expiresOn = parseDate(form.expiresOn());
		if (expiresOn == null) {
			problems.add("observers.error.expiry");
		}
		else if (!expiresOn.isAfter(today)) {
			problems.add("observers.error.expiryPast");
		}
		else if (expiresOn.isAfter(today.plus(MAX_VALIDITY))) {
			problems.add("observers.error.expiryTooFar");
		}
		ObserverRequest request = null;
		if (form.requestId() != null) {
			request = this.observers.lockOpenRequest(form.requestId())
				.filter((open) -> open.organizationId() == organizationId)
				.orElse(null);
			if (request == null) {
				problems.add("observers.error.request");
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		int number = this.observers.nextLoginNumber(organizationId);
		String username = "obs-" + organizationId + "-" + number;
		while (this.accounts.usernameTaken(username)) {
			username = "obs-" + organizationId + "-" + (++number);
		}
		String password = Secrets.password();
		long accountId = this.accounts.create(username, null, name, this.encoder.encode(password), false);
		this.accounts.grant(accountId, new Grant(Role.QA_OBSERVER, ScopeRef.organization(organizationId)),
				user.getUsername(), act);
		this.accounts.setExpiresAt(accountId, expiresOn.plusDays(1).atStartOfDay(organization.timeZone()).toInstant());
		long loginId = this.observers.createLogin(accountId, organizationId, name, form.body(), act, today, expiresOn,
				user.getUsername());
		if (request != null) {
			this.observers.issueRequest(request.id(), loginId, user.getUsername());
		}
		this.audit.record(AuditEvent.of(OBSERVER_ISSUED, "OBSERVER_LOGIN", loginId, managed.path(),
				"login=" + username + "; to=" + name + "; body=" + form.body() + "; act=" + act + "; expires="
						+ expiresOn + ((request != null) ? "; request=" + request.id() : "")));
		return new Issued(username, password, name, expiresOn, organizationId);
	}

	/**
	 * Revokes an observer login: the account is disabled at once and its sessions end.
	 * Revoking a revoked login changes nothing.
	 * @return the organization that issued the login
	 */
	public long revoke(long loginId) {
		QashyqUser user = CurrentUser.requireWriter();
		ObserverLogin login = this.observers.login(loginId)
			.orElseThrow(() -> new NotFoundException("observer login " + loginId));
		Managed managed = requireManaged(login.organizationId());
		if (login.revokedAt() != null) {
			return login.organizationId();
		}
		this.observers.revokeLogin(loginId, user.getUsername());
		this.accounts.disable(login.accountId());
		this.accounts.revokeGrants(login.accountId(), Role.QA_OBSERVER);
		this.audit.record(AuditEvent.of(OBSERVER_REVOKED, "OBSERVER_LOGIN", loginId, managed.path(),
				"login=" + login.username() + "; to=" + login.issuedToName()));
		AfterCommit.run(() -> this.sessions.endSessions(login.username(), null));
		return login.organizationId();
	}

	/**
	 * Refuses an open request with a reason.
	 * @return the organization the request went to
	 * @throws InvalidInput without a reason, or when the request is no longer open
	 */
	public long refuse(long requestId, String reason) {
		QashyqUser user = CurrentUser.requireWriter();
		ObserverRequest request = this.observers.request(requestId)
			.orElseThrow(() -> new NotFoundException("observer request " + requestId));
		Managed managed = requireManaged(request.organizationId());
		String text = strip(reason);
		if (text.isEmpty() || text.length() > MAX_REASON) {
			throw new InvalidInput("observers.error.refusalReason");
		}
		if (this.observers.lockOpenRequest(requestId).isEmpty()) {
			throw new InvalidInput("observers.error.request");
		}
		this.observers.refuseRequest(requestId, text, user.getUsername());
		this.audit.record(AuditEvent.of(OBSERVER_REQUEST_REFUSED, "OBSERVER_REQUEST", requestId, managed.path(),
				"reason=" + text));
		return request.organizationId();
	}

	// ---- the requester's page

	/**
	 * Whether the user may file observer-access requests (a regional department or the
	 * Ministry).
	 */
	public static boolean isRequester(QashyqUser user) {
		return user.grants().stream().anyMatch((grant) -> REQUESTER_ROLES.contains(grant.role()));
	}

	/**
	 * The requests within the user's scope, and the organizations a request can go to
	 * (those whose name contains the query, at most 50).
	 */
	@Transactional(readOnly = true)
	public RequestsPage requestsPage(String query) {
		QashyqUser user = CurrentUser.get();
		List<ScopeRef> scopes = requesterScopes(user);
		if (scopes.isEmpty()) {
			throw new AccessDeniedException("Not a requester of observer logins");
		}
		List<OrganizationInfo> organizations = scopes.stream()
			.flatMap((scope) -> this.directory.organizations(scope, ELIGIBLE_KINDS, query, 50).stream())
			.distinct()
			.limit(50)
			.toList();
		boolean republic = scopes.contains(ScopeRef.REPUBLIC);
		List<RequestView> requests = this.observers
			.requestsWithin(republic, idsOf(scopes, ScopeType.REGION), idsOf(scopes, ScopeType.DISTRICT),
					idsOf(scopes, ScopeType.ORGANIZATION), 100)
			.stream()
			.map((request) -> view(request, this.directory.organization(request.organizationId()).orElse(null)))
			.toList();
		return new RequestsPage(organizations, requests);
	}

	/**
	 * Files an observer-access request to an organization of the user's scope.
	 * @throws AccessDeniedException when the organization is outside the user's scope
	 * @throws InvalidInput when the form is incomplete or the organization issues no
	 * observers
	 */
	public long fileRequest(RequestForm form) {
		QashyqUser user = CurrentUser.requireWriter();
		if (requesterScopes(user).isEmpty()) {
			throw new AccessDeniedException("Not a requester of observer logins");
		}
		if (form.organizationId() == null) {
			throw new InvalidInput("requests.error.organization");
		}
		ScopePath path = this.directory.organizationPath(form.organizationId())
			.orElseThrow(() -> new InvalidInput("requests.error.organization"));
		boolean covered = user.grants()
			.stream()
			.anyMatch((grant) -> REQUESTER_ROLES.contains(grant.role()) && path.contains(grant.scope()));
		if (!covered) {
			throw new AccessDeniedException("Organization outside the requester's scope");
		}
		OrganizationInfo organization = this.directory.organization(form.organizationId()).orElseThrow();
		List<String> problems = new ArrayList<>();
		if (!ELIGIBLE_KINDS.contains(organization.kind())) {
			problems.add("requests.error.notEligible");
		}
		if (form.body() == null || !BODIES.contains(form.body())) {
			problems.add("observers.error.body");
		}
		String name = strip(form.observerName());
		if (name.isEmpty() || name.length() > MAX_NAME) {
			problems.add("observers.error.name");
		}
		String reason = strip(form.reason());
		if (reason.isEmpty() || reason.length() > MAX_REASON) {
			problems.add("requests.error.reason");
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		long id = this.observers.createRequest(organization.id(), path.districtId(), path.regionId(), form.body(), name,
				reason, user.accountId(), user.getUsername());
		this.audit.record(AuditEvent.of(OBSERVER_REQUESTED, "OBSERVER_REQUEST", id, path,
				"to=" + name + "; body=" + form.body() + "; reason=" + reason));
		return id;
	}

	// ----

	private static List<Long> managedOrganizations(QashyqUser user) {
		return user.scopesWith(Permission.MANAGE_OBSERVERS)
			.stream()
			.filter((scope) -> scope.type() == ScopeType.ORGANIZATION)
			.map(ScopeRef::id)
			.toList();
	}

	private Managed requireManaged(long organizationId) {
		ScopePath path = this.directory.organizationPath(organizationId)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
		CurrentUser.require(Permission.MANAGE_OBSERVERS, path);
		return new Managed(this.directory.organization(organizationId).orElseThrow(), path);
	}

	private static List<ScopeRef> requesterScopes(QashyqUser user) {
		return user.grants()
			.stream()
			.filter((grant) -> REQUESTER_ROLES.contains(grant.role()))
			.map(Grant::scope)
			.filter((scope) -> scope.type().compareTo(ScopeType.ORGANIZATION) <= 0)
			.distinct()
			.toList();
	}

	private static List<Long> idsOf(List<ScopeRef> scopes, ScopeType type) {
		return scopes.stream().filter((scope) -> scope.type() == type).map(ScopeRef::id).toList();
	}

	private RequestView view(ObserverRequest request, OrganizationInfo organization) {
		boolean overdue = "REQUESTED".equals(request.status())
				&& request.requestedAt().toInstant().plus(this.overdueAfter).isBefore(this.clock.instant());
		return new RequestView(request, organization, overdue);
	}

	private LocalDate today(OrganizationInfo organization) {
		return LocalDate.now(this.clock.withZone(organization.timeZone()));
	}

	static String status(ObserverLogin login, LocalDate today) {
		if (login.revokedAt() != null) {
			return "REVOKED";
		}
		return login.expiresOn().isBefore(today) ? "EXPIRED" : "ACTIVE";
	}

	private static String strip(String value) {
		return (value != null) ? value.strip() : "";
	}

	private static LocalDate parseDate(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private record Managed(OrganizationInfo organization, ScopePath path) {
	}

	/**
	 * The issue form.
	 *
	 * @param name the person the login is issued to
	 * @param body one of {@link #BODIES}
	 * @param act the issuing act (number and date)
	 * @param expiresOn the last day of validity, ISO date
	 * @param requestId the request this answers, or null
	 */
	public record IssueForm(String name, String body, String act, String expiresOn, Long requestId) {
	}

	/**
	 * A request form.
	 */
	public record RequestForm(Long organizationId, String body, String observerName, String reason) {
	}

	/**
	 * A login just issued: the only time its password is shown.
	 */
	public record Issued(String username, String password, String name, LocalDate expiresOn, long organizationId) {
	}

	/**
	 * An observer login with its status: ACTIVE, EXPIRED or REVOKED.
	 */
	public record LoginView(ObserverLogin login, String status) {
	}

	/**
	 * A request with its organization and whether it is open for too long.
	 */
	public record RequestView(ObserverRequest request, OrganizationInfo organization, boolean overdue) {
	}

	/**
	 * What the observers page shows.
	 *
	 * @param organization the organization
	 * @param choices the organizations the user manages, when more than one
	 * @param eligible whether the organization's kind issues observer logins
	 * @param earliestExpiry the earliest expiry date allowed
	 * @param latestExpiry the latest expiry date allowed
	 * @param logins its observer logins, newest first
	 * @param requests its open requests, oldest first, then the latest decided ones
	 */
	public record ObserversPage(OrganizationInfo organization, List<OrganizationInfo> choices, boolean eligible,
			LocalDate earliestExpiry, LocalDate latestExpiry, List<LoginView> logins, List<RequestView> requests) {
	}

	/**
	 * What the requests page shows.
	 */
	public record RequestsPage(List<OrganizationInfo> organizations, List<RequestView> requests) {
	}

}
