package kz.qashyq.access.web;

import kz.qashyq.platform.PlatformConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sign-in page alone, in a web slice: the controller, the layout and the message
 * bundles, without the database-backed security chain.
 */
@WebMvcTest(controllers = LoginController.class, properties = "qashyq.demo.enabled=true",
		excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "kz\\.qashyq\\.access\\.internal\\..*"))
@AutoConfigureMockMvc(addFilters = false)
@Import(PlatformConfiguration.class)
class LoginPageSliceTests {

	@Autowired
	MockMvc mvc;

	@Test
	void shouldListTheDemoAccountsInDemoMode() throws Exception {
		this.mvc.perform(get("/login").param("lang", "ru"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"ru\"")))
			.andExpect(content().string(containsString("Демо-учётные записи")))
			.andExpect(content().string(containsString("college-head")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void shouldExplainWhySignInFailed() throws Exception {
		this.mvc.perform(get("/login").param("error", "locked").param("lang", "en"))
			.andExpect(content().string(containsString("the account is locked for 15 minutes")));
		this.mvc.perform(get("/login").param("error", "<script>").param("lang", "kk"))
			.andExpect(content().string(containsString("Логин немесе құпиясөз қате.")))
			.andExpect(content().string(not(containsString("<script>"))));
	}

}
