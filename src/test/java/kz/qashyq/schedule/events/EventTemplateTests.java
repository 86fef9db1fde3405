package kz.qashyq.schedule.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.platform.web.NotFoundException;
import kz.qashyq.schedule.EventKind;
import kz.qashyq.schedule.EventSummary;
import kz.qashyq.schedule.Events;
import kz.qashyq.schedule.internal.events.EventForm;
import kz.qashyq.schedule.internal.events.EventService;
import kz.qashyq.schedule.internal.events.InvalidEventInput;
import kz.qashyq.support.DirectoryTestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * O-1.11a, O-1.12a, O-1.13a: the order's events applied to schools in two time zones;
 * A1-29a webinars and O-1.24 meetings; who may apply, see and register.
 */
@SpringBootTest
class EventTemplateTests {

	private static final String TRIAL = "ORDER_2020_TRIAL_LESSON";

	private static final String PARENTS = "ORDER_2020_PARENT_MEETING";

	private static final String CLASS_HOUR = "ORDER_2020_CLASS_HOUR";

	@Autowired
	Events events;

	@Autowired
	EventService service;

	@Autowired
	JdbcClient jdbc;

	DirectoryTestData data;

	long almatySchool;

	long almatyDistrict;

	long aqtobeSchool;

	long grade0;

	long grade1;

	long grade5;

	long grade9;

	long grade10;

	long grade11;

	long aqtobeGrade1;

	long learner1;

	long parent1;

	long supervisor1;

	@BeforeEach
	void createTwoSchools() {
		this.data = new DirectoryTestData(this.jdbc);
		long settlement = this.data.settlement(9, "Events town " + System.nanoTime());
		this.almatyDistrict = this.jdbc.sql("select district_id from settlement where id = ?")
			.param(settlement)
			.query(Long.class)
			.single();
		this.almatySchool = this.data.organization(settlement, "SECONDARY_SCHOOL", "Almaty-time school");
		this.grade0 = this.data.schoolClass(this.almatySchool, 0, "А");
		this.grade1 = this.data.schoolClass(this.almatySchool, 1, "А");
		this.grade5 = this.data.schoolClass(this.almatySchool, 5, "А");
		this.grade9 = this.data.schoolClass(this.almatySchool, 9, "А");
		this.grade10 = this.data.schoolClass(this.almatySchool, 10, "А");
		this.grade11 = this.data.schoolClass(this.almatySchool, 11, "А");
		this.learner1 = this.data.learner(this.almatySchool, this.grade1, "Әлиев", "Арман");
		this.parent1 = this.data.parentOf(this.learner1, "Әлиева", "Айгүл");
		this.data.learner(this.almatySchool, this.grade1, "Бекова", "Дана");
		this.supervisor1 = this.data.person("Серікова", "Гүлнар", LocalDate.of(1980, 1, 2), true);
		this.jdbc.sql("insert into group_supervisor (group_id, person_id, from_date) values (?, ?, '2019-09-01')")
			.params(this.grade1, this.supervisor1)
			.update();
		this.jdbc
			.sql("insert into staff_position (person_id, organization_id, position, subject, from_date) "
					+ "values (?, ?, 'TEACHER', 'Математика', '2019-09-01')")
			.params(this.supervisor1, this.almatySchool)
			.update();
		this.aqtobeSchool = this.data.organization(this.data.settlement(3, "Aqtobe town " + System.nanoTime()),
				"SECONDARY_SCHOOL", "Aqtobe school");
		this.jdbc.sql("update organization set time_zone = 'Asia/Aqtobe' where id = ?")
			.param(this.aqtobeSchool)
			.update();
		this.aqtobeGrade1 = this.data.schoolClass(this.aqtobeSchool, 1, "А");
	}

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	private Instant startOf(long groupId, String template) {
		return this.jdbc.sql("select starts_at from school_event where group_id = ? and template_code = ?")
			.params(groupId, template)
			.query(java.sql.Timestamp.class)
			.optional()
			.map(java.sql.Timestamp::toInstant)
			.orElse(null);
	}

	private List<String> invitees(long groupId, String template, String role) {
		return this.jdbc.sql("""
				select p.last_name from event_invitee i join school_event e on e.id = i.event_id
				join person p on p.id = i.person_id where e.group_id = ? and e.template_code = ? and i.role = ?
				order by 1""").params(groupId, template, role).query(String.class).list();
	}

	private void applyAll(ScopeRef scope) {
		for (String template : List.of(TRIAL, PARENTS, CLASS_HOUR)) {
			this.events.applyTemplate(template, scope, "test");
		}
	}

