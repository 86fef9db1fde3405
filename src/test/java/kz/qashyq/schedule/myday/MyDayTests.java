package kz.qashyq.schedule.myday;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.schedule.MyDay;
import kz.qashyq.schedule.MyDayAgenda;
import kz.qashyq.schedule.MyDayContributor;
import kz.qashyq.schedule.MyDayEntry;
import kz.qashyq.schedule.MyDayView;
import kz.qashyq.support.StatementCounting.StatementCounter;
import kz.qashyq.support.DirectoryTestData;
import kz.qashyq.platform.web.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * "My day" and "my week" on data made here: two schools in two regions, an approved
 * timetable that replaced an older one, a draft, TV broadcasts and events.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ScheduleTestConfiguration.class)
class MyDayTests {

	static final LocalDate MONDAY = TwoSchools.MONDAY;

	@Autowired
	MyDay myDay;

	@Autowired
	List<MyDayContributor> contributors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	DirectoryTestData directory;

	ScheduleTestData schedule;

	long schoolA;

	long classA;

	long classA2;

	long learnerA;

	long siblingA;

	long parentA;

	long teacherA;

	long otherTeacherA;

	long schoolB;

	long classB;

	long learnerB;

	long approved;

	@BeforeEach
	void createTwoSchools() {
		TwoSchools schools = new TwoSchools(this.jdbc);
		this.directory = schools.directory;
		this.schedule = schools.schedule;
		this.schoolA = schools.schoolA;
		this.classA = schools.classA;
		this.classA2 = schools.classA2;
		this.learnerA = schools.learnerA;
		this.siblingA = schools.siblingA;
		this.parentA = schools.parentA;
		this.teacherA = schools.teacherA;
		this.otherTeacherA = schools.otherTeacherA;
		this.schoolB = schools.schoolB;
		this.classB = schools.classB;
		this.learnerB = schools.learnerB;
		this.approved = schools.approved;
	}

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	@Test
	@DisplayName("A1-27a, O-3.1a a student sees the lessons of the approved timetable in force with mode and link, "
			+ "and the TV lessons of their grade in their class's language")
	void shouldShowAStudentTheirDay() {
		long tvLesson = this.schedule.broadcast("BALAPAN", "kk", 5, "Kazakh language " + System.nanoTime(),
				Instant.parse("2020-04-06T05:00:00Z"));
		long pointed = this.schedule.broadcast("EL_ARNA", "kk", 5, "Natural science " + System.nanoTime(),
				Instant.parse("2020-04-06T06:00:00Z"));
		long russian = this.schedule.broadcast("EL_ARNA", "ru", 5, "Russian TV " + System.nanoTime(),
				Instant.parse("2020-04-06T07:00:00Z"));
		long otherGrade = this.schedule.broadcast("BALAPAN", "kk", 9, "Grade 9 TV " + System.nanoTime(),
				Instant.parse("2020-04-06T08:00:00Z"));
		this.schedule.lesson(this.approved, this.classA, "Natural science", null, 1, "12:00", 30, "TV", null, pointed);
		DirectoryTestData.signIn(this.learnerA, new Grant(Role.STUDENT, ScopeRef.learner(this.learnerA)));

		MyDayView view = this.myDay.mine(MONDAY, false);

		assertThat(view.from()).isEqualTo(MONDAY);
		assertThat(view.previous()).isEqualTo(MONDAY.minusDays(1));
		assertThat(view.next()).isEqualTo(MONDAY.plusDays(1));
		assertThat(view.agendas()).extracting(MyDayAgenda::kind).containsExactly("OWN");
		List<MyDayEntry> entries = entries(view, 0);
		assertThat(entries).filteredOn((entry) -> entry.kind().equals(MyDayEntry.LESSON))
			.extracting(MyDayEntry::title)
			.containsExactly("Mathematics", "History", "Natural science");
		MyDayEntry mathematics = entries.get(0);
		assertThat(mathematics.start()).isEqualTo(Instant.parse("2020-04-06T03:00:00Z"));
		assertThat(mathematics.end()).isEqualTo(Instant.parse("2020-04-06T03:30:00Z"));
		assertThat(mathematics.localStart()).isEqualTo(LocalTime.of(9, 0));
		assertThat(mathematics.timeZone()).isEqualTo("Asia/Almaty");
		assertThat(mathematics.mode()).isEqualTo("LIVE");
		assertThat(mathematics.meetingUrl()).isEqualTo("https://meet.example.kz/mathematics");
		assertThat(mathematics.teacherName()).startsWith("Serikova Saule");
		assertThat(entries)
			.filteredOn((entry) -> entry.kind().equals(MyDayEntry.LESSON) && entry.title().equals("Natural science"))
			.singleElement()
			.satisfies((lesson) -> assertThat(lesson.channel()).isEqualTo("EL_ARNA"));
		assertThat(entries).filteredOn((entry) -> entry.kind().equals(MyDayEntry.TV))
			.extracting(MyDayEntry::id)
			.as("the TV lessons of grade 5 in Kazakh, the one a lesson points to shown once")
			.contains(tvLesson)
			.doesNotContain(pointed, russian, otherGrade);
		MyDayEntry tv = entries.stream().filter((entry) -> entry.id() == tvLesson).findFirst().orElseThrow();
		assertThat(tv.localStart()).isEqualTo(LocalTime.of(11, 0));
		assertThat(entries).extracting(MyDayEntry::title)
			.doesNotContain("Old geography", "Draft chemistry", "Tuesday reading", "Biology of B");

		assertThat(titles(this.myDay.mine(MONDAY.minusWeeks(4), false), 0))
			.as("in March 2020, the older approved timetable is in force")
			.contains("Old geography")
			.doesNotContain("Mathematics");
		assertThat(titles(this.myDay.mine(MONDAY.minusWeeks(1), false), 0))
			.as("O-1.7 the week before is in the spring holidays: no lessons")
			.doesNotContain("Old geography", "Mathematics");
	}

