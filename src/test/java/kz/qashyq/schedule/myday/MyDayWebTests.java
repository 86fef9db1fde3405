package kz.qashyq.schedule.myday;

import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The day and week as pages and as JSON under {@code /api/v1}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ScheduleTestConfiguration.class)
class MyDayWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	TwoSchools schools;

	@BeforeEach
	void createTwoSchools() {
		this.schools = new TwoSchools(this.jdbc);
	}

	@Test
	@DisplayName("A1-27a the day as JSON: each lesson's start and end as UTC instants, with local time and zone")
	void shouldAnswerJson() throws Exception {
		this.mvc.perform(get("/api/v1/my/day").param("date", "2020-04-06").with(user(this.schools.student())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.span").value("DAY"))
			.andExpect(jsonPath("$.week").doesNotExist())
			.andExpect(jsonPath("$.agendas[0].empty").doesNotExist())
			.andExpect(jsonPath("$.date").value("2020-04-06"))
			.andExpect(jsonPath("$.previous").value("2020-04-05"))
			.andExpect(jsonPath("$.next").value("2020-04-07"))
			.andExpect(jsonPath("$.agendas[0].kind").value("OWN"))
			.andExpect(jsonPath("$.agendas[0].timeZone").value("Asia/Almaty"))
			.andExpect(jsonPath("$.agendas[0].days[0].date").value("2020-04-06"))
			.andExpect(jsonPath("$.agendas[0].days[0].entries[0].kind").value("LESSON"))
			.andExpect(jsonPath("$.agendas[0].days[0].entries[0].title").value("Mathematics"))
			.andExpect(jsonPath("$.agendas[0].days[0].entries[0].start").value("2020-04-06T03:00:00Z"))
			.andExpect(jsonPath("$.agendas[0].days[0].entries[0].end").value("2020-04-06T03:30:00Z"))
			.andExpect(jsonPath("$.agendas[0].days[0].entries[0].localStart").value("09:00:00"))
			.andExpect(jsonPath("$.agendas[0].days[0].entries[0].localEnd").value("09:30:00"))
			.andExpect(jsonPath("$.agendas[0].days[0].entries[0].timeZone").value("Asia/Almaty"))
			.andExpect(jsonPath("$.agendas[0].days[0].entries[0].mode").value("LIVE"))
			.andExpect(jsonPath("$.agendas[0].days[0].entries[0].meetingUrl")
				.value("https://meet.example.kz/mathematics"));
	}

	@Test
	@DisplayName("A1-28b a parent's week as JSON has both children, seven days each; a child's day by id")
	void shouldAnswerAParentsWeek() throws Exception {
		QashyqUser parent = this.schools.parent();
		this.mvc.perform(get("/api/v1/my/week").param("date", "2020-04-08").with(user(parent)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.span").value("WEEK"))
			.andExpect(jsonPath("$.from").value("2020-04-06"))
			.andExpect(jsonPath("$.to").value("2020-04-12"))
			.andExpect(jsonPath("$.agendas", hasSize(3)))
			.andExpect(jsonPath("$.agendas[1].id").value(this.schools.learnerA))
			.andExpect(jsonPath("$.agendas[1].days", hasSize(7)))
			.andExpect(jsonPath("$.agendas[2].id").value(this.schools.siblingA))
			.andExpect(jsonPath("$.agendas[2].days[0].entries[1].title").value("Self-study art"))
			.andExpect(jsonPath("$.agendas[2].days[0].entries[1].mode").value("SELF_STUDY"));
		this.mvc
			.perform(get("/api/v1/children/{id}/day", this.schools.siblingA).param("date", "2020-04-06")
				.with(user(parent)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.agendas[0].kind").value("CHILD"))
			.andExpect(jsonPath("$.agendas[0].days[0].entries[0].start").value("2020-04-06T04:20:00Z"));
	}

	@Test
	@DisplayName("O-1.4b another family's child and another school's class are refused; a bad date is a 400")
	void shouldRefuseOthers() throws Exception {
		QashyqUser parent = this.schools.parent();
		this.mvc.perform(get("/api/v1/children/{id}/day", this.schools.learnerB).with(user(parent)))
			.andExpect(status().isNotFound());
		QashyqUser teacher = TwoSchools.user(this.schools.teacherA,
				new Grant(Role.TEACHER, ScopeRef.group(this.schools.classA)));
		this.mvc.perform(get("/schedule/groups/{id}/day", this.schools.classB).with(user(teacher)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/groups/{id}/week", this.schools.classB).with(user(teacher)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/groups/{id}/day", this.schools.classA).with(user(teacher)))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/v1/my/day").param("date", "6 April").with(user(parent)))
			.andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("A1-28b the day page shows a parent both children, with navigation, in the user's language")
	void shouldRenderThePage() throws Exception {
		this.mvc
			.perform(get("/schedule/my/day").param("date", "2020-04-06")
				.param("lang", "ru")
				.with(user(this.schools.parent())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aliyev Arman")))
			.andExpect(content().string(containsString("Aliyeva Dana")))
			.andExpect(content().string(containsString("Self-study art")))
			.andExpect(content().string(containsString("Следующий день")))
			.andExpect(content().string(containsString("date=2020-04-07")))
			.andExpect(content().string(containsString("Самостоятельная работа")));
		this.mvc
			.perform(get("/schedule/my/week").param("date", "nonsense")
				.param("lang", "en")
				.with(user(this.schools.student())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The date is not valid")))
			.andExpect(content().string(containsString("My week")))
			.andExpect(content().string(not(containsString("Aliyeva Dana"))));
		this.schools.schedule.supervises(this.schools.classA, this.schools.teacherA);
		QashyqUser curator = TwoSchools.user(this.schools.teacherA,
				new Grant(Role.CURATOR, ScopeRef.group(this.schools.classA)),
				new Grant(Role.TEACHER, ScopeRef.group(this.schools.classA2)));
		this.mvc.perform(get("/schedule/my/day").param("date", "2020-04-06").param("lang", "kk").with(user(curator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Менің сабақтарым мен іс-шараларым")))
			.andExpect(content()
				.string(containsString("/schedule/groups/" + this.schools.classA + "/week?date=2020-04-06")))
			.andExpect(content().string(containsString("Omarov Oral")));
	}

	@Test
	@DisplayName("A1-27a the OpenAPI description documents the day and week endpoints and the entry's instants")
	void shouldBeInTheOpenApiDescription() throws Exception {
		this.mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/v1/my/day'].get.summary").exists())
			.andExpect(jsonPath("$.paths['/api/v1/my/week'].get.parameters[0].name").value("date"))
			.andExpect(jsonPath("$.paths['/api/v1/children/{learnerId}/day'].get").exists())
			.andExpect(jsonPath("$.paths['/api/v1/groups/{groupId}/week'].get").exists())
			.andExpect(jsonPath("$.components.schemas.MyDayEntry.properties.start.format").value("date-time"))
			.andExpect(jsonPath("$.components.schemas.MyDayEntry.description").value(containsString("UTC instants")));
	}

	@Test
	@DisplayName("The day and week pages link to real pages: previous, today, next and the other view, for a learner and for a class")
	void shouldLinkTodayAndTheOtherView() throws Exception {
		this.mvc.perform(get("/schedule/my/day").param("date", "2020-04-06").with(user(this.schools.student())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"today\" href=\"/schedule/my/day\"")))
			.andExpect(content().string(containsString("id=\"previous\" href=\"/schedule/my/day?date=2020-04-05\"")))
			.andExpect(content().string(containsString("id=\"next\" href=\"/schedule/my/day?date=2020-04-07\"")))
			.andExpect(content().string(containsString("id=\"switch\" href=\"/schedule/my/week?date=2020-04-06\"")))
			.andExpect(content().string(not(containsString("${"))));
		this.mvc.perform(get("/schedule/my/week").param("date", "2020-04-06").with(user(this.schools.student())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"today\" href=\"/schedule/my/week\"")))
			.andExpect(content().string(containsString("id=\"switch\" href=\"/schedule/my/day?date=2020-04-06\"")));
		QashyqUser teacher = new QashyqUser(this.schools.teacherA + 3_000_000, "links-teacher", "Teacher",
				this.schools.teacherA, null, true, false,
				java.util.List.of(new Grant(Role.TEACHER, ScopeRef.group(this.schools.classA))));
		String group = "/schedule/groups/" + this.schools.classA;
		this.mvc.perform(get(group + "/week").param("date", "2020-04-06").with(user(teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"today\" href=\"" + group + "/week\"")))
			.andExpect(content().string(containsString("id=\"switch\" href=\"" + group + "/day?date=2020-04-06\"")));
	}

	@Test
	@DisplayName("Switching the language keeps the page's parameters: the chosen date stays")
	void shouldKeepTheDateWhenTheLanguageChanges() throws Exception {
		this.mvc.perform(get("/schedule/my/day?date=2020-04-06&lang=ru").with(user(this.schools.student())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/schedule/my/day?date=2020-04-06&amp;lang=kk\"")))
			.andExpect(content().string(containsString("href=\"/schedule/my/day?date=2020-04-06&amp;lang=en\"")))
			.andExpect(content().string(not(containsString("lang=ru&amp;lang="))));
	}

}
