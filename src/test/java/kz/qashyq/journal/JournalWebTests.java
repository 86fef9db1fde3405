package kz.qashyq.journal;

import java.time.LocalDate;
import java.time.ZoneId;

import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.schedule.myday.TwoSchools;
import kz.qashyq.support.DirectoryTestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The journal's pages, htmx fragments, exports and JSON on {@link TwoSchools}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class JournalWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	TwoSchools schools;

	QashyqUser teacher;

	@BeforeEach
	void schools() {
		this.schools = new TwoSchools(this.jdbc);
		this.teacher = TwoSchools.user(this.schools.teacherA,
				new Grant(Role.TEACHER, ScopeRef.group(this.schools.classA)));
	}

	@Test
	@DisplayName("A1-24k, O-1.28f the teacher edits a cell of the journal grid with htmx: attendance, a refused mark "
			+ "with its translated error, a mark; history, term marks and exports follow")
	void teacherKeepsTheJournalWithHtmx() throws Exception {
		long classA = this.schools.classA;
		this.mvc
			.perform(get("/journal/groups/{id}", classA).param("subject", "Mathematics")
				.param("from", "2020-04-06")
				.param("to", "2020-04-12")
				.header("Accept-Language", "en")
				.with(user(this.teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Aliyev Arman")))
			.andExpect(content().string(containsString("hx-get=\"/journal/groups/" + classA + "/cell?")))
			.andExpect(content().string(containsString("all present")));
		this.mvc
			.perform(get("/journal/groups/{id}/cell", classA).param("subject", "Mathematics")
				.param("date", "2020-04-06")
				.param("start", "09:00")
				.param("learner", String.valueOf(this.schools.learnerA))
				.header("HX-Request", "true")
				.with(user(this.teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"participation\"")))
			.andExpect(content().string(not(containsString("<html"))));
		this.mvc
			.perform(post("/journal/groups/{id}/attendance", classA).param("subject", "Mathematics")
				.param("date", "2020-04-06")
				.param("start", "09:00")
				.param("learner", String.valueOf(this.schools.learnerA))
				.param("status", "LATE")
				.param("participation", "POST")
				.header("HX-Request", "true")
				.header("Accept-Language", "en")
				.with(csrf())
				.with(user(this.teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("att LATE")))
			.andExpect(content().string(containsString("post")));
		this.mvc
			.perform(post("/journal/groups/{id}/marks", classA).param("subject", "Mathematics")
				.param("date", "2020-04-06")
				.param("start", "09:00")
				.param("learner", String.valueOf(this.schools.learnerA))
				.param("kind", "CURRENT")
				.param("mark", "7")
				.header("HX-Request", "true")
				.header("Accept-Language", "en")
				.with(csrf())
				.with(user(this.teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The mark 7 is not on the 5-point scale")));
		this.mvc
			.perform(post("/journal/groups/{id}/marks", classA).param("subject", "Mathematics")
				.param("date", "2020-04-06")
				.param("start", "09:00")
				.param("learner", String.valueOf(this.schools.learnerA))
				.param("kind", "FINAL_ATTESTATION")
				.param("mark", "4")
				.header("HX-Request", "true")
				.with(csrf())
				.with(user(this.teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"mark\"")));
		this.mvc
			.perform(get("/journal/groups/{id}/history", classA).param("subject", "Mathematics")
				.header("Accept-Language", "ru")
				.with(user(this.teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Опоздал · По почте (офлайн-пакет)")))
			.andExpect(content().string(not(containsString("LATE/POST"))));
		this.mvc
			.perform(get("/journal/groups/{id}/term", classA).param("subject", "Mathematics")
				.param("from", "2020-04-06")
				.param("to", "2020-05-25")
				.with(user(this.teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("80.00")));
		this.mvc
			.perform(post("/journal/groups/{id}/term", classA).param("subject", "Mathematics")
				.param("from", "2020-04-06")
				.param("to", "2020-05-25")
				.with(csrf())
				.with(user(this.teacher)))
			.andExpect(status().is3xxRedirection());
		org.assertj.core.api.Assertions
			.assertThat(this.jdbc.sql("select mark from term_mark where learner_id = ?")
				.param(this.schools.learnerA)
				.query(java.math.BigDecimal.class)
				.single())
			.isEqualByComparingTo("4");
		this.mvc.perform(get("/journal/learners/{id}", this.schools.learnerA).with(user(this.schools.parent())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mathematics: 4 (2020-04-06 – 2020-05-25)")));
		this.mvc
			.perform(get("/journal/groups/{id}/export.pdf", classA).param("subject", "Mathematics")
				.param("from", "2020-04-06")
				.param("to", "2020-04-12")
				.with(user(this.teacher)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		this.mvc
			.perform(get("/journal/groups/{id}/export.xlsx", classA).param("subject", "Mathematics")
				.with(user(this.teacher)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		this.mvc
			.perform(get("/api/v1/journal/groups/{id}", classA).param("subject", "Mathematics")
				.param("from", "2020-04-06")
				.param("to", "2020-04-12")
				.with(user(this.teacher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lessons[0].date").value("2020-04-06"))
			.andExpect(jsonPath("$.learners[0].cells['2020-04-06_09:00'].participation").value("POST"));
	}

	@Test
	@DisplayName("A1-27i, A1-28 the curator's overview links the overdue tasks; the parent sees the child's journal "
			+ "with a link to the tasks, and the JSON")
	void curatorAndParentViews() throws Exception {
		QashyqUser curator = TwoSchools.user(this.schools.teacherA,
				new Grant(Role.CURATOR, ScopeRef.group(this.schools.classA)));
		this.mvc.perform(get("/journal/groups/{id}/overview", this.schools.classA).with(user(curator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/coursework/groups/" + this.schools.classA + "/overdue")))
			.andExpect(content().string(containsString("inactive")));
		this.mvc.perform(get("/journal/my-group").with(user(curator)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/journal/groups/" + this.schools.classA + "/overview"));
		this.mvc.perform(get("/journal").with(user(this.schools.parent())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/journal/learners/" + this.schools.learnerA)));
		this.mvc.perform(get("/journal/learners/{id}", this.schools.learnerA).with(user(this.schools.parent())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/coursework/learners/" + this.schools.learnerA)));
		this.mvc.perform(get("/api/v1/journal/learners/{id}", this.schools.learnerA).with(user(this.schools.parent())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.name").value("Aliyev Arman"));
		this.mvc.perform(get("/api/v1/journal/learners/{id}", this.schools.learnerB).with(user(this.schools.parent())))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("The learner's journal as JSON names who entered a mark to staff only, never to the parent")
	void shouldKeepStaffLoginsFromTheParentsJson() throws Exception {
		this.mvc
			.perform(post("/journal/groups/{id}/marks", this.schools.classA).param("subject", "Mathematics")
				.param("date", "2020-04-06")
				.param("start", "09:00")
				.param("learner", String.valueOf(this.schools.learnerA))
				.param("kind", "CURRENT")
				.param("mark", "5")
				.header("HX-Request", "true")
				.with(csrf())
				.with(user(this.teacher)))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/api/v1/journal/learners/{id}", this.schools.learnerA).param("from", "2020-04-06")
				.param("to", "2020-04-12")
				.with(user(this.schools.parent())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subjects[0].marks[0].mark").value(5))
			.andExpect(jsonPath("$.subjects[0].marks[0].enteredBy").doesNotExist())
			.andExpect(content().string(not(containsString("\"" + this.teacher.getUsername() + "\""))));
		this.mvc
			.perform(get("/api/v1/journal/learners/{id}", this.schools.learnerA).param("from", "2020-04-06")
				.param("to", "2020-04-12")
				.with(user(this.teacher)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.subjects[0].marks[0].enteredBy").value(this.teacher.getUsername()));
	}

	@Test
	@DisplayName("The cell editor cancels and confirms a save with htmx and without script: the cell comes back "
			+ "as it was, a save is confirmed beside the cell or on the journal page")
	void cellEditorCancelsAndConfirms() throws Exception {
		long classA = this.schools.classA;
		String learner = String.valueOf(this.schools.learnerA);
		String grid = "/journal/groups/" + classA + "?subject=Mathematics";
		// the editor offers cancel: by htmx the cell's view, without script the journal
		this.mvc
			.perform(get("/journal/groups/{id}/cell", classA).param("subject", "Mathematics")
				.param("date", "2020-04-06")
				.param("start", "09:00")
				.param("learner", learner)
				.header("HX-Request", "true")
				.header("Accept-Language", "en")
				.with(user(this.teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + grid + "\"")))
			.andExpect(content().string(containsString("view=true")))
			.andExpect(content().string(containsString(">Cancel</a>")));
		this.mvc
			.perform(get("/journal/groups/{id}/cell", classA).param("subject", "Mathematics")
				.param("date", "2020-04-06")
				.param("start", "09:00")
				.param("learner", learner)
				.param("view", "true")
				.header("HX-Request", "true")
				.with(user(this.teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"cell\"")))
			.andExpect(content().string(not(containsString("name=\"status\""))))
			.andExpect(content().string(not(containsString("saved-note"))));
		this.mvc
			.perform(get("/journal/groups/{id}/cell", classA).param("subject", "Mathematics")
				.param("date", "2020-04-06")
				.param("start", "09:00")
				.param("learner", learner)
				.param("view", "true")
				.with(user(this.teacher)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(grid));
		// a save by htmx answers the cell with a note read out to screen readers
		this.mvc
			.perform(post("/journal/groups/{id}/attendance", classA).param("subject", "Mathematics")
				.param("date", "2020-04-06")
				.param("start", "09:00")
				.param("learner", learner)
				.param("status", "PRESENT")
				.param("participation", "ONLINE")
				.header("HX-Request", "true")
				.header("Accept-Language", "en")
				.with(csrf())
				.with(user(this.teacher)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("att PRESENT")))
			.andExpect(content().string(containsString("<span class=\"saved-note\" role=\"status\">Saved.</span>")));
		// without script the journal page says so
		this.mvc
			.perform(post("/journal/groups/{id}/attendance", classA).param("subject", "Mathematics")
				.param("date", "2020-04-06")
				.param("start", "09:00")
				.param("learner", learner)
				.param("status", "LATE")
				.param("participation", "ONLINE")
				.header("Accept-Language", "en")
				.with(csrf())
				.with(user(this.teacher)))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(grid))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("saved", "Saved."));
	}

	@Test
	@DisplayName("O-1.6b the educator marks the preschool group's day on its sheet")
	void preschoolSheet() throws Exception {
		DirectoryTestData data = new DirectoryTestData(this.jdbc);
		long kindergarten = data.organization(data.settlement(9, "Sheet town " + System.nanoTime()), "PRESCHOOL",
				"Kindergarten");
		long group = this.jdbc
			.sql("""
					insert into study_group (organization_id, kind, name, academic_year) values (?, 'PRESCHOOL_GROUP', 'Күншуақ', 2026)
					returning id""")
			.param(kindergarten)
			.query(Long.class)
			.single();
		long pupil = data.person("Әлиева", "Інжу", LocalDate.of(2021, 5, 6), true);
		this.jdbc
			.sql("insert into learner (person_id, organization_id, group_id, kind) values (?, ?, ?, 'PRESCHOOL_PUPIL')")
			.params(pupil, kindergarten, group)
			.update();
		QashyqUser educator = TwoSchools.user(data.person("Тәрбиеші", "Сәуле", LocalDate.of(1990, 1, 1), true),
				new Grant(Role.CURATOR, ScopeRef.group(group)));
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Almaty"));
		while (day.getDayOfWeek().getValue() > 5) {
			day = day.minusDays(1);
		}
		this.mvc
			.perform(post("/journal/preschool/groups/{id}", group).param("date", day.toString())
				.param("learner", String.valueOf(pupil))
				.param("present", "true")
				.with(csrf())
				.with(user(educator)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(get("/journal/preschool/groups/{id}", group).param("date", day.toString())
				.header("Accept-Language", "en")
				.with(user(educator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Әлиева Інжу")))
			.andExpect(content().string(containsString("Present 1 of 1 marked")));
	}

}
