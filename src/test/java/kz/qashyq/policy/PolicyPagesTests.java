package kz.qashyq.policy;

import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.support.DirectoryTestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The policy pages render in every language with the demo accounts, show the rules and
 * the regime, and explain refused input in the user's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PolicyPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@ParameterizedTest
	@ValueSource(strings = { "kk", "ru", "en" })
	void shouldRenderEveryPageInEveryLanguage(String lang) throws Exception {
		QashyqUser ministry = (QashyqUser) this.users.loadUserByUsername("ministry");
		QashyqUser region = (QashyqUser) this.users.loadUserByUsername("region");
		long school = this.jdbc
			.sql("select organization_id from learner l join account a on a.person_id = l.person_id "
					+ "where a.username = 'student'")
			.query(Long.class)
			.single();
		String index = page(get("/policy").param("lang", lang).with(user(region)));
		String version = page(get("/policy/versions/2").param("lang", lang).with(user(ministry)));
		String regime = page(get("/policy/organizations/" + school).param("date", "2020-04-10")
			.param("lang", lang)
			.with(user(region)));
		String refused = this.mvc
			.perform(post("/policy/versions/3/successor").param("lang", lang).with(user(ministry)).with(csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(refused).endsWith("/policy/versions/3#edit");
		var recorded = this.mvc
			.perform(post("/policy/organizations/" + school + "/regimes").param("regime", "IN_PERSON")
				.param("lang", lang)
				.with(user(region))
				.with(csrf()))
			.andReturn();
		for (String html : new String[] { index, version, regime }) {
			assertThat(html).contains("lang=\"" + lang + "\"").doesNotContain("??");
		}
		assertThat(index).contains("/policy/versions/3", "/policy/organizations/" + school);
		assertThat(version).contains("08:30", "14:00", "O-1.7", "id=\"edit\"", "id=\"add-period\"");
		assertThat(regime).contains(switch (lang) {
			case "kk" -> "Қашықтықтан оқыту";
			case "ru" -> "Дистанционное обучение";
			default -> "Distance learning";
		}).contains("id=\"record\"");
		assertThat(recorded.getResponse().getRedirectedUrl()).endsWith("#record");
		assertThat(recorded.getFlashMap().get("errors"))
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(String.class))
			.contains("policy.regime.error.from", "policy.regime.error.basis",
					"policy.regime.error.inPersonSettlement");
		DirectoryTestData.signOut();
	}

	@ParameterizedTest
	@ValueSource(strings = { "observer", "teacher" })
	void shouldNotOfferFormsToReadersOfTheRegime(String account) throws Exception {
		QashyqUser reader = (QashyqUser) this.users.loadUserByUsername(account);
		String index = page(get("/policy").param("lang", "en").with(user(reader)));
		assertThat(index).doesNotContain("id=\"edit\"").doesNotContain("id=\"record\"");
		String version = page(get("/policy/versions/3").param("lang", "en").with(user(reader)));
		assertThat(version).contains("Grades 5–9").doesNotContain("id=\"edit\"");
	}

	private String page(RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

}