	@Test
	@DisplayName("A1-28b a parent sees the day and the week of each of their two children, and their own events")
	void shouldShowAParentBothChildren() {
		long meeting = this.schedule.event(this.schoolA, this.classA, "PARENT_MEETING", "Parent meeting 5A",
				Instant.parse("2020-04-06T04:00:00Z"));
		this.schedule.invite(meeting, this.parentA, "PARENT");
		long classHour = this.schedule.event(this.schoolA, this.classA2, "CLASS_HOUR", "Class hour 2B",
				Instant.parse("2020-04-06T08:00:00Z"));
		this.schedule.invite(classHour, this.siblingA, "LEARNER");
		DirectoryTestData.signIn(this.parentA, new Grant(Role.PARENT, ScopeRef.learner(this.learnerA)),
				new Grant(Role.PARENT, ScopeRef.learner(this.siblingA)));

		MyDayView day = this.myDay.mine(MONDAY, false);

		assertThat(day.agendas()).extracting(MyDayAgenda::kind).containsExactly("OWN", "CHILD", "CHILD");
		assertThat(day.agendas()).extracting(MyDayAgenda::id)
			.containsExactly(this.parentA, this.learnerA, this.siblingA);
		assertThat(titles(day, 0)).containsExactly("Parent meeting 5A");
		assertThat(titles(day, 1)).containsSubsequence("Mathematics", "History")
			.doesNotContain("Self-study art", "Class hour 2B");
		assertThat(titles(day, 2)).contains("Mathematics", "Self-study art", "Class hour 2B").doesNotContain("History");
		MyDayEntry event = entries(day, 2).stream()
			.filter((entry) -> entry.kind().equals(MyDayEntry.EVENT))
			.findFirst()
			.orElseThrow();
		assertThat(event.localStart()).isEqualTo(LocalTime.of(14, 0));
		assertThat(event.mode()).isEqualTo("CLASS_HOUR");

		MyDayView week = this.myDay.mine(MONDAY.plusDays(3), true);
		assertThat(week.from()).isEqualTo(MONDAY);
		assertThat(week.to()).isEqualTo(MONDAY.plusDays(6));
		assertThat(week.previous()).isEqualTo(MONDAY.plusDays(3).minusWeeks(1));
		assertThat(week.agendas().get(1).days()).hasSize(7);
		assertThat(week.agendas().get(1).days().get(1).entries()).extracting(MyDayEntry::title)
			.containsExactly("Tuesday reading");
		assertThat(this.myDay.learner(this.siblingA, MONDAY, false).agendas()).singleElement()
			.satisfies((agenda) -> assertThat(agenda.name()).isEqualTo("Aliyeva Dana"));
	}

