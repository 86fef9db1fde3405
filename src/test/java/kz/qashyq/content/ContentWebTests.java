package kz.qashyq.content;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The content pages and the file download over HTTP, as the demo accounts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ContentWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	private UserDetails account(String name) {
		return this.users.loadUserByUsername(name);
	}

	private long demoFile(String mediaType) {
		return this.jdbc.sql("""
				select m.id from material m join stored_file f on f.id = m.file_id where f.media_type = ?
				order by m.id limit 1""").param(mediaType).query(Long.class).single();
	}

	@Test
	@DisplayName("A1-18d a learner downloads a material's file with its media type and a safe file name")
	void downloadsAFile() throws Exception {
		long pdf = demoFile("application/pdf");
		MvcResult result = this.mvc.perform(get("/content/materials/{id}/file", pdf).with(user(account("student"))))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("inline;")
			.contains("filename=\"rabochaya-programma-matematika.pdf\"");
		assertThat(result.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(result.getResponse().getContentAsByteArray()).startsWith("%PDF-".getBytes());
		assertThat(this.mvc.perform(get("/content/materials/{id}/file", pdf).with(user(account("college-head"))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
	}

	@Test
	@DisplayName("A1-16b an upload whose content is not what its name says is refused with a translated reason")
	void refusesAMismatchedUpload() throws Exception {
		long discipline = this.jdbc.sql("""
				select d.id from discipline d join organization o on o.id = d.organization_id
				where d.subject = 'Математика' and exists (select 1 from complex c where c.discipline_id = d.id)""")
			.query(Long.class)
			.single();
		int before = this.jdbc.sql("select count(*) from material").query(Integer.class).single();
		MockMultipartFile file = new MockMultipartFile("file", "lesson.pdf", "application/pdf",
				"just some words, not a PDF".getBytes());
		MvcResult result = this.mvc
			.perform(multipart("/content/disciplines/{id}/materials", discipline).file(file)
				.param("kind", "FILE")
				.param("title", "Lesson")
				.param("language", "ru")
				.header("Accept-Language", "ru")
				.with(csrf())
				.with(user(account("teacher"))))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		@SuppressWarnings("unchecked")
		List<String> problems = (List<String>) result.getFlashMap().get("problems");
		assertThat(problems).singleElement().asString().isNotBlank().doesNotContain("storage.rejected");
		assertThat(this.jdbc.sql("select count(*) from material").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	@DisplayName("A1-9c the learner's thematic schedule page and JSON show the published topics of their class")
	void learnersSchedule() throws Exception {
		long student = this.jdbc.sql("select person_id from account where username = 'student'")
			.query(Long.class)
			.single();
		MvcResult page = this.mvc.perform(get("/content/my/schedule").with(user(account("student")))).andReturn();
		assertThat(page.getResponse().getRedirectedUrl()).isEqualTo("/content/learners/" + student + "/schedule");
		String html = this.mvc.perform(get("/content/learners/{id}/schedule", student).with(user(account("student"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Математика");
		// a learner who is not a child of the demo parent (whose son is the demo student)
		long stranger = this.jdbc.sql("""
				select person_id from learner where person_id not in (select learner_id from parent_link
				where parent_id = (select person_id from account where username = 'parent')) and person_id <> ?
				order by person_id limit 1""").param(student).query(Long.class).single();
		int notHerChild = this.mvc
			.perform(get("/api/v1/learners/{id}/thematic-schedule", stranger).with(user(account("parent"))))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(notHerChild).isEqualTo(404);
		String own = this.mvc
			.perform(get("/api/v1/learners/{id}/thematic-schedule", student).param("subject", "Математика")
				.with(user(account("student"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(own).contains("\"subject\":\"Математика\"").contains("\"deadline\"");
	}

	@Test
	@DisplayName("A1-25e the OpenAPI description documents the thematic schedule and the materials of a discipline")
	void openApi() throws Exception {
		String json = this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
		assertThat(json).contains("/api/v1/learners/{learnerId}/thematic-schedule")
			.contains("/api/v1/disciplines/{disciplineId}/materials")
			.contains("ScheduleJson")
			.contains("MaterialJson");
	}

}
