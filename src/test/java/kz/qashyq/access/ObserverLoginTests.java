package kz.qashyq.access;

import kz.qashyq.support.EnglishByDefault;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import kz.qashyq.access.AccessTestData.Org;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@Import(EnglishByDefault.class)
@AutoConfigureMockMvc
class ObserverLoginTests {

	private static final Pattern ISSUED_LOGIN = Pattern.compile("id=\"issued-login\">([^<]+)<");

	private static final Pattern ISSUED_PASSWORD = Pattern.compile("id=\"issued-password\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	UserDetailsService users;

	AccessTestData data;

	Org college;

	Org otherCollege;

	Org school;

	QashyqUser collegeHead;

	QashyqUser otherCollegeHead;

	QashyqUser schoolHead;

	@BeforeEach
	void setUp() {
		this.data = new AccessTestData(this.jdbc, this.accountManagement, this.users);
		this.college = this.data.organization(9, "TVET");
		this.otherCollege = this.data.organization(9, "HIGHER");
		this.school = this.data.organization(9, "SECONDARY_SCHOOL");
		this.collegeHead = head(this.college);
		this.otherCollegeHead = head(this.otherCollege);
		this.schoolHead = head(this.school);
	}

	@Test
	@DisplayName("O-2.9a the head of a TVET organization issues, lists and revokes an observer login")
	void shouldIssueListAndRevokeAnObserverLogin() throws Exception {
		Issued issued = issue(this.collegeHead, this.college, "Aigerim Serikovna", "QA_COMMITTEE");
		assertThat(issued.login()).isEqualTo("obs-" + this.college.id() + "-1");
		assertThat(issued.password()).hasSizeGreaterThanOrEqualTo(12);
		assertThat(this.jdbc.sql("""
				select o.issued_to_name || '|' || o.issued_to_body || '|' || o.issuing_act || '|' || g.role || '|'
					|| g.scope_type || ':' || g.scope_id || '|' || (a.expires_at > now())
				from observer_login o join account a on a.id = o.account_id join role_grant g on g.account_id = a.id
				where a.username = ?""").param(issued.login()).query(String.class).single())
			.isEqualTo("Aigerim Serikovna|QA_COMMITTEE|Order No. 12 of 2020-04-01|QA_OBSERVER|ORGANIZATION:"
					+ this.college.id() + "|true");
		this.mvc.perform(get("/access/observers").with(user(this.collegeHead)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(issued.login())))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Active")));
		signIn(issued.login(), issued.password()).andExpect(redirectedUrl("/"));

		long loginId = observerLoginId(issued.login());
		this.mvc.perform(post("/access/observers/{id}/revoke", loginId).with(user(this.collegeHead)).with(csrf()))
			.andExpect(redirectedUrl("/access/observers?org=" + this.college.id() + "&revoked"));
		assertThat(this.jdbc.sql("""
				select o.revoked_at is not null and not a.enabled
				from observer_login o join account a on a.id = o.account_id where o.id = ?""")
			.param(loginId)
			.query(Boolean.class)
			.single()).isTrue();
		signIn(issued.login(), issued.password()).andExpect(redirectedUrl("/login?error=disabled"));
		this.mvc.perform(get("/access/observers").with(user(this.collegeHead)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Revoked")));
		assertThat(auditActions(this.college)).contains("OBSERVER_ISSUED", "OBSERVER_REVOKED");
	}

	@Test
	@DisplayName("O-2.9a a school head cannot issue observer logins")
	void shouldRefuseObserverLoginsOfASchool() throws Exception {
		this.mvc.perform(get("/access/observers").with(user(this.schoolHead)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("Observer logins are issued only by TVET, post-secondary, higher and postgraduate")));
		issueRequest(this.schoolHead, this.school, "Name", "QA_COMMITTEE", LocalDate.now().plusMonths(1))
			.andExpect(status().isForbidden());
		assertThat(observerLogins(this.school)).isZero();
	}

	@Test
	@DisplayName("O-2.9a the head of another organization can neither issue nor revoke its observer logins")
	void shouldRefuseTheHeadOfAnotherOrganization() throws Exception {
		issueRequest(this.otherCollegeHead, this.college, "Name", "QA_COMMITTEE", LocalDate.now().plusMonths(1))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/access/observers").param("org", String.valueOf(this.college.id()))
				.with(user(this.otherCollegeHead)))
			.andExpect(status().isForbidden());
		Issued issued = issue(this.collegeHead, this.college, "Name", "QA_TERRITORIAL");
		this.mvc
			.perform(post("/access/observers/{id}/revoke", observerLoginId(issued.login()))
				.with(user(this.otherCollegeHead))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(observerLogins(this.college)).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from observer_login where revoked_at is not null and organization_id = ?")
			.param(this.college.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	@DisplayName("O-2.9a a teacher cannot see or issue observer logins")
	void shouldRefuseATeacher() throws Exception {
		QashyqUser teacher = this.data.user(
				this.data.account("teacher", null, new Grant(Role.TEACHER, ScopeRef.organization(this.college.id()))));
		this.mvc.perform(get("/access/observers").with(user(teacher))).andExpect(status().isForbidden());
		issueRequest(teacher, this.college, "Name", "QA_COMMITTEE", LocalDate.now().plusMonths(1))
			.andExpect(status().isForbidden());
		assertThat(observerLogins(this.college)).isZero();
	}

	@Test
	@DisplayName("O-2.9a the expiry date is required, in the future and at most a year ahead")
	void shouldRefuseAWrongExpiryDate() throws Exception {
		issueRequest(this.collegeHead, this.college, "Name", "QA_COMMITTEE", LocalDate.now().minusDays(1))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("must be in the future")));
		issueRequest(this.collegeHead, this.college, "Name", "QA_COMMITTEE", LocalDate.now().plusYears(1).plusDays(2))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("at most one year")));
		issueRequest(this.collegeHead, this.college, "", "NOBODY", null).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Enter the name of the person")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Choose the body")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Enter the expiry date")));
		assertThat(observerLogins(this.college)).isZero();
	}