	@Test
	@DisplayName("O-1.11a trial lessons on 1 April 2020: 09:00 grades 1–9, 14:00 grades 10–11, in each school's time zone")
	void shouldStartTrialLessonsPerBandAndTimeZone() {
		applyAll(ScopeRef.organization(this.almatySchool));
		applyAll(ScopeRef.organization(this.aqtobeSchool));
		assertThat(startOf(this.grade0, TRIAL)).as("no trial lesson for the pre-school class").isNull();
		// Asia/Almaty was UTC+6 in 2020
		assertThat(startOf(this.grade1, TRIAL)).isEqualTo(Instant.parse("2020-04-01T03:00:00Z"));
		assertThat(startOf(this.grade9, TRIAL)).isEqualTo(Instant.parse("2020-04-01T03:00:00Z"));
		assertThat(startOf(this.grade10, TRIAL)).isEqualTo(Instant.parse("2020-04-01T08:00:00Z"));
		assertThat(startOf(this.grade11, TRIAL)).isEqualTo(Instant.parse("2020-04-01T08:00:00Z"));
		// Asia/Aqtobe was UTC+5: the same 09:00 is an hour later
		assertThat(startOf(this.aqtobeGrade1, TRIAL)).isEqualTo(Instant.parse("2020-04-01T04:00:00Z"));
		assertThat(invitees(this.grade1, TRIAL, "LEARNER")).containsExactly("Бекова", "Әлиев");
		assertThat(invitees(this.grade1, TRIAL, "TEACHER")).containsExactly("Серікова");
		assertThat(invitees(this.grade1, TRIAL, "PARENT")).isEmpty();
		assertThat(this.jdbc.sql("select meeting_url from school_event where group_id = ? and template_code = ?")
			.params(this.grade1, TRIAL)
			.query(String.class)
			.single()).matches("https://meet\\.jit\\.si/qashyq-[A-Za-z0-9_-]{20}");
	}

	@Test
	@DisplayName("O-1.12a parent meetings on 2 April 2020 at 10:00, 12:00 and 14:00 with the order's topic, parents invited")
	void shouldInviteParentsToParentMeetings() {
		applyAll(ScopeRef.organization(this.almatySchool));
		assertThat(startOf(this.grade0, PARENTS)).isEqualTo(Instant.parse("2020-04-02T04:00:00Z"));
		assertThat(startOf(this.grade1, PARENTS)).isEqualTo(Instant.parse("2020-04-02T04:00:00Z"));
		assertThat(startOf(this.grade5, PARENTS)).isEqualTo(Instant.parse("2020-04-02T06:00:00Z"));
		assertThat(startOf(this.grade11, PARENTS)).isEqualTo(Instant.parse("2020-04-02T08:00:00Z"));
		assertThat(invitees(this.grade1, PARENTS, "PARENT")).containsExactly("Әлиева");
		assertThat(invitees(this.grade1, PARENTS, "LEARNER")).isEmpty();
		assertThat(invitees(this.grade1, PARENTS, "TEACHER")).containsExactly("Серікова");
		List<EventSummary> parent = this.events.invitationsOf(this.parent1, Instant.parse("2020-04-01T00:00:00Z"),
				Instant.parse("2020-04-04T00:00:00Z"));
		assertThat(parent).singleElement().satisfies((event) -> {
			assertThat(event.kind()).isEqualTo(EventKind.PARENT_MEETING);
			assertThat(event.role()).isEqualTo("PARENT");
			assertThat(event.topics().kk()).isEqualTo("Біздің мектепте қашықтықтан оқыту қалай жүргізіледі?");
			assertThat(event.topics().en()).isEqualTo("How is distance learning conducted at our school?");
			assertThat(event.topics().ru()).isEqualTo("Как проводится дистанционное обучение в нашей школе?");
		});
	}

