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
				pattern = { "kz\\.qashyq\\.access\\.internal\\..*", "kz\\.qashyq\\.guidance\\.web\\..*" }))
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
	void shouldShowOneMessageForEveryRefusalAndTheWaitWhenThereIsOne() throws Exception {
		this.mvc.perform(get("/login").param("error", "").param("lang", "en"))
			.andExpect(content()
				.string(containsString("The login or the password is wrong, or there were too many attempts.")))
			.andExpect(content().string(not(containsString("next attempt"))));
		this.mvc.perform(get("/login").param("error", "").param("wait", "30").param("lang", "en"))
			.andExpect(content().string(containsString("is possible in 30 seconds")));
		this.mvc.perform(get("/login").param("error", "").param("wait", "900").param("lang", "ru"))
			.andExpect(content().string(containsString("возможна через 15 мин.")));
		this.mvc.perform(get("/login").param("error", "").param("wait", "99999").param("lang", "en"))
			.andExpect(content().string(containsString("is possible in 15 minutes")));
		this.mvc.perform(get("/login").param("error", "locked").param("lang", "en"))
			.andExpect(content()
				.string(containsString("The login or the password is wrong, or there were too many attempts.")));
		this.mvc.perform(get("/login").param("error", "<script>").param("lang", "kk"))
			.andExpect(content().string(containsString("Логин немесе құпиясөз қате")))
			.andExpect(content().string(not(containsString("<script>"))));
	}

}
