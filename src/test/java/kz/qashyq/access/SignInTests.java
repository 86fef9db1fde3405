package kz.qashyq.access;

import jakarta.servlet.http.Cookie;
import kz.qashyq.access.AccessTestData.Org;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

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

	@BeforeEach
	void setUp() {
		this.data = new AccessTestData(this.jdbc, this.accountManagement, this.users);
		this.college = this.data.organization(9, "TVET");
	}

	@Test
	void shouldSignInByIinEmailAndPhone() throws Exception {
		String iin = AccessTestData.newIin();
		int n = AccessTestData.next();
		String email = "Teacher" + n + "@College.kz";
		String phone = String.format("+7 (701) %03d-%02d-%02d", n % 1000, n % 100, 7);
		long personId = this.data.person(iin, email, phone);
		this.data.account("teacher", personId, new Grant(Role.TEACHER, ScopeRef.organization(this.college.id())));
		RequestPostProcessor client = AccessTestData.newClient();
		signIn(iin, AccessTestData.PASSWORD, client).andExpect(redirectedUrl("/"));
		signIn(email.toLowerCase(), AccessTestData.PASSWORD, client).andExpect(redirectedUrl("/"));
		signIn(String.format("8701%03d%02d07", n % 1000, n % 100), AccessTestData.PASSWORD, client)
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void shouldSignInNeitherAccountByAPhoneTheyShare() throws Exception {
		int n = AccessTestData.next();
		String phone = String.format("+77021%03d%03d", n % 1000, n % 997);
		long mother = this.data.person(AccessTestData.newIin(), null, phone);
		long father = this.data.person(AccessTestData.newIin(), null, phone);
		this.data.account("mother", mother, new Grant(Role.TEACHER, ScopeRef.organization(this.college.id())));
		this.data.account("father", father, new Grant(Role.TEACHER, ScopeRef.organization(this.college.id())));
		signIn(phone, AccessTestData.PASSWORD, AccessTestData.newClient()).andExpect(redirectedUrl("/login?error"));
	}

	@Test
	@DisplayName("O-2.9b every sign-in and every refused sign-in is in the audit log, without the password")
	void shouldWriteSignInsToTheAuditLog() throws Exception {
		String username = this.data.account("lecturer", null,
				new Grant(Role.TEACHER, ScopeRef.organization(this.college.id())));
		long accountId = this.data.accountId(username);
		RequestPostProcessor client = AccessTestData.newClient();
		signIn(username, "Wrong-secret-77", client);
		signIn(username, AccessTestData.PASSWORD, client);
		assertThat(this.jdbc.sql("""
				select action || ' ' || username || ' ' || organization_id || ' ' || details
				from audit_log where account_id = ? order by id""").param(accountId).query(String.class).list())
			.satisfiesExactly(
					(failed) -> assertThat(failed).startsWith("LOGIN_FAILED " + username + " " + this.college.id())
						.contains("reason=credentials")
						.doesNotContain("Wrong-secret-77"),
					(login) -> assertThat(login).startsWith("LOGIN " + username + " " + this.college.id()));
	}

	@Test
	void shouldSwitchToTheAccountsLanguageAtSignIn() throws Exception {
		String username = this.data.account("lecturer", null,
				new Grant(Role.TEACHER, ScopeRef.organization(this.college.id())));
		this.jdbc.sql("update account set locale = 'ru' where username = ?").param(username).update();
		MvcResult result = signIn(username, AccessTestData.PASSWORD, AccessTestData.newClient())
			.andExpect(redirectedUrl("/"))
			.andReturn();
		Cookie cookie = result.getResponse().getCookie("qashyq-lang");
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("ru");
	}

	@Test
	void shouldRememberTheLanguageASignedInUserChooses() throws Exception {
		String username = this.data.account("lecturer", null,
				new Grant(Role.TEACHER, ScopeRef.organization(this.college.id())));
		this.mvc.perform(get("/account/password").param("lang", "kk").with(user(this.data.user(username))))
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql("select locale from account where username = ?")
			.param(username)
			.query(String.class)
			.single()).isEqualTo("kk");
	}

	@Test
	void shouldDescribeTheSignedInUserAsJson() throws Exception {
		String username = this.data.account("head", null,
				new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(this.college.id())));
		this.mvc.perform(get("/api/v1/me").with(user(this.data.user(username))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value(username))
			.andExpect(jsonPath("$.roles[0]").value("ORGANIZATION_HEAD"))
			.andExpect(jsonPath("$.grants[0].scopeType").value("ORGANIZATION"))
			.andExpect(jsonPath("$.grants[0].scopeId").value(this.college.id()))
			.andExpect(jsonPath("$.readOnly").value(false));
		this.mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/me'].get.summary").value("The signed-in user"));
	}

	@Test
	void shouldAnswerNotFoundForSetupInDemoMode() throws Exception {
		this.mvc.perform(get("/setup")).andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from setup_token").query(Integer.class).single()).isZero();
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String login, String password,
			RequestPostProcessor client) throws Exception {
		return this.mvc
			.perform(post("/login").param("username", login).param("password", password).with(csrf()).with(client));
	}

}
