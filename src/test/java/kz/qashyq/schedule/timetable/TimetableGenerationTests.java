package kz.qashyq.schedule.timetable;

import java.time.Duration;
import java.util.List;

import kz.qashyq.demo.DemoData;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.schedule.internal.timetable.TimetableGenerationService;
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
import static org.awaitility.Awaitility.await;

/**
 * The solver gives every demo organization a timetable without a hard violation, and a
 * run started from the page records its progress, can be stopped and leaves a draft.
 */
@SpringBootTest(properties = "qashyq.timetable.solver.seconds=30")
class TimetableGenerationTests {

	@Autowired
	TimetableGenerationService generation;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	@DisplayName("O-1.10d every demo organization with classes has an approved generated timetable with zero hard violations")
	void shouldGiveEveryDemoOrganizationAFeasibleApprovedTimetable() {
		List<Long> organizations = this.jdbc
			.sql("select distinct organization_id from study_group order by organization_id")
			.query(Long.class)
			.list();
		assertThat(organizations).hasSize(6);
		for (long organization : organizations) {
			int load = this.jdbc.sql("""
					select coalesce(sum(hours_per_week), 0) from study_load l join study_group g on g.id = l.group_id
					where g.organization_id = ?""").param(organization).query(Integer.class).single();
			assertThat(load).as("study load of %d", organization).isPositive();
			List<Integer> approved = this.jdbc.sql("""
					select (select count(*) from timetable_lesson l where l.timetable_id = t.id) from timetable t
					where t.organization_id = ? and t.status = 'APPROVED' and t.source = 'GENERATED'""")
				.param(organization)
				.query(Integer.class)
				.list();
			assertThat(approved).as("approved timetable of %d", organization).containsExactly(load);
			assertThat(this.jdbc.sql("""
					select hard_score from timetable_job where organization_id = ? and status = 'DONE'""")
				.param(organization)
				.query(Integer.class)
				.list()).as("hard score of the runs of %d", organization).isNotEmpty().containsOnly(0);
		}
		assertThat(this.jdbc.sql("""
				select count(*) from timetable_lesson l join timetable t on t.id = l.timetable_id
				where t.status = 'APPROVED' and l.mode = 'LIVE' and l.meeting_url is null""")
			.query(Integer.class)
			.single()).as("every live lesson has its online room").isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from (select l.timetable_id, l.group_id, l.subject from timetable_lesson l
					where l.mode = 'LIVE' group by 1, 2, 3 having count(distinct l.meeting_url) > 1) rooms""")
			.query(Integer.class)
			.single()).as("a class keeps one room per subject all week").isZero();
		assertThat(this.jdbc.sql("""
				select count(*) from timetable where organization_id = ? and valid_from = date '2020-04-06'
				and status = 'ARCHIVED'""").param(this.demo.facts().citySchoolId()).query(Integer.class).single())
			.as("the city school's spring 2020 timetable, archived by the current one")
			.isOne();
	}

	@Test
	@DisplayName("O-1.10d a generation run shows its best score, can be stopped and keeps its best timetable as a draft")
	void shouldRecordProgressAndStopWithADraft() {
		QashyqUser deputy = (QashyqUser) this.users.loadUserByUsername("deputy");
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(deputy, null, deputy.getAuthorities()));
		long school = this.demo.facts().citySchoolId();
		long job = this.generation.start(school, "2020-04-13");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc.sql(
					"select count(*) from timetable_job where id = ? and status = 'RUNNING' and best_score is not null")
				.param(job)
				.query(Integer.class)
				.single() == 1);
		this.generation.stop(job);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc
				.sql("select count(*) from timetable_job where id = ? and status not in ('QUEUED', 'RUNNING')")
				.param(job)
				.query(Integer.class)
				.single() == 1);
		var finished = this.generation.job(job).job();
		assertThat(finished.status()).isEqualTo("STOPPED");
		assertThat(finished.startedBy()).isEqualTo("deputy");
		assertThat(finished.node()).isNotBlank();
		assertThat(finished.timetableId()).isNotNull();
		assertThat(this.jdbc.sql("select status from timetable where id = ?")
			.param(finished.timetableId())
			.query(String.class)
			.single()).isEqualTo("DRAFT");
	}

}