	@Test
	@DisplayName("O-2.9a an observer writes nothing and sees no other organization")
	void shouldKeepAnObserverReadOnlyAndInItsOrganization() throws Exception {
		Issued issued = issue(this.collegeHead, this.college, "Observer", "HIGHER_EDUCATION_DEPARTMENT");
		QashyqUser observer = this.data.user(issued.login());
		assertThat(observer.isReadOnly()).isTrue();
		issueRequest(observer, this.college, "Another", "QA_COMMITTEE", LocalDate.now().plusMonths(1))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/access/observer-requests").with(user(observer)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/directory/organizations/{id}", this.college.id()).with(user(observer)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/directory/organizations/{id}", this.otherCollege.id()).with(user(observer)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/access/audit").with(user(observer))).andExpect(status().isForbidden());
		assertThat(observerLogins(this.college)).isEqualTo(1);
	}

	@Test
	@DisplayName("O-2.9b an expired observer login cannot sign in")
	void shouldRefuseAnExpiredObserver() throws Exception {
		Issued issued = issue(this.collegeHead, this.college, "Observer", "QA_COMMITTEE");
		this.jdbc.sql("update account set expires_at = now() - interval '1 minute' where username = ?")
			.param(issued.login())
			.update();
		signIn(issued.login(), issued.password()).andExpect(redirectedUrl("/login?error=disabled"));
	}

	@Test
	@DisplayName("O-2.9b the head reads every sign-in of an observer and every page it viewed")
	void shouldLetTheHeadReadWhatAnObserverViewed() throws Exception {
		Issued issued = issue(this.collegeHead, this.college, "Observer", "QA_COMMITTEE");
		signIn(issued.login(), issued.password()).andExpect(redirectedUrl("/"));
		QashyqUser observer = this.data.user(issued.login());
		this.mvc.perform(get("/directory/organizations/{id}", this.college.id()).with(user(observer)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/access/audit").param("account", String.valueOf(observer.accountId()))
				.with(user(this.collegeHead)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Signed in")))
			.andExpect(content()
				.string(org.hamcrest.Matchers.containsString("/directory/organizations/" + this.college.id())));
	}

	@Test
	@DisplayName("O-2.9b revoking an observer login ends its sessions at once")
	void shouldEndTheSessionsOfARevokedObserver() throws Exception {
		Issued issued = issue(this.collegeHead, this.college, "Observer", "QA_COMMITTEE");
		MvcResult signedIn = signIn(issued.login(), issued.password()).andExpect(redirectedUrl("/")).andReturn();
		Cookie session = signedIn.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		this.mvc.perform(get("/access/observers").cookie(session)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/access/observers/{id}/revoke", observerLoginId(issued.login())).with(user(this.collegeHead))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/access/observers").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	@DisplayName("O-2.9b a signed-in observer is signed out once the login expires")
	void shouldSignOutAnObserverWhoseLoginExpired() throws Exception {
		Issued issued = issue(this.collegeHead, this.college, "Observer", "QA_COMMITTEE");
		Cookie session = signIn(issued.login(), issued.password()).andReturn().getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
		this.jdbc.sql("update account set expires_at = now() - interval '1 second' where username = ?")
			.param(issued.login())
			.update();
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login?error=disabled"));
		this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	@DisplayName("O-5.4 a regional department requests observer access; issuing a login closes the request")
	void shouldCloseARequestByIssuingALogin() throws Exception {
		QashyqUser region = this.data
			.user(this.data.account("region", null, new Grant(Role.REGION_DEPARTMENT, ScopeRef.region(9))));
		fileRequest(region, this.college, "Bolat Qanatuly").andExpect(redirectedUrl("/access/observer-requests?filed"));
		long requestId = this.jdbc.sql("select id from observer_request where organization_id = ?")
			.param(this.college.id())
			.query(Long.class)
			.single();
		this.mvc.perform(get("/access/observers").with(user(this.collegeHead)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Bolat Qanatuly")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Requested")));
		this.mvc
			.perform(get("/access/observers").param("request", String.valueOf(requestId)).with(user(this.collegeHead)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + requestId + "\"")));
		this.mvc
			.perform(post("/access/observers").param("org", String.valueOf(this.college.id()))
				.param("name", "Bolat Qanatuly")
				.param("body", "QA_TERRITORIAL")
				.param("act", "Order No. 5")
				.param("expiresOn", LocalDate.now().plusMonths(2).toString())
				.param("requestId", String.valueOf(requestId))
				.with(user(this.collegeHead))
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql("""
				select r.status || '|' || o.issued_to_name from observer_request r
				join observer_login o on o.id = r.observer_login_id where r.id = ?""")
			.param(requestId)
			.query(String.class)
			.single()).isEqualTo("ISSUED|Bolat Qanatuly");
		this.mvc.perform(get("/access/observer-requests").with(user(region)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Issued")));
	}

	@Test
	@DisplayName("O-5.4 the head refuses a request with a reason, never without")
	void shouldRefuseARequestWithAReason() throws Exception {
		QashyqUser ministry = this.data
			.user(this.data.account("ministry", null, new Grant(Role.MINISTRY_ADMIN, ScopeRef.REPUBLIC)));
		fileRequest(ministry, this.college, "Dana").andExpect(status().is3xxRedirection());
		long requestId = this.jdbc.sql("select id from observer_request where organization_id = ?")
			.param(this.college.id())
			.query(Long.class)
			.single();
		refuse(requestId, this.collegeHead, " ").andExpect(status().isUnprocessableContent());
		refuse(requestId, this.otherCollegeHead, "Not ours").andExpect(status().isForbidden());
		assertThat(requestStatus(requestId)).isEqualTo("REQUESTED");
		refuse(requestId, this.collegeHead, "The act is missing")
			.andExpect(redirectedUrl("/access/observers?org=" + this.college.id() + "&refused"));
		assertThat(requestStatus(requestId)).isEqualTo("REFUSED");
		this.mvc.perform(get("/access/observer-requests").with(user(ministry)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The act is missing")));
	}

	@Test
	@DisplayName("O-5.4 requests open longer than the configured days are flagged")
	void shouldFlagOverdueRequests() throws Exception {
		QashyqUser region = this.data
			.user(this.data.account("region", null, new Grant(Role.REGION_DEPARTMENT, ScopeRef.region(9))));
		fileRequest(region, this.college, "Erlan").andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/access/observers").with(user(this.collegeHead)))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Overdue"))));
		this.jdbc.sql("update observer_request set requested_at = now() - interval '4 days' where organization_id = ?")
			.param(this.college.id())
			.update();
		this.mvc.perform(get("/access/observers").with(user(this.collegeHead)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Overdue")));
		this.mvc.perform(get("/access/observer-requests").with(user(region)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Overdue")));
	}

	@Test
	@DisplayName("O-5.4 requests go only to eligible organizations of the requester's scope")
	void shouldRefuseRequestsOutsideTheScope() throws Exception {
		QashyqUser otherRegion = this.data
			.user(this.data.account("region", null, new Grant(Role.REGION_DEPARTMENT, ScopeRef.region(10))));
		fileRequest(otherRegion, this.college, "Name").andExpect(status().isForbidden());
		QashyqUser region = this.data
			.user(this.data.account("region", null, new Grant(Role.REGION_DEPARTMENT, ScopeRef.region(9))));
		fileRequest(region, this.school, "Name").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("does not issue observer logins")));
		this.mvc.perform(get("/access/observer-requests").with(user(this.collegeHead)))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from observer_request where organization_id in (?, ?)")
			.params(this.college.id(), this.school.id())
			.query(Integer.class)
			.single()).isZero();
	}

	// ----

	private QashyqUser head(Org org) {
		return this.data
			.user(this.data.account("head", null, new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(org.id()))));
	}

	private ResultActions issueRequest(QashyqUser user, Org org, String name, String body, LocalDate expiresOn)
			throws Exception {
		return this.mvc.perform(post("/access/observers").param("org", String.valueOf(org.id()))
			.param("name", name)
			.param("body", body)
			.param("act", "Order No. 12 of 2020-04-01")
			.param("expiresOn", (expiresOn != null) ? expiresOn.toString() : "")
			.with(user(user))
			.with(csrf()));
	}

	private Issued issue(QashyqUser head, Org org, String name, String body) throws Exception {
		String page = issueRequest(head, org, name, body, LocalDate.now().plusMonths(3)).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return new Issued(find(ISSUED_LOGIN, page), find(ISSUED_PASSWORD, page));
	}

	private ResultActions fileRequest(QashyqUser requester, Org org, String name) throws Exception {
		return this.mvc.perform(post("/access/observer-requests").param("organizationId", String.valueOf(org.id()))
			.param("body", "QA_COMMITTEE")
			.param("observerName", name)
			.param("reason", "Planned check of distance learning")
			.with(user(requester))
			.with(csrf()));
	}

	private ResultActions refuse(long requestId, QashyqUser head, String reason) throws Exception {
		return this.mvc.perform(post("/access/observers/requests/{id}/refuse", requestId)
			.param("org", String.valueOf(this.college.id()))
			.param("reason", reason)
			.with(user(head))
			.with(csrf()));
	}

	private ResultActions signIn(String login, String password) throws Exception {
		return this.mvc.perform(post("/login").param("username", login)
			.param("password", password)
			.with(csrf())
			.with(AccessTestData.newClient()));
	}

	private static String find(Pattern pattern, String page) {
		Matcher matcher = pattern.matcher(page);
		assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
		return matcher.group(1);
	}

	private long observerLoginId(String login) {
		return this.jdbc
			.sql("select o.id from observer_login o join account a on a.id = o.account_id where a.username = ?")
			.param(login)
			.query(Long.class)
			.single();
	}

	private int observerLogins(Org org) {
		return this.jdbc.sql("select count(*) from observer_login where organization_id = ?")
			.param(org.id())
			.query(Integer.class)
			.single();
	}

	private String requestStatus(long requestId) {
		return this.jdbc.sql("select status from observer_request where id = ?")
			.param(requestId)
			.query(String.class)
			.single();
	}

	private java.util.List<String> auditActions(Org org) {
		return this.jdbc.sql("select action from audit_log where organization_id = ? order by id")
			.param(org.id())
			.query(String.class)
			.list();
	}

	private record Issued(String login, String password) {
	}

}
