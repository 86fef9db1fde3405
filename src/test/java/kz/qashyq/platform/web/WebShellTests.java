package kz.qashyq.platform.web;

import java.util.List;

import jakarta.servlet.http.Cookie;
import kz.qashyq.access.AccountManagement;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.support.DirectoryTestData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The shell every page shares: languages, translated error pages, security headers,
 * escaping, OpenAPI.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WebShellTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	UserDetailsService users;

	@Test
	void shouldDeclareTheChosenLanguageAndRememberIt() throws Exception {
		this.mvc.perform(get("/login").param("lang", "ru"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"ru\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Вход в систему")))
			.andExpect(cookie().value("qashyq-lang", "ru"));
		this.mvc.perform(get("/login").cookie(new Cookie("qashyq-lang", "en")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"en\"")));
		this.mvc.perform(get("/login").header("Accept-Language", "ru-RU,ru;q=0.9"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"ru\"")));
		this.mvc.perform(get("/login"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"kk\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Жүйеге кіру")));
		this.mvc.perform(get("/login").param("lang", "de").header("Accept-Language", "de"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<html lang=\"kk\"")));
	}

	@Test
	void shouldSendSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy",
					org.hamcrest.Matchers.containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void shouldRenderMarkupInNamesEscaped() throws Exception {
		DirectoryTestData data = new DirectoryTestData(this.jdbc);
		long school = data.organization(data.settlement(9, "Escape test " + System.nanoTime()), "SECONDARY_SCHOOL",
				"<b>School</b>");
		long group = data.schoolClass(school, 7, "A");
		data.learner(school, group, "<script>alert(1)</script>", "Eve");
		String page = this.mvc
			.perform(get("/directory/groups/" + group)
				.with(user(signedIn(new Grant(Role.TEACHER, ScopeRef.group(group))))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;School&lt;/b&gt;")
			.doesNotContain("<script>alert(1)</script>");
	}

	@Test
	void shouldRefuseEveryWriteOfAReadOnlyUser() throws Exception {
		String username = "observer" + System.nanoTime();
		this.accounts.createAccount(username, null, "Observer", this.accounts.hash("Secret-123"), false,
				List.of(new Grant(Role.QA_OBSERVER, ScopeRef.region(9))));
		QashyqUser observer = (QashyqUser) this.users.loadUserByUsername(username);
		this.mvc.perform(post("/").with(csrf()).with(user(observer))).andExpect(status().isForbidden());
		this.mvc.perform(post("/directory/organizations/1/roster").with(csrf()).with(user(observer)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/").with(user(observer))).andExpect(status().isOk());
	}

	@Test
	void shouldLinkTheStyleSheetByContentHashAndServeItCachedWhilePageLinksStayAsWritten() throws Exception {
		String page = this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"")
			.matcher(page);
		assertThat(link.find()).as("a content-hashed style sheet link in %s", page).isTrue();
		this.mvc.perform(get(link.group(1)))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=604800")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("body")));
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
		assertThat(page).contains("action=\"/login\"");
	}

	@Test
	void shouldDescribeTheApiWithOpenApi() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/groups/{groupId}")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/api/v1/children")));
	}

	@Test
	void shouldAnswerTheApiWithoutSignInWith401() throws Exception {
		this.mvc.perform(get("/api/v1/tree")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/")).andExpect(status().is3xxRedirection());
	}

	private static QashyqUser ministry() {
		return signedIn(new Grant(Role.MINISTRY_ADMIN, ScopeRef.REPUBLIC));
	}

	private static QashyqUser signedIn(Grant... grants) {
		return new QashyqUser(System.nanoTime(), "u" + System.nanoTime(), "Test", null, null, true, false,
				List.of(grants));
	}

}
