package kz.qashyq.content;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import kz.qashyq.demo.DemoData;
import kz.qashyq.demo.DemoFacts;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.schedule.MyDay;
import kz.qashyq.schedule.MyDayEntry;
import kz.qashyq.support.DirectoryTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo content as the issue describes it, loaded with the demo data of this test
 * context.
 */
@SpringBootTest
class DemoContentTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demoData;

	@Autowired
	MyDay myDay;

	DemoFacts facts;

	@BeforeEach
	void facts() {
		this.facts = this.demoData.facts();
	}

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	private int count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Integer.class).single();
	}

	@Test
	@DisplayName("A1-17 every demo organization has a discipline for each subject it teaches")
	void disciplinesFromSubjects() {
		for (long organization : List.of(this.facts.citySchoolId(), this.facts.ruralSchoolId(), this.facts.collegeId(),
				this.facts.universityId())) {
			int subjects = count("""
					select count(distinct subject) from (select t.subject from teaching_assignment t join study_group g
						on g.id = t.group_id where g.organization_id = ? union select s.subject from study_load s
						join study_group g on g.id = s.group_id where g.organization_id = ?) x""", organization,
					organization);
			assertThat(subjects).isPositive();
			assertThat(count("select count(*) from discipline where organization_id = ?", organization))
				.isEqualTo(subjects);
		}
	}

	@Test
	@DisplayName("A1-18a, A1-24f the city school has complete approved complexes and one in review missing a component")
	void cityComplexes() {
		long school = this.facts.citySchoolId();
		int approvedComplete = count("""
				select count(*) from complex_version v join complex c on c.id = v.complex_id
				join discipline d on d.id = c.discipline_id where d.organization_id = ? and v.status = 'APPROVED'
				and v.sufficient and (select count(distinct component) from complex_item i where i.version_id = v.id
					and component in ('WORKING_PROGRAMME', 'LITERATURE', 'LECTURES', 'PRACTICALS', 'SELF_STUDY',
					'CONTROL')) = 6""", school);
		assertThat(approvedComplete).isGreaterThanOrEqualTo(3);
		assertThat(count("""
				select count(*) from complex_version v join complex c on c.id = v.complex_id
				join discipline d on d.id = c.discipline_id where d.organization_id = ? and v.version = 1
				and v.status = 'IN_REVIEW' and not exists (select 1 from complex_item i where i.version_id = v.id
					and i.component = 'CONTROL')
				and exists (select 1 from complex_comment m where m.version_id = v.id and m.component = 'CONTROL')""",
				school))
			.isEqualTo(1);
		assertThat(count("""
				select count(*) from discipline d where organization_id = ?
				and not exists (select 1 from complex c where c.discipline_id = d.id)""", school)).isPositive();
	}

	@Test
	@DisplayName("A1-16b, A1-24g the demo knowledge bank holds links, text pages, stored files and a stale resource")
	void cityMaterials() {
		long school = this.facts.citySchoolId();
		assertThat(this.jdbc.sql("""
				select distinct f.media_type from material m join stored_file f on f.id = m.file_id
				where m.organization_id = ? order by 1""").param(school).query(String.class).list())
			.containsExactly("application/pdf", "image/png");
		assertThat(count("select count(*) from material where organization_id = ? and kind = 'LINK'", school))
			.isPositive();
		assertThat(count("select count(*) from material where organization_id = ? and kind = 'TEXT'", school))
			.isPositive();
		assertThat(count("""
				select count(*) from material where organization_id = ? and updated_at < now() - interval '180 days'""",
				school))
			.isEqualTo(1);
	}

	@Test
	@DisplayName("A1-25e every class and subject of the demo study load has a published plan with this week's topics")
	void publishedPlans() {
		LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		for (long organization : List.of(this.facts.citySchoolId(), this.facts.ruralSchoolId(),
				this.facts.collegeId())) {
			int loads = count("""
					select count(*) from study_load s join study_group g on g.id = s.group_id
					where g.organization_id = ?""", organization);
			assertThat(loads).isPositive();
			assertThat(count("""
					select count(*) from thematic_plan p join study_group g on g.id = p.group_id
					where g.organization_id = ? and p.published_version = p.version
					and exists (select 1 from plan_revision r where r.plan_id = p.id and r.version = p.version
						and jsonb_array_length(r.snapshot) > 0)""", organization)).isEqualTo(loads);
			assertThat(count("""
					select count(*) from plan_topic t join thematic_plan p on p.id = t.plan_id
					join study_group g on g.id = p.group_id where g.organization_id = ?
					and (t.planned_date < ? or t.planned_date > ? or t.deadline < t.planned_date)""", organization,
					monday, monday.plusDays(6)))
				.isZero();
		}
	}

	@Test
	@DisplayName("A1-25e the demo student has topic deadlines on their week")
	void studentsWeekHasTopics() {
		DirectoryTestData.signIn(this.facts.studentId(),
				new Grant(Role.STUDENT, ScopeRef.learner(this.facts.studentId())));
		LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<MyDayEntry> topics = this.myDay.learner(this.facts.studentId(), monday, true)
			.agendas()
			.stream()
			.flatMap((a) -> a.days().stream())
			.flatMap((d) -> d.entries().stream())
			.filter((e) -> e.kind().equals(MyDayEntry.TOPIC))
			.toList();
		assertThat(topics).isNotEmpty().allSatisfy((e) -> assertThat(e.meetingUrl()).startsWith("/content/learners/"));
	}

}
