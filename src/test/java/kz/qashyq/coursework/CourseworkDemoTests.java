package kz.qashyq.coursework;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import kz.qashyq.coursework.internal.Tasks;
import kz.qashyq.coursework.internal.Views;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.support.DirectoryTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo week of coursework: every demo organization has assignments with rubrics,
 * submissions through several channels and grades; the demo student and the demo parent's
 * children have tasks in every status.
 */
@SpringBootTest
class CourseworkDemoTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Tasks tasks;

	@Autowired
	UserDetailsService users;

	@Autowired
	kz.qashyq.demo.DemoData demo;

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	private void signIn(String account) {
		QashyqUser user = (QashyqUser) this.users.loadUserByUsername(account);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	@Test
	@DisplayName("A1-27f, A1-28c the demo student and the demo parent's school children have tasks in every status")
	void shouldGiveTheDemoLearnersEveryStatus() {
		signIn("student");
		List<Tasks.LearnerTasks> mine = this.tasks.mine();
		assertThat(mine).hasSize(1);
		assertThat(statuses(mine.get(0))).isEqualTo(EnumSet.allOf(TaskStatus.class));
		signIn("parent");
		List<Tasks.LearnerTasks> children = this.tasks.mine();
		assertThat(children).hasSize(this.demo.facts().parentChildIds().size());
		// the children at school (the student in 8А and the sister in 3А) have every
		// status
		List<Long> schoolChildren = this.jdbc.sql("""
				select l.person_id from learner l where l.person_id in (:children) and l.organization_id = :school""")
			.param("children", this.demo.facts().parentChildIds())
			.param("school", this.demo.facts().citySchoolId())
			.query(Long.class)
			.list();
		assertThat(schoolChildren).hasSize(2).contains(this.demo.facts().studentId());
		for (Tasks.LearnerTasks child : children.stream()
			.filter((c) -> schoolChildren.contains(c.learnerId()))
			.toList()) {
			assertThat(statuses(child)).as(child.learnerName()).isEqualTo(EnumSet.allOf(TaskStatus.class));
			assertThat(child.tasks()).filteredOn((t) -> t.status() == TaskStatus.GRADED)
				.allSatisfy((t) -> assertThat(t.feedback()).isNotBlank());
		}
	}

	private static Set<TaskStatus> statuses(Tasks.LearnerTasks learner) {
		Set<TaskStatus> statuses = EnumSet.noneOf(TaskStatus.class);
		learner.tasks().stream().map(Views.TaskRow::status).forEach(statuses::add);
		return statuses;
	}

	@Test
	@DisplayName("A1-27f every demo organization has assignments with rubrics, submissions by platform, post and WhatsApp, and grades")
	void shouldFillEveryDemoOrganization() {
		kz.qashyq.demo.DemoFacts facts = this.demo.facts();
		List<Long> organizations = this.jdbc.sql("""
				select distinct organization_id from study_group g where organization_id in (:demo)
				and exists (select 1 from learner l where l.group_id = g.id)
				and exists (select 1 from teaching_assignment t where t.group_id = g.id)""")
			.param("demo",
					List.of(facts.citySchoolId(), facts.ruralSchoolId(), facts.preschoolId(), facts.collegeId(),
							facts.universityId(), facts.centreId()))
			.query(Long.class)
			.list();
		assertThat(organizations).contains(facts.citySchoolId(), facts.ruralSchoolId(), facts.collegeId());
		for (long organization : organizations) {
			assertThat(this.jdbc.sql("""
					select count(distinct s.channel) from submission s join assignment a on a.id = s.assignment_id
					where a.organization_id = ? and a.created_by = 'demo'""")
				.param(organization)
				.query(Integer.class)
				.single()).as("channels in %d", organization).isEqualTo(3);
			assertThat(this.jdbc.sql("""
					select count(*) from grade g join submission s on s.id = g.submission_id
					join assignment a on a.id = s.assignment_id where a.organization_id = ?""")
				.param(organization)
				.query(Integer.class)
				.single()).as("grades in %d", organization).isPositive();
		}
		assertThat(this.jdbc.sql("""
				select count(*) from assignment a where a.created_by = 'demo' and a.max_points <>
				(select sum(max_points) from rubric_criterion c where c.assignment_id = a.id)""")
			.query(Integer.class)
			.single()).as("rubrics that do not add up").isZero();
		assertThat(this.jdbc
			.sql("""
					select count(*) from grade g where g.points <> (select sum(points) from grade_score s where s.grade_id = g.id)""")
			.query(Integer.class)
			.single()).as("grades that are not the sum of their scores").isZero();
		assertThat(this.jdbc.sql("""
				select distinct media_type from stored_file f where uploaded_by = 'demo' and (f.id in
				(select file_id from submission_file) or f.id in (select file_id from assignment_material))""")
			.query(String.class)
			.list()).containsExactly("image/png");
	}

}
