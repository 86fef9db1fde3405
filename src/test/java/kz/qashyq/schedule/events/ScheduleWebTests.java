package kz.qashyq.schedule.events;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import jakarta.servlet.http.Cookie;
import kz.qashyq.demo.DemoData;
import kz.qashyq.demo.DemoFacts;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.schedule.TvSchedule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The TV schedule and events pages over HTTP, on the demo data.
 */
// its own context and database: the my-day tests, which share the default one, remove the
// demo's
// TV week of 6 April 2020 that this class counts
@SpringBootTest(properties = "qashyq.test.context=schedule-web")
@AutoConfigureMockMvc
class ScheduleWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	private QashyqUser account(String name) {
		return (QashyqUser) this.users.loadUserByUsername(name);
	}

	@Test
	@DisplayName("O-3.1a the demo TV week covers the current week and the week of 6 April 2020, both channels and languages")
	void shouldShowTheDemoTvWeeks() throws Exception {
		LocalDate monday = LocalDate.now(TvSchedule.BROADCAST_ZONE)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		for (LocalDate week : new LocalDate[] { monday, LocalDate.of(2020, 4, 6) }) {
			assertThat(this.jdbc
				.sql("""
						select count(*) from tv_broadcast where starts_at >= ? and starts_at < ? and imported_by = 'demo'""")
				.params(java.sql.Timestamp.from(week.atStartOfDay(TvSchedule.BROADCAST_ZONE).toInstant()),
						java.sql.Timestamp.from(week.plusDays(5).atStartOfDay(TvSchedule.BROADCAST_ZONE).toInstant()))
				.query(Long.class)
				.single()).isEqualTo(110);
		}
		assertThat(this.jdbc.sql("select count(distinct (channel, language, grade)) from tv_broadcast")
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(22);
		String page = this.mvc
			.perform(get("/schedule/tv").param("week", "2020-04-08")
				.param("channel", "BALAPAN")
				.param("lang", "en")
				.with(user(account("student"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("06.04.2020", "09:00–09:30", "Balapan").doesNotContain("EL ARNA</td>");
	}

	@Test
	@DisplayName("O-3.1a a refused upload lists its problems on the page and in the downloadable report")
	void shouldReportUploadErrors() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String csv = "date;start;end;channel;language;grade;subject\n2019-06-03;09:00;08:00;EL ARNA;kk;5;Алгебра\n";
		MvcResult upload = this.mvc
			.perform(multipart("/schedule/tv/import")
				.file(new MockMultipartFile("file", "tv.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
				.param("lang", "ru")
				.session(session)
				.with(user(account("ministry")))
				.with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn();
		String page = upload.getResponse().getContentAsString(StandardCharsets.UTF_8);
		// the session lives in the database: its cookie carries it to the next request
		Cookie[] cookies = upload.getResponse().getCookies();
		assertThat(page).contains("Ничего не сохранено", "Окончание (C)", "Окончание должно быть позже начала");
		String report = this.mvc
			.perform(get("/schedule/tv/import/errors.csv").param("lang", "ru")
				.session(session)
				.cookie(cookies)
				.with(user(account("ministry"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(report).contains("2;Окончание (C);08:00;Окончание должно быть позже начала (09:00).");
		this.mvc.perform(get("/schedule/tv/template").param("format", "xlsx").with(user(account("ministry"))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/schedule/tv/import").with(user(account("region")))).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("O-1.12a the demo school's April 2020 events are listed, and its parent meeting shows the order's topic")
	void shouldListTheDemoEvents() throws Exception {
		DemoFacts facts = this.demo.facts();
		String page = this.mvc
			.perform(get("/schedule/organizations/{id}/events", facts.citySchoolId()).param("month", "2020-04")
				.param("lang", "kk")
				.with(user(account("head"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Сынақ сабағы", "Қашықтан ата-аналар жиналысы", "Қашықтан сынып сағаты",
				"01.04.2020");
		long meeting = this.jdbc.sql(
				"select id from school_event where organization_id = ? and kind = 'PARENT_MEETING' order by id limit 1")
			.param(facts.citySchoolId())
			.query(Long.class)
			.single();
		String event = this.mvc
			.perform(get("/schedule/events/{id}", meeting).param("lang", "kk").with(user(account("head"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(event).contains("Біздің мектепте қашықтықтан оқыту қалай жүргізіледі?", "Алматы уақыты")
			.doesNotContain("Asia/Almaty");
		this.mvc.perform(get("/schedule/events/{id}", meeting).with(user(account("college-head"))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/schedule/events/templates/{code}/apply", "ORDER_2020_TRIAL_LESSON")
				.param("unit", "REGION:" + facts.regionId())
				.with(user(account("teacher")))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

}
