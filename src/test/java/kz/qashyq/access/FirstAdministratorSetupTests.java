package kz.qashyq.access;

import kz.qashyq.support.EnglishByDefault;
import kz.qashyq.access.internal.FirstAdministratorSetup;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A non-demo installation: no account, no default password; the first administrator comes
 * from the one-time code in the log. The tests run in order: the last one creates the
 * administrator.
 */
@SpringBootTest(properties = "qashyq.demo.enabled=false")
@Import(EnglishByDefault.class)
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FirstAdministratorSetupTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FirstAdministratorSetup setup;

	@Test
	@Order(1)
	void shouldIssueASetupCodeAtStartAndCreateNoAccount() throws Exception {
		assertThat(this.jdbc.sql("select count(*) from setup_token").query(Integer.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from account").query(Integer.class).single()).isZero();
		this.mvc.perform(get("/setup"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("one-time setup code")));
	}

	@Test
	@Order(2)
	void shouldRefuseAWrongCodeAndCreateNothing() throws Exception {
		this.setup.issueCode();
		create("AAAA-BBBB-CCCC-DDDD", "admin", "Steppe-wind-77").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The setup code is wrong.")));
		assertThat(this.jdbc.sql("select count(*) from account").query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from setup_token").query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	@Order(3)
	void shouldRefuseEvenTheRightCodeAfterTwentyWrongOnesFromTheSameClient() throws Exception {
		String code = this.setup.issueCode();
		RequestPostProcessor client = AccessTestData.newClient();
		for (int i = 0; i < 20; i++) {
			create("WRONG-CODE-" + i, "admin", "Steppe-wind-77", client).andExpect(status().isUnprocessableContent());
		}
		create(code, "admin", "Steppe-wind-77", client).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Too many failed attempts")));
		assertThat(this.jdbc.sql("select count(*) from account").query(Integer.class).single()).isZero();
	}

	@Test
	@Order(4)
	void shouldRefuseAWeakPasswordAndKeepTheCode() throws Exception {
		String code = this.setup.issueCode();
		create(code, "admin", "demo").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("at least 8 characters")));
		create(code, "a", "Steppe-wind-77").andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The login name must have 3 to 40 characters")));
		assertThat(this.jdbc.sql("select count(*) from account").query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from setup_token").query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	@Order(5)
	void shouldCreateTheFirstAdministratorOnceAndThenAnswerNotFound() throws Exception {
		String code = this.setup.issueCode();
		create(code.toLowerCase().replace("-", " "), "Admin.Kz", "Steppe-wind-77")
			.andExpect(redirectedUrl("/login?setup"));
		assertThat(this.jdbc.sql("""
				select a.username || ' ' || a.display_name || ' ' || g.role || ' ' || g.scope_type
				from account a join role_grant g on g.account_id = a.id""").query(String.class).list())
			.containsExactly("admin.kz First Administrator MINISTRY_ADMIN REPUBLIC");
		assertThat(this.jdbc.sql("select count(*) from setup_token").query(Integer.class).single()).isZero();
		assertThat(this.jdbc.sql("select action from audit_log where username = 'admin.kz'").query(String.class).list())
			.containsExactly("SETUP");
		this.mvc.perform(get("/setup")).andExpect(status().isNotFound());
		create(code, "second", "Steppe-wind-77").andExpect(status().isNotFound());
		this.mvc
			.perform(post("/login").param("username", "admin.kz")
				.param("password", "Steppe-wind-77")
				.with(csrf())
				.with(AccessTestData.newClient()))
			.andExpect(redirectedUrl("/"));
	}

	private ResultActions create(String code, String username, String password) throws Exception {
		return create(code, username, password, AccessTestData.newClient());
	}

	private ResultActions create(String code, String username, String password, RequestPostProcessor client)
			throws Exception {
		return this.mvc.perform(post("/setup").param("code", code)
			.param("username", username)
			.param("displayName", "First Administrator")
			.param("password", password)
			.param("repeat", password)
			.with(csrf())
			.with(client));
	}

}
