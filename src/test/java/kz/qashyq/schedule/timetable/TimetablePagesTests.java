package kz.qashyq.schedule.timetable;

import kz.qashyq.demo.DemoData;
import kz.qashyq.platform.security.QashyqUser;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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

/**
 * The timetable pages over HTTP: a refused lesson is explained in the user's language
 * with its rule id, the study load and class pages render, and the public link works
 * without sign-in and shows no names.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TimetablePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	QashyqUser deputy() {
		return (QashyqUser) this.users.loadUserByUsername("deputy");
	}

	long citySchoolClass(String name) {
		return this.jdbc.sql("select id from study_group where organization_id = ? and name = ?")
			.params(this.demo.facts().citySchoolId(), name)
			.query(Long.class)
			.single();
	}

	@Test
	@DisplayName("O-1.10a a refused lesson is explained in Russian and Kazakh with its rule id, and nothing is saved")
	void shouldExplainARefusedLessonInTheUsersLanguage() throws Exception {
		long school = this.demo.facts().citySchoolId();
		String location = this.mvc
			.perform(post("/timetables").param("org", String.valueOf(school))
				.param("validFrom", "2020-04-06")
				.with(csrf())
				.with(user(deputy())))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/timetables/");
		long timetable = Long.parseLong(location.substring("/timetables/".length()));
		long grade5 = citySchoolClass("5А");
		for (String[] language : new String[][] { { "ru", "не сохранено" }, { "kk", "сақталмады" } }) {
			var response = this.mvc
				.perform(post("/timetables/{id}/lessons", timetable).param("lang", language[0])
					.param("group", String.valueOf(grade5))
					.param("subject", "Математика")
					.param("teacher", "")
					.param("weekday", "1")
					.param("start", "08:30")
					.param("minutes", "45")
					.param("mode", "SELF_STUDY")
					.with(csrf())
					.with(user(deputy())))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).isEqualTo(422);
			String html = response.getContentAsString();
			assertThat(html).contains("O-1.10a:").containsIgnoringCase(language[1]);
			assertThat(html).doesNotContain("??");
		}
		assertThat(this.jdbc.sql("select count(*) from timetable_lesson where timetable_id = ?")
			.param(timetable)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	@DisplayName("O-1.10d the study load page and a class's published timetable render for the deputy")
	void shouldRenderStudyLoadAndClassPages() throws Exception {
		var load = this.mvc
			.perform(get("/timetables/study-load").param("org", String.valueOf(this.demo.facts().citySchoolId()))
				.param("lang", "en")
				.with(user(deputy())))
			.andReturn()
			.getResponse();
		assertThat(load.getStatus()).isEqualTo(200);
		assertThat(load.getContentAsString()).contains("Study load", "Derive from teaching assignments", "Математика");
		var page = this.mvc
			.perform(get("/timetables/classes/{id}", citySchoolClass("9А")).param("lang", "en").with(user(deputy())))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Approved timetable, valid from", "Monday");
		assertThat(page.getContentAsString().length()).as("a light page").isLessThan(30_000);
	}

	@Test
	@DisplayName("A1-24b the public link opens without sign-in, shows no names and is gone once turned off")
	void shouldServeThePublicLinkWithoutSignIn() throws Exception {
		long timetable = this.jdbc.sql("select id from timetable where organization_id = ? and status = 'APPROVED'")
			.param(this.demo.facts().citySchoolId())
			.query(Long.class)
			.single();
		this.mvc.perform(post("/timetables/{id}/public-link", timetable).with(csrf()).with(user(deputy())));
		String token = this.jdbc.sql("select public_token from timetable where id = ?")
			.param(timetable)
			.query(String.class)
			.single();
		var response = this.mvc.perform(get("/public/timetables/{token}", token).param("lang", "en"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'");
		String teacher = this.jdbc.sql("""
				select p.last_name from timetable_lesson l join person p on p.id = l.teacher_id
				where l.timetable_id = ? limit 1""").param(timetable).query(String.class).single();
		assertThat(response.getContentAsString()).contains("9А").doesNotContain(teacher);
		this.mvc.perform(post("/timetables/{id}/public-link/delete", timetable).with(csrf()).with(user(deputy())));
		assertThat(this.mvc.perform(get("/public/timetables/{token}", token)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

}
