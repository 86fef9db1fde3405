package kz.qashyq;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import kz.qashyq.access.AccountManagement;
import kz.qashyq.directory.Directory;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopePath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Enumerates every endpoint of the application and checks it against every demo account,
 * with a scope the account holds and a scope it does not. An endpoint missing from
 * {@link #POLICIES} fails the test, so a new endpoint is covered without anyone
 * remembering to.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EndpointAuthorizationTests {

	/** The demo accounts, one per role of the issue. */
	static final List<String> ACCOUNTS = List.of("ministry", "observer", "region", "head", "deputy", "teacher",
			"curator", "student", "parent", "college-head");

	/**
	 * What each endpoint requires: a permission over the object its path variable names
	 * (own scope allowed, foreign refused), a permission anywhere, any signed-in user, or
	 * nothing (public).
	 */
	static final Map<String, Policy> POLICIES = new LinkedHashMap<>();

	static {
		POLICIES.put("GET /", Policy.signedIn());
		POLICIES.put("GET /login", Policy.open());
		POLICIES.put("GET /error", Policy.open());
		POLICIES.put("GET /directory/regions/{regionId}", Policy.scoped(Permission.VIEW_TREE, Scope.REGION));
		POLICIES.put("GET /directory/districts/{districtId}", Policy.scoped(Permission.VIEW_TREE, Scope.DISTRICT));
		POLICIES.put("GET /directory/organizations/{organizationId}",
				Policy.scoped(Permission.VIEW_GROUPS, Scope.ORGANIZATION));
		POLICIES.put("GET /directory/groups/{groupId}", Policy.scoped(Permission.VIEW_LEARNERS, Scope.GROUP));
		POLICIES.put("GET /directory/learners/{learnerId}",
				Policy.scopedAny(Scope.LEARNER, Permission.VIEW_PERSONAL_DATA, Permission.VIEW_OWN));
		POLICIES.put("POST /directory/learners/{learnerId}/social-flags",
				Policy.scoped(Permission.EDIT_SOCIAL_DATA, Scope.LEARNER));
		POLICIES.put("POST /directory/learners/{learnerId}/social-flags/{flagId}/clear",
				Policy.scoped(Permission.EDIT_SOCIAL_DATA, Scope.LEARNER));
		POLICIES.put("POST /directory/learners/{learnerId}/postal-address",
				Policy.scoped(Permission.MANAGE_ROSTER, Scope.LEARNER));
		POLICIES.put("GET /api/v1/tree", Policy.signedIn());
		POLICIES.put("GET /api/v1/regions/{regionId}", Policy.scoped(Permission.VIEW_TREE, Scope.REGION));
		POLICIES.put("GET /api/v1/districts/{districtId}", Policy.scoped(Permission.VIEW_TREE, Scope.DISTRICT));
		POLICIES.put("GET /api/v1/organizations", Policy.signedIn());
		POLICIES.put("GET /api/v1/organizations/{organizationId}",
				Policy.scoped(Permission.VIEW_GROUPS, Scope.ORGANIZATION));
		POLICIES.put("GET /api/v1/groups", Policy.signedIn());
		POLICIES.put("GET /api/v1/groups/{groupId}", Policy.scoped(Permission.VIEW_LEARNERS, Scope.GROUP));
		POLICIES.put("GET /api/v1/learners/{learnerId}",
				Policy.scopedAny(Scope.LEARNER, Permission.VIEW_PERSONAL_DATA, Permission.VIEW_OWN));
		POLICIES.put("GET /api/v1/children", Policy.signedIn());
		POLICIES.put("GET /api/v1/me", Policy.signedIn());
		POLICIES.put("GET /account/password", Policy.signedIn());
		POLICIES.put("POST /account/password", Policy.signedIn());
		POLICIES.put("GET /setup", Policy.open());
		POLICIES.put("POST /setup", Policy.open());
		POLICIES.put("GET /access/audit", Policy.anywhere(Permission.VIEW_AUDIT));
		POLICIES.put("GET /access/observers",
				Policy.scoped(Permission.MANAGE_OBSERVERS, Scope.ORGANIZATION).inQuery("org"));
		POLICIES.put("POST /access/observers",
				Policy.scoped(Permission.MANAGE_OBSERVERS, Scope.ELIGIBLE_ORGANIZATION).inQuery("org"));
		POLICIES.put("POST /access/observers/{loginId}/revoke",
				Policy.scoped(Permission.MANAGE_OBSERVERS, Scope.OBSERVER_LOGIN));
		POLICIES.put("POST /access/observers/requests/{requestId}/refuse",
				Policy.scoped(Permission.MANAGE_OBSERVERS, Scope.OBSERVER_REQUEST));
		POLICIES.put("GET /directory/organizations/{organizationId}/roster",
				Policy.scoped(Permission.MANAGE_ROSTER, Scope.ORGANIZATION));
		POLICIES.put("POST /directory/organizations/{organizationId}/roster",
				Policy.scoped(Permission.MANAGE_ROSTER, Scope.ORGANIZATION).withQuery("kind=LEARNERS"));
		POLICIES.put("GET /directory/roster/template",
				Policy.anywhere(Permission.MANAGE_ROSTER).withQuery("kind=STAFF"));
		POLICIES.put("GET /directory/roster/jobs/{jobId}", Policy.scoped(Permission.MANAGE_ROSTER, Scope.ROSTER_JOB));
		POLICIES.put("GET /directory/roster/jobs/{jobId}/progress",
				Policy.scoped(Permission.MANAGE_ROSTER, Scope.ROSTER_JOB));
		POLICIES.put("GET /directory/roster/jobs/{jobId}/errors.csv",
				Policy.scoped(Permission.MANAGE_ROSTER, Scope.ROSTER_JOB));
		POLICIES.put("GET /directory/roster/jobs/{jobId}/errors.xlsx",
				Policy.scoped(Permission.MANAGE_ROSTER, Scope.ROSTER_JOB));
		POLICIES.put("GET /schedule/tv", Policy.signedIn());
		POLICIES.put("GET /schedule/tv/import", Policy.anywhere(Permission.MANAGE_TV_SCHEDULE));
		POLICIES.put("POST /schedule/tv/import", Policy.anywhere(Permission.MANAGE_TV_SCHEDULE));
		POLICIES.put("GET /schedule/tv/import/errors.csv", Policy.anywhere(Permission.MANAGE_TV_SCHEDULE));
		POLICIES.put("GET /schedule/tv/template", Policy.anywhere(Permission.MANAGE_TV_SCHEDULE));
		POLICIES.put("GET /schedule/events/templates", Policy.anywhere(Permission.MANAGE_EVENTS));
		POLICIES.put("POST /schedule/events/templates/{code}/apply", Policy.anywhere(Permission.MANAGE_EVENTS));
		POLICIES.put("GET /schedule/organizations/{organizationId}/events",
				Policy.scoped(Permission.VIEW_TIMETABLE, Scope.ORGANIZATION));
		POLICIES.put("POST /schedule/organizations/{organizationId}/events",
				Policy.scoped(Permission.MANAGE_EVENTS, Scope.ORGANIZATION));
		POLICIES.put("GET /schedule/events/{eventId}", Policy.scoped(Permission.VIEW_TIMETABLE, Scope.EVENT));
		POLICIES.put("GET /timetables", Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.ORGANIZATION).inQuery("org"));
		POLICIES.put("POST /timetables", Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.ORGANIZATION).inQuery("org"));
		POLICIES.put("POST /timetables/generate",
				Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.ORGANIZATION).inQuery("org"));
		POLICIES.put("GET /timetables/{id}", Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.TIMETABLE));
		POLICIES.put("POST /timetables/{id}/lessons", Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.TIMETABLE));
		POLICIES.put("POST /timetables/{id}/lessons/{lessonId}",
				Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.TIMETABLE));
		POLICIES.put("POST /timetables/{id}/lessons/{lessonId}/delete",
				Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.TIMETABLE));
		POLICIES.put("POST /timetables/{id}/approve", Policy.scoped(Permission.APPROVE_TIMETABLE, Scope.TIMETABLE));
		POLICIES.put("POST /timetables/{id}/delete", Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.TIMETABLE));
		POLICIES.put("POST /timetables/{id}/public-link", Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.TIMETABLE));
		POLICIES.put("POST /timetables/{id}/public-link/delete",
				Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.TIMETABLE));
		POLICIES.put("GET /timetables/jobs/{jobId}", Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.TIMETABLE_JOB));
		POLICIES.put("GET /timetables/jobs/{jobId}/progress",
				Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.TIMETABLE_JOB));
		POLICIES.put("POST /timetables/jobs/{jobId}/stop",
				Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.TIMETABLE_JOB));
		POLICIES.put("GET /timetables/classes/{groupId}", Policy.scoped(Permission.VIEW_TIMETABLE, Scope.GROUP));
		POLICIES.put("GET /public/timetables/{token}", Policy.open());
		POLICIES.put("GET /timetables/study-load",
				Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.ORGANIZATION).inQuery("org"));
		POLICIES.put("POST /timetables/study-load",
				Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.ORGANIZATION).inQuery("org"));
		POLICIES.put("POST /timetables/study-load/derive",
				Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.ORGANIZATION).inQuery("org"));
		POLICIES.put("POST /timetables/study-load/delete",
				Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.ORGANIZATION).inQuery("org"));
		POLICIES.put("POST /timetables/study-load/unavailability",
				Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.ORGANIZATION).inQuery("org"));
		POLICIES.put("POST /timetables/study-load/unavailability/delete",
				Policy.scoped(Permission.MANAGE_TIMETABLE, Scope.ORGANIZATION).inQuery("org"));
		// A1-29a: only a teacher invited to the webinar registers; any other writer gets
		// 404, read-only users 403
		POLICIES.put("POST /schedule/events/{eventId}/register", Policy
			.roles(java.util.Arrays.stream(Role.values()).filter((role) -> !role.isReadOnly()).toArray(Role[]::new)));
		POLICIES.put("GET /access/observer-requests", Policy.roles(Role.REGION_DEPARTMENT, Role.MINISTRY_ADMIN));
		POLICIES.put("POST /access/observer-requests", Policy.roles(Role.REGION_DEPARTMENT, Role.MINISTRY_ADMIN));
		POLICIES.put("GET /policy", Policy.anywhere(Permission.VIEW_TIMETABLE));
		POLICIES.put("GET /policy/versions/{versionId}", Policy.anywhere(Permission.VIEW_TIMETABLE));
		POLICIES.put("POST /policy/versions/{versionId}/successor", Policy.anywhere(Permission.MANAGE_POLICY));
		POLICIES.put("POST /policy/versions/{versionId}/periods", Policy.anywhere(Permission.MANAGE_POLICY));
		POLICIES.put("GET /policy/organizations/{organizationId}", Policy.scopedAny(Scope.ORGANIZATION,
				Permission.VIEW_TIMETABLE, Permission.MANAGE_REGIME, Permission.VIEW_OWN));
		POLICIES.put("POST /policy/organizations/{organizationId}/regimes",
				Policy.scoped(Permission.MANAGE_REGIME, Scope.ORGANIZATION));
		POLICIES.put("GET /api/v1/organizations/{organizationId}/policy", Policy.scopedAny(Scope.ORGANIZATION,
				Permission.VIEW_TIMETABLE, Permission.MANAGE_REGIME, Permission.VIEW_OWN));
		POLICIES.put("GET /schedule/my/day", Policy.roles(Role.STUDENT, Role.PARENT, Role.TEACHER, Role.CURATOR));
		POLICIES.put("GET /schedule/my/week", Policy.roles(Role.STUDENT, Role.PARENT, Role.TEACHER, Role.CURATOR));
		POLICIES.put("GET /schedule/groups/{groupId}/day", Policy.scoped(Permission.VIEW_TIMETABLE, Scope.GROUP));
		POLICIES.put("GET /schedule/groups/{groupId}/week", Policy.scoped(Permission.VIEW_TIMETABLE, Scope.GROUP));
		POLICIES.put("GET /api/v1/my/day", Policy.roles(Role.STUDENT, Role.PARENT, Role.TEACHER, Role.CURATOR));
		POLICIES.put("GET /api/v1/my/week", Policy.roles(Role.STUDENT, Role.PARENT, Role.TEACHER, Role.CURATOR));
		POLICIES.put("GET /api/v1/children/{learnerId}/day", Policy.scoped(Permission.VIEW_OWN, Scope.LEARNER));
		POLICIES.put("GET /api/v1/children/{learnerId}/week", Policy.scoped(Permission.VIEW_OWN, Scope.LEARNER));
		POLICIES.put("GET /api/v1/groups/{groupId}/day", Policy.scoped(Permission.VIEW_TIMETABLE, Scope.GROUP));
		POLICIES.put("GET /api/v1/groups/{groupId}/week", Policy.scoped(Permission.VIEW_TIMETABLE, Scope.GROUP));
		POLICIES.put("GET /schedule/feeds", Policy.roles(Role.STUDENT, Role.PARENT, Role.TEACHER, Role.CURATOR));
		POLICIES.put("POST /schedule/feeds", Policy.roles(Role.STUDENT, Role.PARENT, Role.TEACHER, Role.CURATOR));
		POLICIES.put("POST /schedule/feeds/revoke",
				Policy.roles(Role.STUDENT, Role.PARENT, Role.TEACHER, Role.CURATOR));
		POLICIES.put("GET /feeds/{token}.ics", Policy.open());
		POLICIES.put("GET /journal", Policy.signedIn());
		POLICIES.put("GET /journal/my-group", Policy.signedIn());
		POLICIES.put("GET /journal/groups/{groupId}", Policy.scoped(Permission.VIEW_JOURNAL, Scope.GROUP));
		POLICIES.put("GET /journal/groups/{groupId}/cell", Policy.scoped(Permission.VIEW_JOURNAL, Scope.GROUP));
		POLICIES.put("POST /journal/groups/{groupId}/attendance", Policy.scoped(Permission.KEEP_JOURNAL, Scope.GROUP));
		POLICIES.put("POST /journal/groups/{groupId}/marks", Policy.scoped(Permission.KEEP_JOURNAL, Scope.GROUP));
		POLICIES.put("POST /journal/groups/{groupId}/all-present", Policy.scoped(Permission.KEEP_JOURNAL, Scope.GROUP));
		POLICIES.put("POST /journal/groups/{groupId}/topic", Policy.scoped(Permission.KEEP_JOURNAL, Scope.GROUP));
		POLICIES.put("GET /journal/groups/{groupId}/term", Policy.scoped(Permission.VIEW_JOURNAL, Scope.GROUP));
		POLICIES.put("POST /journal/groups/{groupId}/term", Policy.scoped(Permission.KEEP_JOURNAL, Scope.GROUP));
		POLICIES.put("GET /journal/groups/{groupId}/history", Policy.scoped(Permission.VIEW_JOURNAL, Scope.GROUP));
		POLICIES.put("GET /journal/groups/{groupId}/export.xlsx", Policy.scoped(Permission.VIEW_JOURNAL, Scope.GROUP));
		POLICIES.put("GET /journal/groups/{groupId}/export.pdf", Policy.scoped(Permission.VIEW_JOURNAL, Scope.GROUP));
		POLICIES.put("GET /journal/groups/{groupId}/overview", Policy.scoped(Permission.VIEW_JOURNAL, Scope.GROUP));
		POLICIES.put("GET /journal/learners/{learnerId}",
				Policy.scopedAny(Scope.LEARNER, Permission.VIEW_OWN, Permission.VIEW_JOURNAL));
		POLICIES.put("GET /journal/preschool/groups/{groupId}", Policy.scoped(Permission.VIEW_JOURNAL, Scope.GROUP));
		POLICIES.put("POST /journal/preschool/groups/{groupId}", Policy.scoped(Permission.KEEP_JOURNAL, Scope.GROUP));
		POLICIES.put("POST /journal/preschool/groups/{groupId}/all-present",
				Policy.scoped(Permission.KEEP_JOURNAL, Scope.GROUP));
		POLICIES.put("POST /journal/preschool/learners/{learnerId}/choice",
				Policy.scopedAny(Scope.LEARNER, Permission.VIEW_OWN, Permission.KEEP_JOURNAL));
		POLICIES.put("GET /api/v1/journal/learners/{learnerId}",
				Policy.scopedAny(Scope.LEARNER, Permission.VIEW_OWN, Permission.VIEW_JOURNAL));
		POLICIES.put("GET /api/v1/journal/groups/{groupId}", Policy.scoped(Permission.VIEW_JOURNAL, Scope.GROUP));
		POLICIES.put("GET /coursework/assignments", Policy.anywhere(Permission.MANAGE_COURSEWORK));
		POLICIES.put("GET /coursework/inbox", Policy.anywhere(Permission.MANAGE_COURSEWORK));
		POLICIES.put("GET /coursework/supervised", Policy.anywhere(Permission.VIEW_COURSEWORK));
		POLICIES.put("GET /coursework/my/tasks", Policy.roles(Role.STUDENT, Role.PARENT));
		POLICIES.put("GET /coursework/groups/{groupId}/assignments/new",
				Policy.scoped(Permission.MANAGE_COURSEWORK, Scope.GROUP));
		POLICIES.put("POST /coursework/groups/{groupId}/assignments",
				Policy.scoped(Permission.MANAGE_COURSEWORK, Scope.GROUP));
		POLICIES.put("GET /coursework/groups/{groupId}/overdue",
				Policy.scoped(Permission.VIEW_COURSEWORK, Scope.GROUP));
		POLICIES.put("GET /coursework/assignments/{assignmentId}",
				Policy.scoped(Permission.VIEW_COURSEWORK, Scope.ASSIGNMENT));
		POLICIES.put("GET /coursework/assignments/{assignmentId}/material",
				Policy.scopedAny(Scope.ASSIGNMENT_MATERIAL, Permission.VIEW_COURSEWORK, Permission.VIEW_OWN)
					.withQuery("n=1"));
		// editing an issued assignment: only who may grade it (the subject's teacher, a
		// head or deputy)
		POLICIES.put("GET /coursework/assignments/{assignmentId}/edit",
				Policy.scoped(Permission.MANAGE_COURSEWORK, Scope.TAUGHT_ASSIGNMENT));
		POLICIES.put("POST /coursework/assignments/{assignmentId}/edit",
				Policy.scoped(Permission.MANAGE_COURSEWORK, Scope.TAUGHT_ASSIGNMENT));
		// A1-27f: only the teacher of the subject in the class (or a head or deputy)
		POLICIES.put("POST /coursework/assignments/{assignmentId}/submissions",
				Policy.scoped(Permission.MANAGE_COURSEWORK, Scope.TAUGHT_ASSIGNMENT));
		POLICIES.put("GET /coursework/submissions/{submissionId}",
				Policy.scoped(Permission.VIEW_COURSEWORK, Scope.SUBMISSION));
		POLICIES.put("POST /coursework/submissions/{submissionId}/grade",
				Policy.scoped(Permission.MANAGE_COURSEWORK, Scope.TAUGHT_SUBMISSION));
		POLICIES.put("POST /coursework/submissions/{submissionId}/flag",
				Policy.scoped(Permission.MANAGE_COURSEWORK, Scope.TAUGHT_SUBMISSION));
		POLICIES.put("GET /coursework/submissions/{submissionId}/receipt",
				Policy.scopedAny(Scope.SUBMISSION, Permission.VIEW_COURSEWORK, Permission.VIEW_OWN));
		POLICIES.put("GET /coursework/submissions/{submissionId}/file",
				Policy.scopedAny(Scope.SUBMISSION_WITH_FILE, Permission.VIEW_COURSEWORK, Permission.VIEW_OWN)
					.withQuery("n=1"));
		// A1-27f, A1-28c: a released task of the learner or of the parent's child
		POLICIES.put("GET /coursework/tasks/{assignmentId}", Policy.scoped(Permission.VIEW_OWN, Scope.TASK));
		POLICIES.put("POST /coursework/tasks/{assignmentId}/submissions",
				Policy.scoped(Permission.VIEW_OWN, Scope.TASK).onlyFor(Role.STUDENT));
		POLICIES.put("GET /coursework/organizations/{organizationId}/channels",
				Policy.scoped(Permission.MANAGE_COURSEWORK, Scope.ORGANIZATION));
		POLICIES.put("POST /coursework/organizations/{organizationId}/channels",
				Policy.scoped(Permission.MANAGE_COURSEWORK, Scope.ORGANIZATION));
		POLICIES.put("GET /api/v1/coursework/tasks", Policy.roles(Role.STUDENT, Role.PARENT));
		POLICIES.put("GET /coursework/learners/{learnerId}",
				Policy.scopedAny(Scope.LEARNER, Permission.VIEW_OWN, Permission.VIEW_COURSEWORK));
		POLICIES.put("GET /api/v1/learners/{learnerId}/tasks",
				Policy.scopedAny(Scope.LEARNER, Permission.VIEW_OWN, Permission.VIEW_COURSEWORK));
		POLICIES.put("GET /api/v1/coursework/tasks/{assignmentId}", Policy.scoped(Permission.VIEW_OWN, Scope.TASK));
		POLICIES.put("POST /api/v1/coursework/tasks/{assignmentId}/submissions",
				Policy.scoped(Permission.VIEW_OWN, Scope.TASK).onlyFor(Role.STUDENT));
		POLICIES.put("GET /api/v1/coursework/submissions/{submissionId}/receipt",
				Policy.scopedAny(Scope.SUBMISSION, Permission.VIEW_COURSEWORK, Permission.VIEW_OWN));
		POLICIES.put("GET /api/v1/coursework/submissions/{submissionId}/grade",
				Policy.scopedAny(Scope.SUBMISSION, Permission.VIEW_COURSEWORK, Permission.VIEW_OWN));
		POLICIES.put("GET /content", Policy.anywhere(Permission.VIEW_CONTENT));
		POLICIES.put("GET /content/organizations/{organizationId}",
				Policy.scoped(Permission.VIEW_CONTENT, Scope.ORGANIZATION));
		POLICIES.put("POST /content/organizations/{organizationId}/disciplines",
				Policy.scoped(Permission.MANAGE_CONTENT, Scope.ORGANIZATION));
		POLICIES.put("POST /content/organizations/{organizationId}/disciplines/from-subjects",
				Policy.scoped(Permission.MANAGE_CONTENT, Scope.ORGANIZATION));
		POLICIES.put("GET /content/organizations/{organizationId}/materials",
				Policy.scoped(Permission.VIEW_CONTENT, Scope.ORGANIZATION));
		POLICIES.put("GET /content/disciplines/{disciplineId}",
				Policy.scoped(Permission.VIEW_CONTENT, Scope.DISCIPLINE));
		// A1-25d: changes by a teacher only in the subjects they teach
		POLICIES.put("POST /content/disciplines/{disciplineId}/complex",
				Policy.scoped(Permission.MANAGE_CONTENT, Scope.DISCIPLINE).subjectTeacher());
		POLICIES.put("POST /content/disciplines/{disciplineId}/materials",
				Policy.scoped(Permission.MANAGE_CONTENT, Scope.DISCIPLINE).subjectTeacher());
		POLICIES.put("GET /content/complexes/{complexId}", Policy.scoped(Permission.VIEW_CONTENT, Scope.COMPLEX));
		for (String action : List.of("items", "items/delete", "submit", "versions")) {
			POLICIES.put("POST /content/complexes/{complexId}/" + action,
					Policy.scoped(Permission.MANAGE_CONTENT, Scope.COMPLEX).subjectTeacher());
		}
		for (String action : List.of("comments", "review", "approve", "return")) {
			POLICIES.put("POST /content/complexes/{complexId}/" + action,
					Policy.scoped(Permission.REVIEW_CONTENT, Scope.COMPLEX));
		}
		// A1-18d: materials are free to the learners and parents of the organization
		POLICIES.put("GET /content/materials/{materialId}",
				Policy.scopedAny(Scope.MATERIAL, Permission.VIEW_CONTENT).learnersToo());
		POLICIES.put("POST /content/materials/{materialId}",
				Policy.scoped(Permission.MANAGE_CONTENT, Scope.MATERIAL).subjectTeacher());
		POLICIES.put("GET /content/materials/{materialId}/file",
				Policy.scopedAny(Scope.MATERIAL_FILE, Permission.VIEW_CONTENT).learnersToo());
		POLICIES.put("GET /api/v1/disciplines/{disciplineId}/materials",
				Policy.scopedAny(Scope.DISCIPLINE, Permission.VIEW_CONTENT).learnersToo());
		POLICIES.put("GET /content/groups/{groupId}/plans", Policy.scoped(Permission.VIEW_CONTENT, Scope.GROUP));
		POLICIES.put("POST /content/groups/{groupId}/plans", Policy.scoped(Permission.MANAGE_CONTENT, Scope.GROUP));
		POLICIES.put("GET /content/plans/{planId}", Policy.scoped(Permission.VIEW_CONTENT, Scope.PLAN));
		for (String action : List.of("topics", "topics/{topicId}", "topics/{topicId}/delete", "publish")) {
			POLICIES.put("POST /content/plans/{planId}/" + action,
					Policy.scoped(Permission.MANAGE_CONTENT, Scope.PLAN).subjectTeacher());
		}
		POLICIES.put("GET /content/learners/{learnerId}/schedule",
				Policy.scopedAny(Scope.LEARNER, Permission.VIEW_OWN, Permission.VIEW_CONTENT));
		POLICIES.put("GET /api/v1/learners/{learnerId}/thematic-schedule",
				Policy.scopedAny(Scope.LEARNER, Permission.VIEW_OWN, Permission.VIEW_CONTENT));
		POLICIES.put("GET /content/my/schedule", Policy.roles(Role.STUDENT, Role.PARENT));
		// O-3.1d: one's own guides; a guide that is not one's own leads to one's own
		POLICIES.put("GET /guide", Policy.signedIn());
		POLICIES.put("GET /guide/{slug}", Policy.signedIn());
		POLICIES.put("POST /guide/step", Policy.signedIn());
		POLICIES.put("GET /guide/organizations/{organizationId}/not-completed",
				Policy.scoped(Permission.VIEW_GUIDE_PROGRESS, Scope.ORGANIZATION));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService users;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	Map<Scope, List<String>> candidates;

	int checks;

	@BeforeEach
	void loadCandidates() {
		createAnObserverLoginAndARequestOfEveryEligibleOrganization();
		this.candidates = new EnumMap<>(Scope.class);
		for (Scope scope : Scope.values()) {
			this.candidates.put(scope, ids(scope.candidates));
		}
	}

	private void createAnObserverLoginAndARequestOfEveryEligibleOrganization() {
		for (long organization : this.jdbc.sql("select id from organization order by id").query(Long.class).list()) {
			this.jdbc
				.sql("""
						insert into roster_import (id, organization_id, kind, file_name, file_type, file_size, status, total_rows,
							created_by, node) select gen_random_uuid(), ?, 'LEARNERS', 'old.csv', 'CSV', 10, 'DONE', 0, 'test', 'test'
						where not exists (select 1 from roster_import where organization_id = ?)""")
				.params(organization, organization)
				.update();
		}
		for (String eligible : ids(Scope.ELIGIBLE_ORGANIZATION.candidates)) {
			long organization = Long.parseLong(eligible);
			if (this.jdbc.sql("select exists (select 1 from observer_login where organization_id = ?)")
				.param(organization)
				.query(Boolean.class)
				.single()) {
				continue;
			}
			long account = this.accounts.createAccount("obs-test-" + organization, null, "Observer",
					this.accounts.hash("Observer-123"), false, List.of());
			this.jdbc
				.sql("""
						insert into observer_login (account_id, organization_id, issued_to_name, issued_to_body, issuing_act,
							issued_on, expires_on, issued_by) values (?, ?, 'A. Observer', 'QA_COMMITTEE', 'Act 1', current_date,
							current_date + 30, 'test')""")
				.params(account, organization)
				.update();
			ScopePath path = this.directory.organizationPath(organization).orElseThrow();
			this.jdbc
				.sql("""
						insert into observer_request (organization_id, district_id, region_id, requesting_body, observer_name,
							reason, requested_by) values (?, ?, ?, 'QA_COMMITTEE', 'B. Observer', 'Inspection', 'test')""")
				.params(organization, path.districtId(), path.regionId())
				.update();
		}
	}

	@Test
	@DisplayName("O-1.4b every endpoint has an authorization policy")
	void shouldHaveAPolicyForEveryEndpoint() {
		assertThat(endpoints()).as("endpoints without an entry in POLICIES").isSubsetOf(POLICIES.keySet());
	}

	@Test
	@DisplayName("O-1.4b every endpoint refuses a signed-out user, except the public ones")
	void shouldRefuseSignedOutUsers() throws Exception {
		for (String endpoint : endpoints()) {
			Policy policy = POLICIES.get(endpoint);
			if (policy == null || policy.kind() == Kind.OPEN) {
				continue;
			}
			int status = perform(endpoint, null, "1").andReturn().getResponse().getStatus();
			assertThat(status).as("%s signed out", endpoint).isIn(302, 401, 403);
		}
	}

	@Test
	@DisplayName("O-1.4b each role is allowed in its own scope and refused in a foreign one, on every endpoint")
	void shouldAllowOwnScopeAndRefuseForeignScope() throws Exception {
		Map<String, Set<String>> allowedSomewhere = new LinkedHashMap<>();
		Map<String, Set<String>> refusedSomewhere = new LinkedHashMap<>();
		for (String account : ACCOUNTS) {
			QashyqUser user = (QashyqUser) this.users.loadUserByUsername(account);
			for (String endpoint : endpoints()) {
				Policy policy = POLICIES.get(endpoint);
				if (policy == null || policy.kind() == Kind.OPEN) {
					continue;
				}
				if (policy.kind() == Kind.SIGNED_IN) {
					assertStatus(endpoint, user, "1", true);
					continue;
				}
				if (policy.kind() == Kind.ANYWHERE) {
					boolean allowed = policy.allowsSomewhere(user);
					assertStatus(endpoint, user, "1", allowed);
					(allowed ? allowedSomewhere : refusedSomewhere).computeIfAbsent(endpoint, (key) -> new TreeSet<>())
						.add(account);
					continue;
				}
				String own = null;
				String foreign = null;
				for (String id : this.candidates.get(policy.scope())) {
					boolean allowed = allowed(policy, user, id);
					if (allowed && own == null) {
						own = id;
					}
					if (!allowed && foreign == null) {
						foreign = id;
					}
					if (own != null && foreign != null) {
						break;
					}
				}
				if (own != null) {
					assertStatus(endpoint, user, own, true);
					allowedSomewhere.computeIfAbsent(endpoint, (key) -> new TreeSet<>()).add(account);
				}
				if (foreign != null) {
					assertStatus(endpoint, user, foreign, false);
					refusedSomewhere.computeIfAbsent(endpoint, (key) -> new TreeSet<>()).add(account);
				}
			}
		}
		assertThat(this.checks).as("requests checked").isGreaterThan(ACCOUNTS.size() * POLICIES.size() / 2);
		for (String endpoint : endpoints()) {
			Policy policy = POLICIES.get(endpoint);
			if (policy != null && (policy.kind() == Kind.SCOPED || policy.kind() == Kind.ANYWHERE)) {
				assertThat(allowedSomewhere).as("some demo account may use %s", endpoint).containsKey(endpoint);
				assertThat(refusedSomewhere).as("some demo account is refused %s", endpoint).containsKey(endpoint);
			}
		}
	}

	private void assertStatus(String endpoint, QashyqUser user, String id, boolean allowed) throws Exception {
		this.checks++;
		int status = perform(endpoint, user, id).andReturn().getResponse().getStatus();
		String what = "%s as %s with id %s".formatted(endpoint, user.getUsername(), id);
		if (allowed && endpoint.startsWith("GET")) {
			assertThat(status).as(what).isLessThan(400);
		}
		else if (allowed) {
			// a write with an empty form: refused for its input (400, 404, a redirect
			// with errors), never for access
			assertThat(status).as(what).isNotIn(401, 403).isLessThan(500);
		}
		else if ((POLICIES.get(endpoint).scope() == Scope.LEARNER
				&& !(user.isReadOnly() && !endpoint.startsWith("GET")))
				|| otherSubject(POLICIES.get(endpoint).scope(), user, id)) {
			// a learner out of scope answers like one that does not exist, so does
			// another subject's coursework of a class the teacher teaches (ADR 0004)
			// a learner out of scope answers like one that does not exist (ADR 0004)
			assertThat(status).as(what).isEqualTo(404);
		}
		else {
			assertThat(status).as(what).isEqualTo(403);
		}
	}

	private org.springframework.test.web.servlet.ResultActions perform(String endpoint, QashyqUser user, String id)
			throws Exception {
		String[] parts = endpoint.split(" ", 2);
		String uri = parts[1].replaceAll("\\{[^}]+}", id);
		Policy policy = POLICIES.get(endpoint);
		List<String> query = new ArrayList<>();
		if (policy != null && policy.queryParam() != null) {
			query.add(policy.queryParam() + "=" + id);
		}
		if (policy != null && policy.fixedQuery() != null) {
			query.add(policy.fixedQuery());
		}
		if (!query.isEmpty()) {
			uri = uri + "?" + String.join("&", query);
		}
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(parts[0]), uri)
			.with(csrf());
		if (user != null) {
			request.with(user(user));
		}
		return this.mvc.perform(request);
	}

	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<String> patterns = info.getPatternValues();
			Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition()
				.getMethods();
			for (String pattern : patterns) {
				if (pattern.startsWith("/v3/api-docs") || pattern.startsWith("/swagger-ui")) {
					continue; // springdoc's own, public by design
				}
				if (methods.isEmpty()) {
					endpoints.add("GET " + pattern);
				}
				methods.forEach((method) -> endpoints.add(method.name() + " " + pattern));
			}
		}
		return endpoints;
	}

	/**
	 * Whether the policy allows the user the object: a permission over its path, and for
	 * coursework the extra rules (the teacher of the subject, the learners of a task).
	 */
	private boolean allowed(Policy policy, QashyqUser user, String id) {
		if (!policy.roles().isEmpty() && policy.roles().stream().noneMatch(user::hasRole)) {
			return false;
		}
		Scope scope = policy.scope();
		if (otherSubject(scope, user, id)) {
			return false;
		}
		if (scope == Scope.TASK || scope == Scope.ASSIGNMENT_MATERIAL) {
			long assignment = Long.parseLong(id);
			if (policy.allows(user, path(Scope.ASSIGNMENT, id))) {
				return true;
			}
			List<Long> learners = user.grants()
				.stream()
				.filter((grant) -> grant.scope().type() == kz.qashyq.platform.security.ScopeType.LEARNER)
				.map((grant) -> grant.scope().id())
				.toList();
			return !learners.isEmpty() && policy.anyOf().contains(Permission.VIEW_OWN) && this.jdbc
				.sql("""
						select exists (select 1 from assignment a join learner l on l.group_id = a.group_id
						where a.id = :a and a.release_at <= now() and l.person_id in (:learners) and (not a.individual or exists
						(select 1 from assignment_learner al where al.assignment_id = a.id and al.learner_id = l.person_id)))""")
				.param("a", assignment)
				.param("learners", learners)
				.query(Boolean.class)
				.single();
		}
		boolean allowed = allows(policy, user, id);
		if (allowed && (scope == Scope.TAUGHT_ASSIGNMENT || scope == Scope.TAUGHT_SUBMISSION)) {
			String assignment = (scope == Scope.TAUGHT_ASSIGNMENT) ? id
					: this.jdbc.sql("select assignment_id from submission where id = ?")
						.param(Long.parseLong(id))
						.query(String.class)
						.single();
			ScopePath group = path(Scope.ASSIGNMENT, assignment);
			boolean leads = user.grants()
				.stream()
				.anyMatch((grant) -> (grant.role() == Role.ORGANIZATION_HEAD || grant.role() == Role.DEPUTY_HEAD)
						&& grant.allows(Permission.MANAGE_COURSEWORK, group));
			boolean teaches = user.personId() != null && this.jdbc.sql("""
					select exists (select 1 from assignment a join teaching_assignment t on t.group_id = a.group_id
					and t.subject = a.subject where a.id = ? and t.person_id = ?)""")
				.params(Long.parseLong(assignment), user.personId())
				.query(Boolean.class)
				.single();
			return leads || teaches;
		}
		return allowed;
	}

	/**
	 * Whether staff see the class's coursework but not this assignment's or submission's
	 * subject: a teacher who neither teaches the subject there nor created the
	 * assignment, without a grant of another role over the class and without the learner
	 * as their own (ADR 0004).
	 */
	private boolean otherSubject(Scope scope, QashyqUser user, String id) {
		String assignment;
		if (scope == Scope.ASSIGNMENT || scope == Scope.ASSIGNMENT_MATERIAL) {
			assignment = id;
		}
		else if (scope == Scope.SUBMISSION || scope == Scope.SUBMISSION_WITH_FILE) {
			if (user.can(Permission.VIEW_OWN, path(scope, id))) {
				return false;
			}
			assignment = this.jdbc.sql("select assignment_id from submission where id = ?")
				.param(Long.parseLong(id))
				.query(String.class)
				.single();
		}
		else {
			return false;
		}
		ScopePath group = path(Scope.ASSIGNMENT, assignment);
		if (!user.can(Permission.VIEW_COURSEWORK, group) || user.grants()
			.stream()
			.anyMatch((grant) -> grant.role() != Role.TEACHER && grant.allows(Permission.VIEW_COURSEWORK, group))) {
			return false;
		}
		return !this.jdbc.sql("""
				select exists (select 1 from assignment a where a.id = :a and (a.created_by = :username
				or exists (select 1 from teaching_assignment t where t.group_id = a.group_id and t.subject = a.subject
				and t.person_id = :person)))""")
			.param("a", Long.parseLong(assignment))
			.param("username", user.getUsername())
			.param("person", (user.personId() != null) ? user.personId() : -1L)
			.query(Boolean.class)
			.single();
	}

	private ScopePath path(Scope scope, String key) {
		if (scope == Scope.ROSTER_JOB) {
			return organizationPathOf("roster_import", java.util.UUID.fromString(key));
		}
		long id = Long.parseLong(key);
		return switch (scope) {
			case REGION -> ScopePath.of(id, null, null, List.of(), null);
			case DISTRICT -> ScopePath.of(
					this.jdbc.sql("select region_id from district where id = ?").param(id).query(Long.class).single(),
					id, null, List.of(), null);
			case ORGANIZATION, ELIGIBLE_ORGANIZATION -> this.directory.organizationPath(id).orElseThrow();
			case GROUP -> this.directory.groupPath(id).orElseThrow();
			case LEARNER -> this.directory.learnerPath(id).orElseThrow();
			case OBSERVER_LOGIN -> organizationPathOf("observer_login", id);
			case OBSERVER_REQUEST -> organizationPathOf("observer_request", id);
			case EVENT -> eventPath(id);
			case TIMETABLE -> organizationPathOf("timetable", id);
			case TIMETABLE_JOB -> organizationPathOf("timetable_job", id);
			case ASSIGNMENT, TAUGHT_ASSIGNMENT, TASK, ASSIGNMENT_MATERIAL -> this.directory.groupPath(
					this.jdbc.sql("select group_id from assignment where id = ?").param(id).query(Long.class).single())
				.orElseThrow();
			case SUBMISSION, TAUGHT_SUBMISSION, SUBMISSION_WITH_FILE ->
				this.directory.learnerPath(this.jdbc.sql("select learner_id from submission where id = ?")
					.param(id)
					.query(Long.class)
					.single()).orElseThrow();
			case DISCIPLINE -> disciplinePath("discipline", "id", id);
			case COMPLEX -> disciplinePath("complex", "discipline_id", id);
			case MATERIAL, MATERIAL_FILE -> disciplinePath("material", "discipline_id", id);
			case PLAN -> this.directory.groupPath(this.jdbc.sql("select group_id from thematic_plan where id = ?")
				.param(id)
				.query(Long.class)
				.single()).orElseThrow();
			case ROSTER_JOB -> throw new IllegalStateException("handled above");
		};
	}

	/**
	 * Whether the policy allows the user the object: a permission over its path; for
	 * content, also the learners and parents of its organization ({@code learnersToo}),
	 * or only a teacher of its subject unless the permission is held over the whole
	 * organization ({@code subjectTeacher}).
	 */
	private boolean allows(Policy policy, QashyqUser user, String id) {
		ScopePath path = this.paths.computeIfAbsent(policy.scope() + ":" + id, (key) -> path(policy.scope(), id));
		boolean allowed = policy.allows(user, path);
		if (!allowed && "LEARNERS".equals(policy.rule())) {
			allowed = user.grants()
				.stream()
				.anyMatch((grant) -> (grant.role() == Role.STUDENT || grant.role() == Role.PARENT)
						&& path.organizationId()
							.equals(this.directory.learnerPath(grant.scope().id()).orElseThrow().organizationId()));
		}
		if (allowed && "SUBJECT_TEACHER".equals(policy.rule())) {
			ScopePath organization = this.directory.organizationPath(path.organizationId()).orElseThrow();
			allowed = policy.allows(user, organization) || (user.personId() != null && this.jdbc.sql("""
					select exists (select 1 from teaching_assignment where person_id = :person and subject = :subject
						and group_id in (:groups)) or exists (select 1 from study_load where teacher_id = :person
						and subject = :subject and group_id in (:groups))""")
				.param("person", user.personId())
				.param("subject", subjectOf(policy.scope(), id))
				.param("groups", groupsOf(path))
				.query(Boolean.class)
				.single());
		}
		return allowed;
	}

	private final Map<String, ScopePath> paths = new java.util.HashMap<>();

	private static List<Long> groupsOf(ScopePath path) {
		List<Long> groups = path.units()
			.stream()
			.filter((unit) -> unit.type() == kz.qashyq.platform.security.ScopeType.GROUP)
			.map(kz.qashyq.platform.security.ScopeRef::id)
			.toList();
		return groups.isEmpty() ? List.of(-1L) : groups;
	}

	private String subjectOf(Scope scope, String id) {
		String sql = switch (scope) {
			case DISCIPLINE -> "select subject from discipline where id = ?";
			case COMPLEX ->
				"select d.subject from complex c join discipline d on d.id = c.discipline_id where c.id = ?";
			case MATERIAL, MATERIAL_FILE ->
				"select d.subject from material m join discipline d on d.id = m.discipline_id where m.id = ?";
			case PLAN -> "select subject from thematic_plan where id = ?";
			default -> throw new IllegalStateException(scope + " has no subject");
		};
		return this.jdbc.sql(sql).param(Long.parseLong(id)).query(String.class).single();
	}

	/**
	 * A discipline sits in its organization and in every class its subject is taught in.
	 */
	private ScopePath disciplinePath(String table, String disciplineColumn, long id) {
		Map<String, Object> discipline = this.jdbc
			.sql("select d.organization_id, d.subject from " + table + " x join discipline d on d.id = x."
					+ disciplineColumn + " where x.id = ?")
			.param(id)
			.query()
			.singleRow();
		long organization = ((Number) discipline.get("organization_id")).longValue();
		List<Long> groups = this.jdbc.sql("""
				select t.group_id from teaching_assignment t join study_group g on g.id = t.group_id
				where g.organization_id = :org and t.subject = :subject
				union select s.group_id from study_load s join study_group g on g.id = s.group_id
				where g.organization_id = :org and s.subject = :subject""")
			.param("org", organization)
			.param("subject", discipline.get("subject"))
			.query(Long.class)
			.list();
		ScopePath path = this.directory.organizationPath(organization).orElseThrow();
		return ScopePath.of(path.regionId(), path.districtId(), organization, groups, null);
	}

	private ScopePath eventPath(long id) {
		Long group = this.jdbc.sql("select group_id from school_event where id = ?")
			.param(id)
			.query(Long.class)
			.single();
		return (group != null) ? this.directory.groupPath(group).orElseThrow() : organizationPathOf("school_event", id);
	}

	private ScopePath organizationPathOf(String table, Object id) {
		long organization = this.jdbc.sql("select organization_id from " + table + " where id = ?")
			.param(id)
			.query(Long.class)
			.single();
		return this.directory.organizationPath(organization).orElseThrow();
	}

	private List<String> ids(String sql) {
		return this.jdbc.sql(sql).query((rs, row) -> rs.getString(1)).list();
	}

	enum Scope {

		REGION("select id from region order by id"), DISTRICT("select id from district order by id"),
		ORGANIZATION("select id from organization order by id"),
		ELIGIBLE_ORGANIZATION("select id from organization where kind in ('TVET', 'POST_SECONDARY', 'HIGHER', "
				+ "'POSTGRADUATE') order by id"),
		GROUP("select id from study_group order by id"),
		LEARNER("select distinct on (group_id) person_id from learner order by group_id, person_id"),
		OBSERVER_LOGIN("select id from observer_login order by id"),
		OBSERVER_REQUEST("select id from observer_request order by id"),
		ROSTER_JOB("select id from roster_import order by organization_id, id"),
		EVENT("select id from school_event order by id"),
		TIMETABLE("select id from timetable order by organization_id, id"),
		TIMETABLE_JOB("select id from timetable_job order by organization_id, id"),
		ASSIGNMENT("select id from assignment order by organization_id, id"),
		TAUGHT_ASSIGNMENT("select id from assignment order by organization_id, id"),
		TASK("select id from assignment where release_at <= now() order by organization_id, id"),
		ASSIGNMENT_MATERIAL(
				"select m.assignment_id from assignment_material m join assignment a on a.id = m.assignment_id "
						+ "where m.position = 1 and a.release_at <= now() order by a.organization_id, a.id"),
		SUBMISSION("select s.id from submission s join assignment a on a.id = s.assignment_id "
				+ "order by a.organization_id, s.id"),
		TAUGHT_SUBMISSION("select s.id from submission s join assignment a on a.id = s.assignment_id "
				+ "order by a.organization_id, s.id"),
		SUBMISSION_WITH_FILE(
				"select f.submission_id from submission_file f join submission s on s.id = f.submission_id "
						+ "join assignment a on a.id = s.assignment_id where f.position = 1 order by a.organization_id, s.id"),
		DISCIPLINE("select id from discipline order by organization_id, id"),
		COMPLEX("select id from complex order by id"), MATERIAL("select id from material order by id"),
		MATERIAL_FILE("select id from material where kind = 'FILE' order by id"),
		// a plan of mathematics and one of another subject per class
		PLAN("select distinct on (group_id, subject = 'Математика') id from thematic_plan "
				+ "order by group_id, subject = 'Математика', id");

		final String candidates;

		Scope(String candidates) {
			this.candidates = candidates;
		}

	}

	enum Kind {

		OPEN, SIGNED_IN, ANYWHERE, SCOPED

	}

	/**
	 * @param kind what the endpoint requires
	 * @param scope for SCOPED: what the path variable (or the query parameter) names
	 * @param queryParam the query parameter that names the object, or null for a path
	 * variable
	 * @param anyOf the permissions, any of which allows
	 * @param roles for ANYWHERE by role: the roles, any of which allows
	 */
	record Policy(Kind kind, Scope scope, String queryParam, String fixedQuery, List<Permission> anyOf,
			List<Role> roles, String rule) {

		Policy(Kind kind, Scope scope, String queryParam, String fixedQuery, List<Permission> anyOf, List<Role> roles) {
			this(kind, scope, queryParam, fixedQuery, anyOf, roles, null);
		}

		/**
		 * Content: the learners and parents of the object's organization are allowed too.
		 */
		Policy learnersToo() {
			return new Policy(this.kind, this.scope, this.queryParam, this.fixedQuery, this.anyOf, this.roles,
					"LEARNERS");
		}

		/**
		 * Content: within the path, only a teacher of the object's subject, unless the
		 * permission is held over the whole organization.
		 */
		Policy subjectTeacher() {
			return new Policy(this.kind, this.scope, this.queryParam, this.fixedQuery, this.anyOf, this.roles,
					"SUBJECT_TEACHER");
		}

		static Policy open() {
			return new Policy(Kind.OPEN, null, null, null, List.of(), List.of());
		}

		static Policy signedIn() {
			return new Policy(Kind.SIGNED_IN, null, null, null, List.of(), List.of());
		}

		static Policy anywhere(Permission permission) {
			return new Policy(Kind.ANYWHERE, null, null, null, List.of(permission), List.of());
		}

		static Policy roles(Role... roles) {
			return new Policy(Kind.ANYWHERE, null, null, null, List.of(), List.of(roles));
		}

		static Policy scoped(Permission permission, Scope scope) {
			return new Policy(Kind.SCOPED, scope, null, null, List.of(permission), List.of());
		}

		static Policy scopedAny(Scope scope, Permission... permissions) {
			return new Policy(Kind.SCOPED, scope, null, null, List.of(permissions), List.of());
		}

		Policy inQuery(String parameter) {
			return new Policy(this.kind, this.scope, parameter, this.fixedQuery, this.anyOf, this.roles, this.rule);
		}

		/**
		 * Only these roles, within the scope (a learner submits; the parent does not).
		 */
		Policy onlyFor(Role... onlyRoles) {
			return new Policy(this.kind, this.scope, this.queryParam, this.fixedQuery, this.anyOf, List.of(onlyRoles));
		}

		Policy withQuery(String query) {
			return new Policy(this.kind, this.scope, this.queryParam, query, this.anyOf, this.roles, this.rule);
		}

		boolean allows(QashyqUser user, ScopePath path) {
			return this.anyOf.stream().anyMatch((permission) -> user.can(permission, path));
		}

		boolean allowsSomewhere(QashyqUser user) {
			return this.roles.stream().anyMatch(user::hasRole)
					|| this.anyOf.stream().anyMatch((permission) -> !user.scopesWith(permission).isEmpty());
		}

	}

}
