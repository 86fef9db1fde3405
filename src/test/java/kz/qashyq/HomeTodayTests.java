package kz.qashyq;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import kz.qashyq.demo.DemoData;
import kz.qashyq.demo.DemoFacts;
import kz.qashyq.schedule.ScheduledLesson;
import kz.qashyq.schedule.Timetables;
import kz.qashyq.schedule.myday.ScheduleTestConfiguration;
import kz.qashyq.schedule.myday.ScheduleTestConfiguration.SettableClock;
import kz.qashyq.support.HttpSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page answers "what do I do today" (issue 9, O-3.1d's workspace): the teacher's
 * lessons with unmarked attendance and the work waiting for checking, the learner's
 * lessons and due work, the parent's for each child. Over real HTTP, on a Friday of the
 * demo's current week at 11:00 in the demo region's zone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		// a context (and database) of its own: the schedule tests that share the settable
		// clock approve timetables of their own in the demo school
		properties = "qashyq.test.context=home-today")
@Import(ScheduleTestConfiguration.class)
class HomeTodayTests {

	private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

	@LocalServerPort
	int port;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Timetables timetables;

	@Autowired
	SettableClock clock;

	DemoFacts facts;

	LocalDate friday;

	@BeforeEach
	void atFridayMorning() {
		this.facts = this.demo.facts();
		this.friday = LocalDate.now(ALMATY)
			.with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
			.plusDays(4);
		this.clock.set(ZonedDateTime.of(this.friday, LocalTime.of(11, 0), ALMATY).toInstant());
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	@DisplayName("The teacher's home lists today's lessons, flags a begun lesson whose attendance is not marked, and counts the work to check")
	void teacherSeesLessonsAttendanceAndWorkToCheck() {
		List<ScheduledLesson> lessons = this.facts.teacherClassIds()
			.stream()
			.flatMap((group) -> this.timetables.lessonsOf(group, this.friday, this.friday).stream())
			.filter((lesson) -> this.facts.teacherPersonId() == lesson.teacherId())
			.toList();
		assertThat(lessons).as("the demo teacher's Friday lessons").isNotEmpty();
		// the morning just after the teacher's first lesson has begun
		ScheduledLesson begun = lessons.stream()
			.min(java.util.Comparator.comparing(ScheduledLesson::localStart))
			.orElseThrow();
		this.clock.set(ZonedDateTime.of(this.friday, begun.localStart().plusMinutes(1), ALMATY).toInstant());
		// the teacher has not marked this lesson yet
		this.jdbc.sql("""
				delete from lesson_attendance where lesson_id in (select id from journal_lesson
				where group_id = ? and subject = ? and lesson_date = ? and start_time = ?)""")
			.params(begun.groupId(), begun.subject(), this.friday, begun.localStart())
			.update();

		HttpSession teacher = new HttpSession(this.port);
		teacher.signIn("teacher", "demo");
		Document home = Jsoup.parse(teacher.get("/", "en").body());

		Element journal = home.selectFirst("#today-journal");
		assertThat(journal).as("the attendance card").isNotNull();
		assertThat(journal.select("li")).hasSize(lessons.size());
		Element flagged = journal.select("li.unmarked")
			.stream()
			.filter((li) -> li.text().startsWith(begun.localStart().toString()) && li.text().contains(begun.subject()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no unmarked " + begun + " in " + journal.text()));
		assertThat(flagged.text()).contains("attendance not marked");
		assertThat(flagged.selectFirst("a").attr("href")).contains("/journal/groups/" + begun.groupId());
		assertThat(journal.text()).contains("Lessons that have begun and wait for attendance:");
		for (Element later : journal.select("li:contains(later today)")) {
			assertThat(later.hasClass("unmarked")).as("a lesson that has not begun is not flagged").isFalse();
		}

		Element check = home.selectFirst("#today-check");
		assertThat(check).as("the work-to-check card").isNotNull();
		int inboxRows = Jsoup.parse(teacher.get("/coursework/inbox", "en").body()).select("#inbox tbody tr").size();
		assertThat(inboxRows).as("the demo teacher has work to check").isPositive();
		assertThat(check.selectFirst(".count").text()).isEqualTo(String.valueOf(inboxRows));
		assertThat(check.select("li a[href^=/coursework/submissions/]")).hasSize(Math.min(5, inboxRows));
	}

	@Test
	@DisplayName("The student's home shows the same lessons as My day and the overdue work of the Tasks page")
	void studentSeesTodayAndWork() {
		HttpSession student = new HttpSession(this.port);
		student.signIn("student", "demo");
		Document home = Jsoup.parse(student.get("/", "en").body());
		Document day = Jsoup.parse(student.get("/schedule/my/day", "en").body());

		Element today = home.selectFirst("#today-day");
		assertThat(today).as("today's card").isNotNull();
		assertThat(today.select("li[data-kind=LESSON]")).as("the lessons of My day")
			.hasSize(day.select("tr[data-kind=LESSON]").size())
			.isNotEmpty();

		// the work card agrees with the Tasks page: the same overdue tasks, and every
		// task it
		// shows as graded or due has that status there
		Document tasks = Jsoup.parse(student.get("/coursework/my/tasks", "en").body());
		Element work = home.selectFirst("#today-work");
		assertThat(work).as("the work card").isNotNull();
		assertThat(work.select("li")).as("the demo student has work this week").isNotEmpty();
		assertThat(work.select("li.overdue a").eachText()).containsExactlyInAnyOrderElementsOf(
				tasks.select("tr[data-assignment]:has(.status:containsOwn(Overdue)) td:eq(1)").eachText());
		for (Element graded : work.select("li.graded a")) {
			assertThat(statusOn(tasks, graded.attr("href"))).isEqualTo("Graded");
		}
		for (Element due : work.select("li.due a")) {
			assertThat(statusOn(tasks, due.attr("href"))).isEqualTo("Not submitted");
		}
	}

	private static String statusOn(Document tasks, String taskHref) {
		String assignment = taskHref.replaceAll(".*/coursework/tasks/(\\d+).*", "$1");
		return tasks.select("tr[data-assignment=" + assignment + "] .status").text();
	}

	@Test
	@DisplayName("The parent's home shows each child's day and work")
	void parentSeesEachChild() {
		HttpSession parent = new HttpSession(this.port);
		parent.signIn("parent", "demo");
		Document home = Jsoup.parse(parent.get("/", "en").body());
		Element work = home.selectFirst("#today-work");
		assertThat(work).isNotNull();
		assertThat(work.select("h4")).as("a part per child").hasSize(this.facts.parentChildIds().size());
		List<String> learners = work.select("ul[data-learner]").eachAttr("data-learner");
		assertThat(learners).as("the school children have work").isNotEmpty();
		for (String learner : learners) {
			assertThat(this.facts.parentChildIds()).contains(Long.parseLong(learner));
		}
		// every child has a part of the day card, named
		Element today = home.selectFirst("#today-day");
		assertThat(today.select("h4")).hasSizeGreaterThanOrEqualTo(this.facts.parentChildIds().size());
	}

	@Test
	@DisplayName("The head's home shows the school's day in the journal, its own school only; the teacher's does not")
	void headSeesTheSchoolDay() {
		long school = this.facts.citySchoolId();
		int lessons = this.jdbc.sql("""
				select count(distinct jl.id) from journal_lesson jl join study_group g on g.id = jl.group_id
				where g.organization_id = ? and jl.lesson_date = ?
				and exists (select 1 from lesson_attendance la where la.lesson_id = jl.id)""")
			.params(school, this.friday)
			.query(Integer.class)
			.single();
		int absent = this.jdbc.sql("""
				select count(*) from journal_lesson jl join study_group g on g.id = jl.group_id
				join lesson_attendance la on la.lesson_id = jl.id
				where g.organization_id = ? and jl.lesson_date = ? and la.status = 'ABSENT'""")
			.params(school, this.friday)
			.query(Integer.class)
			.single();
		assertThat(lessons).as("the demo journal has Friday's lessons of the school").isPositive();

		HttpSession head = new HttpSession(this.port);
		head.signIn("head", "demo");
		Element card = Jsoup.parse(head.get("/", "en").body()).selectFirst("#today-school");
		assertThat(card).isNotNull();
		assertThat(card.selectFirst("ul").attr("data-organization")).isEqualTo(String.valueOf(school));
		assertThat(card.selectFirst("li.lessons").text()).isEqualTo("Lessons with attendance marked: " + lessons);
		assertThat(card.selectFirst("li.absent").text()).isEqualTo("Marked absent: " + absent);

		HttpSession teacher = new HttpSession(this.port);
		teacher.signIn("teacher", "demo");
		assertThat(Jsoup.parse(teacher.get("/", "en").body()).selectFirst("#today-school")).isNull();
	}

}
