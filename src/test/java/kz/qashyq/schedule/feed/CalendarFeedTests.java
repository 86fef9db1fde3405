package kz.qashyq.schedule.feed;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;

import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.schedule.CalendarFeeds;
import kz.qashyq.schedule.myday.ScheduleTestConfiguration;
import kz.qashyq.schedule.myday.ScheduleTestConfiguration.SettableClock;
import kz.qashyq.schedule.myday.TwoSchools;
import kz.qashyq.support.DirectoryTestData;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
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
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A1-27b: a person's secret, revocable calendar feed, read with ical4j.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ScheduleTestConfiguration.class)
class CalendarFeedTests {

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SettableClock clock;

	@Autowired
	UserDetailsService users;

	TwoSchools schools;

	@BeforeEach
	void createTwoSchools() {
		this.schools = new TwoSchools(this.jdbc);
	}

	@AfterEach
	void reset() {
		this.clock.reset();
		DirectoryTestData.signOut();
	}

	@Test
	@DisplayName("A1-27b a student's feed parses with ical4j and holds the lessons at the right UTC instants: "
			+ "09:00 Asia/Almaty is 03:00Z in 2020 and 04:00Z in 2026")
	void shouldWriteLessonsAtTheirInstants() throws Exception {
		long meeting = this.schools.schedule.event(this.schools.schoolA, this.schools.classA, "CLASS_HOUR",
				"Class hour; topics, two", Instant.parse("2020-04-03T04:00:00Z"));
		this.schools.schedule.invite(meeting, this.schools.learnerA, "LEARNER");
		long tv = this.schools.schedule.broadcast("BALAPAN", "kk", 5, "Feed TV " + System.nanoTime(),
				Instant.parse("2020-04-07T05:10:00Z"));
		String token = createAs(this.schools.student());

		this.clock.set(Instant.parse("2020-04-08T06:00:00Z"));
		Calendar calendar = parse(feed(token));
		assertThat(starts(calendar, "Mathematics")).as("every Monday of the window, from 6 April")
			.contains(Instant.parse("2020-04-06T03:00:00Z"), Instant.parse("2020-04-13T03:00:00Z"),
					Instant.parse("2020-05-25T03:00:00Z"))
			.allSatisfy((start) -> assertThat(start).isAfterOrEqualTo(Instant.parse("2020-04-06T03:00:00Z")));
		assertThat(starts(calendar, "Old geography"))
			.as("O-1.7 the window's weeks before 6 April are the spring holidays: no lessons of the older timetable")
			.isEmpty();
		assertThat(starts(calendar, "Class hour; topics, two")).containsExactly(Instant.parse("2020-04-03T04:00:00Z"));
		assertThat(starts(calendar, "Feed TV")).containsExactly(Instant.parse("2020-04-07T05:10:00Z"));
		assertThat(calendar.getComponents(Component.VEVENT)).extracting((event) -> uid((VEvent) event))
			.doesNotHaveDuplicates()
			.contains("tv-" + tv + "@qashyq.kz", "event-" + meeting + "@qashyq.kz");

		this.clock.set(Instant.parse("2026-11-25T06:00:00Z"));
		assertThat(starts(parse(feed(token)), "Mathematics")).contains(Instant.parse("2026-11-30T04:00:00Z"),
				Instant.parse("2026-11-23T04:00:00Z"));
	}

	@Test
	@DisplayName("A1-27b a parent's feed holds both children's lessons; Asia/Aqtobe 09:00 is 04:00Z in 2020 and 2026")
	void shouldWriteChildrenAndOtherZones() throws Exception {
		String parentToken = createAs(this.schools.parent());
		this.clock.set(Instant.parse("2020-04-08T06:00:00Z"));
		Calendar parents = parse(feed(parentToken));
		assertThat(summaries(parents)).anyMatch((summary) -> summary.startsWith("Aliyev Arman: Mathematics"))
			.anyMatch((summary) -> summary.startsWith("Aliyeva Dana: Self-study art"));

		this.schools.schedule.timeZone(this.schools.schoolB, "Asia/Aqtobe");
		String token = createAs(TwoSchools.user(this.schools.learnerB,
				new kz.qashyq.platform.security.Grant(kz.qashyq.platform.security.Role.STUDENT,
						kz.qashyq.platform.security.ScopeRef.learner(this.schools.learnerB))));
		assertThat(starts(parse(feed(token)), "Biology of B")).contains(Instant.parse("2020-04-06T04:00:00Z"));
		this.clock.set(Instant.parse("2026-11-25T06:00:00Z"));
		assertThat(starts(parse(feed(token)), "Biology of B")).contains(Instant.parse("2026-11-30T04:00:00Z"));
	}