	@Test
	@DisplayName("O-1.13a class hours on 3 April 2020 with the order's two topics, learners invited")
	void shouldHoldClassHoursWithTwoTopics() {
		applyAll(ScopeRef.organization(this.almatySchool));
		assertThat(startOf(this.grade1, CLASS_HOUR)).isEqualTo(Instant.parse("2020-04-03T04:00:00Z"));
		assertThat(startOf(this.grade9, CLASS_HOUR)).isEqualTo(Instant.parse("2020-04-03T06:00:00Z"));
		assertThat(startOf(this.grade10, CLASS_HOUR)).isEqualTo(Instant.parse("2020-04-03T08:00:00Z"));
		List<EventSummary> learner = this.events.invitationsOf(this.learner1, Instant.parse("2020-04-01T00:00:00Z"),
				Instant.parse("2020-04-04T00:00:00Z"));
		assertThat(learner).extracting(EventSummary::kind)
			.containsExactly(EventKind.TRIAL_LESSON, EventKind.CLASS_HOUR);
		EventSummary classHour = learner.get(1);
		assertThat(classHour.topics().kk().split("\n")).containsExactly("Мен қашықтықтан қалай оқимын?",
				"Өзіңді вирустық аурулардан қалай сақтауға болады?");
		assertThat(classHour.topics().en().split("\n")).containsExactly("How will I study remotely?",
				"How can you protect yourself from viral diseases?");
		assertThat(classHour.endsAt()).isEqualTo(classHour.startsAt().plusSeconds(30 * 60));
	}

	@Test
	@DisplayName("O-1.11a applying a template twice creates no duplicates")
	void shouldApplyIdempotently() {
		int first = this.events.applyTemplate(TRIAL, ScopeRef.organization(this.almatySchool), "test");
		assertThat(first).isEqualTo(5);
		assertThat(this.events.applyTemplate(TRIAL, ScopeRef.organization(this.almatySchool), "test")).isZero();
		assertThat(this.jdbc.sql("select count(*) from school_event where organization_id = ?")
			.param(this.almatySchool)
			.query(Long.class)
			.single()).isEqualTo(5);
		assertThat(invitees(this.grade1, TRIAL, "LEARNER")).hasSize(2);
	}

