package kz.qashyq.access;

import kz.qashyq.support.EnglishByDefault;
import kz.qashyq.access.AccessTestData.Org;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
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
class PasswordChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	UserDetailsService users;

	AccessTestData data;

	String username;

	QashyqUser teacher;

	@BeforeEach
	void setUp() {
		this.data = new AccessTestData(this.jdbc, this.accountManagement, this.users);
		Org school = this.data.organization(2, "SECONDARY_SCHOOL");
		this.username = this.data.account("teacher", null, new Grant(Role.TEACHER, ScopeRef.organization(school.id())));
		this.teacher = this.data.user(this.username);
	}

	@Test
	void shouldChangeThePasswordAndSignInWithTheNewOneOnly() throws Exception {
		this.mvc.perform(get("/account/password").with(user(this.teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("At least 8 characters")));
		change(AccessTestData.PASSWORD, "Steppe-wind-77", "Steppe-wind-77")
			.andExpect(redirectedUrl("/account/password?changed"));
		this.mvc.perform(get("/account/password").param("changed", "").with(user(this.teacher)))
			.andExpect(content().string(containsString("Your password has been changed")));
		signIn("Steppe-wind-77").andExpect(redirectedUrl("/"));
		signIn(AccessTestData.PASSWORD).andExpect(redirectedUrl("/login?error"));
		assertThat(this.jdbc.sql("select count(*) from audit_log where action = 'PASSWORD_CHANGED' and username = ?")
			.param(this.username)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void shouldRefuseAWrongCurrentPassword() throws Exception {
		change("not-my-password-1", "Steppe-wind-77", "Steppe-wind-77").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The current password is wrong.")));
		signIn(AccessTestData.PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void shouldRefuseWeakOrMistypedPasswords() throws Exception {
		expectRefused("Ab1", "Ab1", "at least 8 characters");
		expectRefused("onlyletters", "onlyletters", "both letters and digits");
		expectRefused("12345678901", "12345678901", "both letters and digits");
		expectRefused(this.username + "1", this.username + "1", "must not be or contain the login");
		expectRefused("demo2020", "demo2020", "too easy to guess");
		expectRefused("Password1", "Password1", "too easy to guess");
		expectRefused("Steppe-wind-77", "Steppe-wind-78", "The two new passwords differ.");
		expectRefused(AccessTestData.PASSWORD, AccessTestData.PASSWORD, "must differ from the current one");
		expectRefused("x".repeat(60) + "1234567", "x".repeat(60) + "1234567", "too long");
		signIn(AccessTestData.PASSWORD).andExpect(redirectedUrl("/"));
	}

	@Test
	void shouldKeepThePasswordOfADemoAccount() throws Exception {
		this.jdbc.sql("update account set demo = true where username = ?").param(this.username).update();
		change(AccessTestData.PASSWORD, "Steppe-wind-77", "Steppe-wind-77").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("demo account cannot be changed")));
	}

	private void expectRefused(String password, String repeat, String message) throws Exception {
		change(AccessTestData.PASSWORD, password, repeat).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString(message)));
	}

	private ResultActions change(String current, String password, String repeat) throws Exception {
		return this.mvc.perform(post("/account/password").param("current", current)
			.param("password", password)
			.param("repeat", repeat)
			.with(user(this.teacher))
			.with(csrf())
			.with(AccessTestData.newClient()));
	}

	private ResultActions signIn(String password) throws Exception {
		return this.mvc.perform(post("/login").param("username", this.username)
			.param("password", password)
			.with(csrf())
			.with(AccessTestData.newClient()));
	}

}
