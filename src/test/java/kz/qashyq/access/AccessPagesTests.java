package kz.qashyq.access;

import java.time.LocalDate;

import kz.qashyq.access.AccessTestData.Org;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page of the access module renders in Kazakh, Russian and English without a
 * missing message.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accountManagement;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@ValueSource(strings = { "kk", "ru", "en" })
	void shouldRenderEveryPageInEveryLanguage(String lang) throws Exception {
		AccessTestData data = new AccessTestData(this.jdbc, this.accountManagement, this.users);
		Org college = data.organization(18, "POSTGRADUATE");
		QashyqUser head = data
			.user(data.account("head", null, new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(college.id()))));
		QashyqUser city = data.user(data.account("city", null, new Grant(Role.REGION_DEPARTMENT, ScopeRef.region(18))));
		this.mvc
			.perform(post("/access/observer-requests").param("organizationId", String.valueOf(college.id()))
				.param("body", "QA_TERRITORIAL")
				.param("observerName", "Name")
				.param("reason", "Check")
				.with(user(city))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		String issued = page(post("/access/observers").param("org", String.valueOf(college.id()))
			.param("name", "Observer")
			.param("body", "QA_COMMITTEE")
			.param("act", "No. 1")
			.param("expiresOn", LocalDate.now().plusDays(30).toString())
			.param("lang", lang)
			.with(user(head))
			.with(csrf()));
		String missing = page(post("/access/observers").param("org", String.valueOf(college.id()))
			.param("lang", lang)
			.with(user(head))
			.with(csrf()));
		assertThat(missing).contains("class=\"error\"");
		String observers = page(get("/access/observers").param("lang", lang).with(user(head)));
		String requests = page(get("/access/observer-requests").param("lang", lang).with(user(city)));
		String audit = page(get("/access/audit").param("lang", lang).with(user(head)));
		String password = page(get("/account/password").param("lang", lang).with(user(head)));
		String login = page(get("/login").param("error", "").param("wait", "30").param("lang", lang));
		for (String html : new String[] { issued, missing, observers, requests, audit, password, login }) {
			assertThat(html).contains("lang=\"" + lang + "\"").doesNotContain("??");
		}
		assertThat(audit)
			.contains(java.util.Map.of("kk", "Бақылаушы логині", "ru", "Логин наблюдателя", "en", "Observer login")
				.get(lang))
			.doesNotContain(">OBSERVER_LOGIN<");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

}