	@Test
	@DisplayName("A1-27b a revoked, replaced or unknown feed link gets 404; the secret has 256 bits and only its hash is stored")
	void shouldRefuseRevokedLinks() throws Exception {
		QashyqUser student = this.schools.student();
		MvcResult created = this.mvc.perform(post("/schedule/feeds").with(user(student)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("feedUrl", org.hamcrest.Matchers.containsString("/feeds/")))
			.andReturn();
		String url = (String) created.getFlashMap().get("feedUrl");
		String token = url.replaceAll(".*/feeds/([^.]+)\\.ics.*", "$1");
		assertThat(token).hasSize(43).matches("[A-Za-z0-9_-]+");
		assertThat(this.jdbc.sql("select token from calendar_feed where person_id = ? and revoked_at is null")
			.param(this.schools.learnerA)
			.query(String.class)
			.single()).isNotEqualTo(token).hasSize(64);
		this.mvc.perform(get("/feeds/" + token + ".ics"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/calendar"));
		this.mvc.perform(get("/schedule/feeds").with(user(student)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("revoke-feed")));

		String replacement = createAs(student);
		this.mvc.perform(get("/feeds/" + token + ".ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/feeds/" + replacement + ".ics")).andExpect(status().isOk());
		this.mvc.perform(post("/schedule/feeds/revoke").with(user(student)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/feeds/" + replacement + ".ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/feeds/" + "A".repeat(43) + ".ics")).andExpect(status().isNotFound());
		this.mvc.perform(get("/feeds/nonsense.ics")).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("A1-27b an observer and a head without lessons cannot make a feed link")
	void shouldRefuseOthers() throws Exception {
		QashyqUser observer = (QashyqUser) this.users.loadUserByUsername("observer");
		this.mvc.perform(post("/schedule/feeds").with(user(observer)).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get("/schedule/feeds").with(user(observer))).andExpect(status().isForbidden());
		QashyqUser ministry = (QashyqUser) this.users.loadUserByUsername("ministry");
		this.mvc.perform(post("/schedule/feeds").with(user(ministry)).with(csrf())).andExpect(status().isForbidden());
		long person = this.schools.directory.person("Observer", "Person", java.time.LocalDate.of(1975, 1, 1), false);
		DirectoryTestData.signIn(person,
				new kz.qashyq.platform.security.Grant(kz.qashyq.platform.security.Role.QA_OBSERVER,
						kz.qashyq.platform.security.ScopeRef.organization(this.schools.schoolA)));
		assertThatThrownBy(() -> this.feeds.create()).isInstanceOf(AccessDeniedException.class);
		assertThat(this.jdbc.sql("select count(*) from calendar_feed where person_id = ?")
			.param(person)
			.query(Integer.class)
			.single()).isZero();
	}

	private String createAs(QashyqUser user) {
		org.springframework.security.core.context.SecurityContextHolder.getContext()
			.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
				.authenticated(user, null, user.getAuthorities()));
		try {
			return this.feeds.create();
		}
		finally {
			DirectoryTestData.signOut();
		}
	}

	private String feed(String token) throws Exception {
		return this.mvc.perform(get("/feeds/" + token + ".ics").param("lang", "en"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	static Calendar parse(String text) throws Exception {
		assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		return new CalendarBuilder().build(new StringReader(text));
	}

	static List<String> summaries(Calendar calendar) {
		return calendar.getComponents(Component.VEVENT)
			.stream()
			.map((event) -> event.getProperty(Property.SUMMARY).orElseThrow().getValue())
			.toList();
	}

	/**
	 * The start instants of the events whose summary contains the text.
	 */
	static List<Instant> starts(Calendar calendar, String summary) {
		return calendar.getComponents(Component.VEVENT)
			.stream()
			.map((component) -> (VEvent) component)
			.filter((event) -> event.getProperty(Property.SUMMARY).orElseThrow().getValue().contains(summary))
			.map((event) -> {
				DtStart<Temporal> start = event.<Temporal>getStartDate().orElseThrow();
				assertThat(start.isUtc()).isTrue();
				return Instant.from(start.getDate());
			})
			.sorted()
			.toList();
	}

	static String uid(VEvent event) {
		return event.getProperty(Property.UID).orElseThrow().getValue();
	}

}