	@Test
	@DisplayName("A1-25a a teacher sees the lessons they give in every class; as curator also their class's day")
	void shouldShowATeacherTheirLessonsAndTheirClass() {
		this.schedule.supervises(this.classA, this.teacherA);
		DirectoryTestData.signIn(this.teacherA, new Grant(Role.CURATOR, ScopeRef.group(this.classA)),
				new Grant(Role.TEACHER, ScopeRef.group(this.classA)),
				new Grant(Role.TEACHER, ScopeRef.group(this.classA2)));

		MyDayView day = this.myDay.mine(MONDAY, false);

		assertThat(day.agendas()).extracting(MyDayAgenda::kind).containsExactly("OWN", "GROUP");
		assertThat(entries(day, 0)).extracting(MyDayEntry::title, MyDayEntry::groupName)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Mathematics", "5A"),
					org.assertj.core.groups.Tuple.tuple("Mathematics", "2B"));
		assertThat(titles(day, 1)).as("the class's day, other teachers' lessons too")
			.containsSubsequence("Mathematics", "History");
		assertThat(this.myDay.group(this.classA2, MONDAY, false).agendas().get(0).name()).isEqualTo("2B");
	}

	@Test
	@DisplayName("O-1.4b another family's child, another school's class and a head without lessons are refused")
	void shouldRefuseOthers() {
		DirectoryTestData.signIn(this.parentA, new Grant(Role.PARENT, ScopeRef.learner(this.learnerA)));
		assertThatThrownBy(() -> this.myDay.learner(this.learnerB, MONDAY, false))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.myDay.group(this.classA, MONDAY, false))
			.as("a parent may not view a class's timetable")
			.isInstanceOf(AccessDeniedException.class);

		DirectoryTestData.signIn(this.teacherA, new Grant(Role.TEACHER, ScopeRef.group(this.classA)));
		assertThatThrownBy(() -> this.myDay.group(this.classB, MONDAY, false))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.myDay.learner(this.learnerA, MONDAY, false))
			.isInstanceOf(NotFoundException.class);

		DirectoryTestData.signIn(this.learnerB, new Grant(Role.STUDENT, ScopeRef.learner(this.learnerB)));
		assertThatThrownBy(() -> this.myDay.learner(this.learnerA, MONDAY, false))
			.isInstanceOf(NotFoundException.class);

		long head = this.directory.person("Head", "Of A", LocalDate.of(1970, 1, 1), false);
		DirectoryTestData.signIn(head, new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(this.schoolA)));
		assertThatThrownBy(() -> this.myDay.mine(MONDAY, false)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.myDay.group(this.classA, MONDAY, false).agendas()).singleElement()
			.satisfies((agenda) -> assertThat(agenda.kind()).isEqualTo("GROUP"));
		assertThatThrownBy(() -> this.myDay.group(this.classB, MONDAY, false))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("A1-27a lesson times follow the zone's rules in force: Asia/Almaty UTC+6 in 2020 and UTC+5 "
			+ "from March 2024, Asia/Aqtobe UTC+5")
	void shouldConvertWithTheRulesOfTheDate() {
		LocalDate monday2026 = LocalDate.of(2026, 11, 30);
		DirectoryTestData.signIn(this.learnerA, new Grant(Role.STUDENT, ScopeRef.learner(this.learnerA)));
		assertThat(first(this.myDay.mine(MONDAY, false), "Mathematics").start())
			.isEqualTo(Instant.parse("2020-04-06T03:00:00Z"));
		assertThat(first(this.myDay.mine(monday2026, false), "Mathematics").start())
			.isEqualTo(Instant.parse("2026-11-30T04:00:00Z"));

		this.schedule.timeZone(this.schoolB, "Asia/Aqtobe");
		DirectoryTestData.signIn(this.learnerB, new Grant(Role.STUDENT, ScopeRef.learner(this.learnerB)));
		MyDayEntry biology2020 = first(this.myDay.mine(MONDAY, false), "Biology of B");
		assertThat(biology2020.start()).isEqualTo(Instant.parse("2020-04-06T04:00:00Z"));
		assertThat(biology2020.timeZone()).isEqualTo("Asia/Aqtobe");
		assertThat(first(this.myDay.mine(monday2026, false), "Biology of B").start())
			.isEqualTo(Instant.parse("2026-11-30T04:00:00Z"));
	}

	@Test
	@DisplayName("O-1.7 no lessons show on the organization's holidays (winter holidays of 2026-2027)")
	void shouldLeaveOutHolidays() {
		DirectoryTestData.signIn(this.learnerA, new Grant(Role.STUDENT, ScopeRef.learner(this.learnerA)));
		assertThat(first(this.myDay.mine(LocalDate.of(2026, 12, 28), false), "Mathematics")).isNotNull();
		assertThat(this.myDay.mine(LocalDate.of(2026, 12, 28), true).agendas().get(0).days())
			.filteredOn((date) -> date.date().isAfter(LocalDate.of(2026, 12, 28)))
			.allSatisfy(
					(date) -> assertThat(date.entries()).noneMatch((entry) -> MyDayEntry.LESSON.equals(entry.kind())));
	}

	@Test
	@DisplayName("O-1.10 my day is served with a few indexed queries: a student's day in 8, a parent's in 10, plus one per contributor and agenda")
	void shouldServeTheDayWithFewQueries() {
		DirectoryTestData.signIn(this.learnerA, new Grant(Role.STUDENT, ScopeRef.learner(this.learnerA)));
		this.statements.reset();
		this.myDay.mine(MONDAY, false);
		int student = this.statements.count();
		DirectoryTestData.signIn(this.parentA, new Grant(Role.PARENT, ScopeRef.learner(this.learnerA)),
				new Grant(Role.PARENT, ScopeRef.learner(this.siblingA)));
		this.statements.reset();
		this.myDay.mine(MONDAY, true);
		int parent = this.statements.count();
		int contributed = this.contributors.size();
		assertThat(student).as("relations 4, context, lessons, TV, events, one per contributor")
			.isLessThanOrEqualTo(8 + contributed);
		assertThat(parent).as("and a path check per child").isLessThanOrEqualTo(10 + 2 * contributed);
	}

	static List<MyDayEntry> entries(MyDayView view, int agenda) {
		return view.agendas().get(agenda).days().stream().flatMap((day) -> day.entries().stream()).toList();
	}

	static List<String> titles(MyDayView view, int agenda) {
		return entries(view, agenda).stream().map(MyDayEntry::title).toList();
	}

	static MyDayEntry first(MyDayView view, String title) {
		return entries(view, 0).stream().filter((entry) -> entry.title().equals(title)).findFirst().orElseThrow();
	}

}
