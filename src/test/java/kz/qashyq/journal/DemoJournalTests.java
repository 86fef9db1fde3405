package kz.qashyq.journal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

import kz.qashyq.demo.DemoData;
import kz.qashyq.demo.DemoFacts;
import kz.qashyq.schedule.Timetables;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo journal written on the first start: the current week's past lessons of the
 * demo school are marked (learners without internet by TV or post), and the
 * kindergarten's daily attendance has parent's-choice absences.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoJournalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Timetables timetables;

	@Test
	@DisplayName("O-1.28f the demo week's past lessons carry attendance; learners without internet took part by TV or post")
	void demoAttendance() {
		DemoFacts facts = this.demo.facts();
		ZoneId zone = ZoneId.of("Asia/Almaty");
		LocalDateTime loadedBefore = LocalDateTime.now(zone).minusMinutes(10);
		LocalDate monday = loadedBefore.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		long pastLessons = this.timetables.lessonsOf(facts.studentClassId(), monday, loadedBefore.toLocalDate())
			.stream()
			.filter((l) -> LocalDateTime.of(l.date(), l.localStart()).plusMinutes(l.minutes()).isBefore(loadedBefore))
			.count();
		long marked = this.jdbc.sql("""
				select count(distinct j.id) from journal_lesson j join lesson_attendance a on a.lesson_id = j.id
				where j.group_id = ? and j.created_by = 'demo'""")
			.param(facts.studentClassId())
			.query(Long.class)
			.single();
		assertThat(marked).isGreaterThanOrEqualTo(Math.min(pastLessons, 1));
		assertThat(this.jdbc.sql("""
				select count(*) from lesson_attendance a join learner l on l.person_id = a.learner_id
				where a.marked_by = 'demo' and l.has_internet and a.participation = 'POST'""")
			.query(Long.class)
			.single()).isZero();
		if (this.jdbc.sql("""
				select count(*) from lesson_attendance a join learner l on l.person_id = a.learner_id
				where a.marked_by = 'demo' and not l.has_internet and a.status = 'PRESENT'""")
			.query(Long.class)
			.single() > 0) {
			assertThat(this.jdbc
				.sql("""
						select count(*) from lesson_attendance where marked_by = 'demo' and participation in ('TV', 'POST')""")
				.query(Long.class)
				.single()).isPositive();
		}
	}

	@Test
	@DisplayName("A1-24k the demo coursework grades reach the journal through WorkGraded: one mark per graded "
			+ "submission, delivered once, with the grade's mark and feedback")
	void demoCourseworkMarksReachTheJournal() throws InterruptedException {
		String graded = "select count(*) from grade gr join submission s on s.id = gr.submission_id "
				+ "join assignment a on a.id = s.assignment_id where a.created_by = 'demo'";
		long expected = this.jdbc.sql(graded).query(Long.class).single();
		assertThat(expected).isPositive();
		String posted = "select count(*) from journal_mark where source = 'COURSEWORK'";
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (this.jdbc.sql(posted).query(Long.class).single() < expected && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		assertThat(this.jdbc.sql(posted).query(Long.class).single()).isEqualTo(expected);
		// each grade was delivered once (not again by the registry's resubmission at
		// start-up)
		assertThat(this.jdbc
			.sql("select count(*) from journal_change where what = 'MARK' and new_value like '%(coursework %'")
			.query(Long.class)
			.single()).isEqualTo(expected);
		// the journal's mark is the grade's, summative or not, and carries the feedback
		assertThat(this.jdbc.sql("""
				select count(*) from journal_mark m join grade gr on gr.submission_id = m.submission_id
				where m.mark is distinct from gr.mark or m.comment is distinct from gr.feedback""")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from grade where mark is not null").query(Long.class).single())
			.isPositive();
	}

	@Test
	@DisplayName("O-1.6b, O-1.5e the demo kindergarten's week has daily attendance with parent's-choice absences")
	void demoPreschoolAttendance() {
		DemoFacts facts = this.demo.facts();
		long days = this.jdbc.sql("""
				select count(*) from preschool_attendance d join study_group g on g.id = d.group_id
				where g.organization_id = ? and d.marked_by = 'demo'""")
			.param(facts.preschoolId())
			.query(Long.class)
			.single();
		assertThat(days).isPositive();
		assertThat(this.jdbc.sql("""
				select count(*) from preschool_attendance d join study_group g on g.id = d.group_id
				where g.organization_id = ? and d.parents_choice and not d.present""")
			.param(facts.preschoolId())
			.query(Long.class)
			.single()).isPositive();
		assertThat(this.jdbc.sql("""
				select count(*) from learner l join study_group g on g.id = l.group_id
				where g.organization_id = ? and l.kind = 'PRESCHOOL_PUPIL'""")
			.param(facts.preschoolId())
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	@DisplayName("A1-24k the demo teacher's journal of a class stays light on a phone (under 30 KB compressed)")
	void demoGridIsLight() throws Exception {
		DemoFacts facts = this.demo.facts();
		long group = facts.teacherClassIds().get(0);
		String html = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.get("/journal/groups/{id}", group)
				.param("subject", "Математика")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(this.users.loadUserByUsername("teacher"))))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(html).contains("Математика").contains("class=\"cell\"");
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
			gzip.write(html.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		assertThat(bytes.size()).isLessThan(30 * 1024);
	}

}