	@Test
	@DisplayName("O-1.11a a district division applies to its district's schools, never to another district; a teacher or observer cannot apply")
	void shouldApplyOnlyWithinScope() {
		DirectoryTestData.signIn(null, new Grant(Role.DISTRICT_DIVISION, ScopeRef.district(this.almatyDistrict)));
		assertThat(this.service.apply(TRIAL, "DISTRICT:" + this.almatyDistrict)).isEqualTo(5);
		long aqtobeDistrict = this.jdbc
			.sql("select s.district_id from organization o join settlement s on s.id = o.settlement_id where o.id = ?")
			.param(this.aqtobeSchool)
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> this.service.apply(TRIAL, "DISTRICT:" + aqtobeDistrict))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.apply(TRIAL, "ORGANIZATION:" + this.aqtobeSchool))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.apply(TRIAL, "REGION:9")).as("the region is wider than the district")
			.isInstanceOf(AccessDeniedException.class);
		assertThat(startOf(this.aqtobeGrade1, TRIAL)).isNull();
		assertThatThrownBy(() -> this.service.apply("NO_SUCH", "DISTRICT:" + this.almatyDistrict))
			.isInstanceOfSatisfying(InvalidEventInput.class,
					(ex) -> assertThat(ex.messageKeys()).containsExactly("events.error.template"));
		DirectoryTestData.signIn(this.supervisor1, new Grant(Role.TEACHER, ScopeRef.group(this.grade1)));
		assertThatThrownBy(() -> this.service.apply(PARENTS, "ORGANIZATION:" + this.almatySchool))
			.isInstanceOf(AccessDeniedException.class);
		DirectoryTestData.signIn(null, new Grant(Role.QA_OBSERVER, ScopeRef.region(9)));
		assertThatThrownBy(() -> this.service.apply(PARENTS, "ORGANIZATION:" + this.almatySchool))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(startOf(this.grade1, PARENTS)).isNull();
	}

	@Test
	@DisplayName("O-1.11a the event page names learners and parents only to those who may see the class's learners")
	void shouldHideMinorsFromWiderScopes() {
		applyAll(ScopeRef.organization(this.almatySchool));
		long trial = this.jdbc.sql("select id from school_event where group_id = ? and template_code = ?")
			.params(this.grade1, TRIAL)
			.query(Long.class)
			.single();
		DirectoryTestData.signIn(null, new Grant(Role.DISTRICT_DIVISION, ScopeRef.district(this.almatyDistrict)));
		EventService.EventView district = this.service.event(trial);
		assertThat(district.invitees()).extracting(EventService.InviteeLine::name).containsExactly("Серікова Гүлнар");
		assertThat(district.hiddenCounts()).containsEntry("LEARNER", 2);
		DirectoryTestData.signIn(null, new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(this.almatySchool)));
		assertThat(this.service.event(trial).invitees()).hasSize(3);
		assertThat(this.service.event(trial).hiddenCounts()).isEmpty();
		DirectoryTestData.signIn(this.learner1, new Grant(Role.STUDENT, ScopeRef.learner(this.learner1)));
		assertThat(this.service.event(trial).meetingUrl()).as("an invitee sees the event").isNotNull();
		DirectoryTestData.signIn(this.parent1, new Grant(Role.PARENT, ScopeRef.learner(this.learner1)));
		assertThatThrownBy(() -> this.service.event(trial)).as("not invited to the trial lesson")
			.isInstanceOf(AccessDeniedException.class);
		DirectoryTestData.signIn(null, new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(this.aqtobeSchool)));
		assertThatThrownBy(() -> this.service.event(trial)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("A1-29a a webinar invites the organization's teachers, who register for it")
	void shouldInviteTeachersToWebinars() {
		long cleaner = this.data.person("Тазалаева", "Сара", LocalDate.of(1970, 1, 1), true);
		this.jdbc
			.sql("insert into staff_position (person_id, organization_id, position, from_date) "
					+ "values (?, ?, 'TECHNICAL', '2019-09-01')")
			.params(cleaner, this.almatySchool)
			.update();
		DirectoryTestData.signIn(null, new Grant(Role.DET_RESPONSIBLE, ScopeRef.organization(this.almatySchool)));
		long webinar = this.service.create(this.almatySchool, new EventForm("WEBINAR", "Zoom-пен жұмыс", "2020-04-04",
				"15:00", "60", "Zoom", "https://zoom.us/j/123", null, null));
		EventService.EventView view = this.service.event(webinar);
		assertThat(view.kind()).isEqualTo(EventKind.WEBINAR);
		assertThat(view.platform()).isEqualTo("Zoom");
		assertThat(view.meetingUrl()).isEqualTo("https://zoom.us/j/123");
		assertThat(view.start().toInstant()).isEqualTo(Instant.parse("2020-04-04T09:00:00Z"));
		assertThat(view.invitees()).extracting(EventService.InviteeLine::name).containsExactly("Серікова Гүлнар");
		DirectoryTestData.signIn(this.supervisor1, new Grant(Role.TEACHER, ScopeRef.group(this.grade1)));
		assertThat(this.service.event(webinar).canRegister()).isTrue();
		this.service.register(webinar);
		assertThat(this.service.event(webinar).registered()).isTrue();
		DirectoryTestData.signIn(cleaner, new Grant(Role.LIBRARIAN, ScopeRef.group(this.grade1)));
		assertThatThrownBy(() -> this.service.register(webinar)).isInstanceOf(NotFoundException.class);
	}

	@Test
	@DisplayName("O-1.24 a meeting is a teleconference by default; in person it needs a reason")
	void shouldDefaultMeetingsToTeleconference() {
		DirectoryTestData.signIn(null, new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(this.almatySchool)));
		assertThatThrownBy(() -> this.service.create(this.almatySchool,
				new EventForm("MEETING", "Педкеңес", "2020-04-10", "16:00", "45", null, null, true, " ")))
			.isInstanceOfSatisfying(InvalidEventInput.class,
					(ex) -> assertThat(ex.messageKeys()).containsExactly("events.error.reason"));
		assertThatThrownBy(() -> this.service.create(this.almatySchool,
				new EventForm("WEBINAR", "", "2020-13-01", "25:00", "0", "", "ftp://x", null, null)))
			.isInstanceOfSatisfying(InvalidEventInput.class,
					(ex) -> assertThat(ex.messageKeys()).containsExactly("events.error.title", "events.error.date",
							"events.error.time", "events.error.minutes", "events.error.platform", "events.error.link"));
		long meeting = this.service.create(this.almatySchool,
				new EventForm("MEETING", "Педкеңес", "2020-04-10", "16:00", "45", null, null, null, null));
		EventService.EventView view = this.service.event(meeting);
		assertThat(view.mode()).isEqualTo("ONLINE");
		assertThat(view.meetingUrl()).startsWith("https://meet.jit.si/qashyq-");
		assertThat(view.invitees()).extracting(EventService.InviteeLine::role).containsOnly("STAFF");
		DirectoryTestData.signIn(null, new Grant(Role.ORGANIZATION_HEAD, ScopeRef.organization(this.aqtobeSchool)));
		assertThatThrownBy(() -> this.service.create(this.almatySchool,
				new EventForm("MEETING", "Педкеңес", "2020-04-10", "16:00", "45", null, null, null, null)))
			.isInstanceOf(AccessDeniedException.class);
	}

}
