package kz.qashyq.guidance;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.qashyq.demo.DemoData;
import kz.qashyq.demo.DemoFacts;
import kz.qashyq.guidance.internal.Guide;
import kz.qashyq.guidance.internal.GuideCatalogue;
import kz.qashyq.guidance.internal.Guides.GuideCard;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.policy.Policies;
import kz.qashyq.policy.RegimePeriod;
import kz.qashyq.support.HttpSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The guides of every role over real HTTP on the demo data: openings counted, steps
 * marked done and completion, the welcome of the first sign-in, the links of every demo
 * account's guides, and the head's list of who has not completed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class GuidanceTests {

	private static final Pattern STEP_LINK = Pattern.compile("class=\"step-link\" href=\"([^\"]+)\"");

	private static final Pattern GUIDE_TAB = Pattern.compile("href=\"/guide/([a-z-]+)\"");

	/** The guides each demo account is given. */
	private static final Map<String, Set<Guide>> DEMO_GUIDES = Map.ofEntries(
			Map.entry("student", Set.of(Guide.LEARNER)), Map.entry("parent", Set.of(Guide.PARENT)),
			Map.entry("teacher", Set.of(Guide.TEACHER, Guide.CLASS_TEACHER)),
			Map.entry("curator", Set.of(Guide.TEACHER, Guide.CLASS_TEACHER)),
			Map.entry("educator", Set.of(Guide.EDUCATOR)), Map.entry("head", Set.of(Guide.HEAD)),
			Map.entry("college-head", Set.of(Guide.HEAD)), Map.entry("deputy", Set.of(Guide.DEPUTY)),
			Map.entry("social", Set.of(Guide.SOCIAL_PEDAGOGUE)), Map.entry("region", Set.of(Guide.EDUCATION_AUTHORITY)),
			Map.entry("ministry", Set.of(Guide.MINISTRY)), Map.entry("observer", Set.of(Guide.OBSERVER)));

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	@Autowired
	Policies policies;

	@Autowired
	UserDetailsService users;

	DemoFacts facts;

	@BeforeEach
	void findTheDemo() {
		this.facts = this.demo.facts();
	}

	@Test
	@DisplayName("O-3.1d the first sign-in offers the guide on the home page; once it has been opened the next sign-in does not")
	void shouldWelcomeToTheGuideOnlyUntilItIsOpened() throws Exception {
		forget("parent");
		HttpSession first = new HttpSession(this.port);
		assertThat(first.signIn("parent", "demo")).as("the sign-in still goes home").isEqualTo("/");
		GuideCard welcome = homeCard("parent");
		assertThat(welcome).isNotNull();
		assertThat(welcome.welcome()).isTrue();
		assertThat(first.get("/guide", "en").body()).contains("Guide for parents");

		HttpSession second = new HttpSession(this.port);
		assertThat(second.signIn("parent", "demo")).isEqualTo("/");
		GuideCard later = homeCard("parent");
		assertThat(later).isNotNull();
		assertThat(later.welcome()).as("no welcome once the guide has been opened").isFalse();
		assertThat(later.unfinished()).singleElement()
			.satisfies((guide) -> assertThat(guide).isEqualTo(new GuideCard.Unfinished(Guide.PARENT, 0, 6)));
	}

	@Test
	@DisplayName("O-3.1d each opening of a guide is counted, not the page shown again after a step is marked")
	void shouldCountEachOpening() {
		forget("student");
		HttpSession student = new HttpSession(this.port);
		student.signIn("student", "demo");
		assertThat(student.get("/guide", "en").statusCode()).isEqualTo(200);
		assertThat(student.get("/guide/learner", "en").statusCode()).isEqualTo(200);
		String third = student.get("/guide", "en").body();
		assertThat(third).contains("Times opened: 3");
		assertThat(student.get("/guide/learner?marked=myday", "en").statusCode()).isEqualTo(200);
		assertThat(progress("student", "LEARNER", "views")).isEqualTo(3);
	}

	@Test
	@DisplayName("A1-11 each step marked done is stored, and the guide is completed when the last one is")
	void shouldStoreStepsAndCompleteTheGuide() {
		forget("teacher");
		HttpSession teacher = new HttpSession(this.port);
		teacher.signIn("teacher", "demo");
		List<String> steps = GuideCatalogue.steps(Guide.TEACHER).stream().map(GuideCatalogue.GuideStep::id).toList();
		for (int i = 0; i < steps.size(); i++) {
			assertThat(progress("teacher", "TEACHER", "completed_at")).as("completed before step %d", i + 1).isNull();
			HttpResponse<String> marked = teacher.postForm("/guide/step", "/guide/teacher",
					"guide=teacher&step=" + steps.get(i));
			assertThat(marked.statusCode()).isEqualTo(302);
			assertThat(marked.headers().firstValue("Location"))
				.hasValue("/guide/teacher?marked=" + steps.get(i) + "#step-" + steps.get(i));
		}
		assertThat(this.jdbc.sql("""
				select step from guide_step_done d join account a on a.id = d.account_id
				where a.username = 'teacher' and d.guide = 'TEACHER'""").query(String.class).list())
			.containsExactlyInAnyOrderElementsOf(steps);
		assertThat(progress("teacher", "TEACHER", "completed_at")).isNotNull();
		String page = teacher.get("/guide/teacher?marked=plans", "en").body();
		assertThat(page).contains("Completed on", steps.size() + " of " + steps.size() + " steps done", "Saved");
		assertThat(teacher.postForm("/guide/step", "/guide/teacher", "guide=teacher&step=nonsense").statusCode())
			.isEqualTo(404);
		assertThat(teacher.postForm("/guide/step", "/guide/teacher", "guide=learner&step=myday").statusCode())
			.as("a guide of another role")
			.isEqualTo(404);
		assertThat(teacher.get("/guide/learner").headers().firstValue("Location")).hasValue("/guide");
	}

	@Test
	@DisplayName("O-3.1d every demo account has the guides of its roles, and every step's link opens for it")
	void shouldGiveEveryDemoAccountGuidesWhoseLinksOpen() {
		assertThat(this.demo.accounts()).extracting((account) -> account.username())
			.containsExactlyInAnyOrderElementsOf(DEMO_GUIDES.keySet());
		for (var account : this.demo.accounts()) {
			HttpSession session = new HttpSession(this.port);
			assertThat(session.signIn(account.username(), "demo")).isEqualTo("/");
			String first = session.get("/guide", "en").body();
			assertThat(session.get("/", "en").body()).as("the menu of %s", account.username())
				.contains("href=\"/guide\"");
			Set<Guide> guides = new LinkedHashSet<>();
			Matcher tab = GUIDE_TAB.matcher(first);
			while (tab.find()) {
				Guide.ofSlug(tab.group(1)).ifPresent(guides::add);
			}
			if (guides.isEmpty()) {
				guides.add(DEMO_GUIDES.get(account.username()).iterator().next());
			}
			assertThat(guides).as("guides of %s", account.username())
				.containsExactlyInAnyOrderElementsOf(DEMO_GUIDES.get(account.username()));
			for (Guide guide : guides) {
				String page = session.get("/guide/" + guide.slug(), "en").body();
				List<String> links = new ArrayList<>();
				Matcher link = STEP_LINK.matcher(page);
				while (link.find()) {
					links.add(link.group(1));
				}
				assertThat(links).as("steps of %s for %s", guide, account.username())
					.hasSize(GuideCatalogue.steps(guide).size());
				for (String path : links) {
					assertThat(path).as("%s of %s", path, guide).doesNotContain("{");
					assertThat(open(session, path)).as("%s of %s for %s", path, guide, account.username())
						.isEqualTo(200);
				}
			}
		}
	}

	@Test
	@DisplayName("O-3.1d an observer, who writes nothing else, keeps track of their own guide")
	void shouldLetAReadOnlyObserverTrackTheirOwnGuide() {
		forget("observer");
		HttpSession observer = new HttpSession(this.port);
		observer.signIn("observer", "demo");
		assertThat(observer.postForm("/guide/step", "/guide", "guide=observer&step=tree").statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("""
				select count(*) from guide_step_done d join account a on a.id = d.account_id
				where a.username = 'observer' and d.step = 'tree'""").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	@DisplayName("A1-11 the head sees, per class, a learner who has not completed the guide and not one who has, with the first class date")
	void shouldListWhoHasNotCompletedForTheHead() throws Exception {
		forget("student");
		QashyqUser student = (QashyqUser) this.users.loadUserByUsername("student");
		for (GuideCatalogue.GuideStep step : GuideCatalogue.steps(Guide.LEARNER)) {
			HttpSession session = new HttpSession(this.port);
			session.signIn("student", "demo");
			assertThat(session.postForm("/guide/step", "/guide", "guide=learner&step=" + step.id()).statusCode())
				.isEqualTo(302);
		}
		assertThat(student.personId()).isEqualTo(this.facts.studentId());
		String studentName = fullName(this.facts.studentId());
		long classmate = this.jdbc.sql("select person_id from learner where group_id = ? and person_id <> ? limit 1")
			.params(this.facts.studentClassId(), this.facts.studentId())
			.query(Long.class)
			.single();

		HttpSession head = new HttpSession(this.port);
		head.signIn("head", "demo");
		assertThat(head.get("/guide/head", "en").body()).as("the head's guide links the list")
			.contains("/guide/organizations/" + this.facts.citySchoolId() + "/not-completed");
		String list = "/guide/organizations/" + this.facts.citySchoolId() + "/not-completed";
		HttpResponse<String> overview = head.get(list, "en");
		assertThat(overview.statusCode()).isEqualTo(200);
		RegimePeriod period = this.policies
			.currentOrNextPeriod(this.facts.citySchoolId(), LocalDate.now(java.time.ZoneId.of("Asia/Almaty")))
			.orElseThrow();
		assertThat(overview.body()).contains("First class date",
				period.from().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
		String named = head.get(list + "?group=" + this.facts.studentClassId(), "en").body();
		String learners = named.substring(named.indexOf("id=\"named-learners\""));
		learners = learners.substring(0, learners.indexOf("</div>"));
		assertThat(learners).contains(fullName(classmate)).doesNotContain(studentName);
		assertThat(head.get(list + "?group=" + this.facts.ruralClassId(), "en").statusCode())
			.as("a class of another school")
			.isEqualTo(404);
	}

	@Test
	@DisplayName("A1-11 the list is refused to the head of another school and to a teacher, and open to the deputy")
	void shouldRefuseTheListOutsideTheHeadsSchool() {
		String list = "/guide/organizations/" + this.facts.citySchoolId() + "/not-completed";
		HttpSession collegeHead = new HttpSession(this.port);
		collegeHead.signIn("college-head", "demo");
		assertThat(collegeHead.get(list, "en").statusCode()).isEqualTo(403);
		assertThat(
				collegeHead.get("/guide/organizations/" + this.facts.collegeId() + "/not-completed", "en").statusCode())
			.isEqualTo(200);
		HttpSession teacher = new HttpSession(this.port);
		teacher.signIn("teacher", "demo");
		assertThat(teacher.get(list, "en").statusCode()).isEqualTo(403);
		HttpSession deputy = new HttpSession(this.port);
		deputy.signIn("deputy", "demo");
		assertThat(deputy.get(list, "en").statusCode()).isEqualTo(200);
		assertThat(deputy.get("/guide/organizations/999999999/not-completed", "en").statusCode()).isEqualTo(404);
	}

	/**
	 * The status of the page after the site's own redirects (a menu link such as the
	 * thematic schedule leads on to the learner's page); never the sign-in page.
	 */
	private static int open(HttpSession session, String path) {
		HttpResponse<String> response = session.get(path, "en");
		for (int i = 0; i < 3 && response.statusCode() == 302; i++) {
			String next = response.headers().firstValue("Location").orElseThrow();
			assertThat(next).as("redirect of %s", path).startsWith("/").doesNotStartWith("/login");
			response = session.get(next, "en");
		}
		return response.statusCode();
	}

	private GuideCard homeCard(String username) throws Exception {
		QashyqUser user = (QashyqUser) this.users.loadUserByUsername(username);
		return (GuideCard) this.mvc.perform(get("/").with(user(user)))
			.andReturn()
			.getModelAndView()
			.getModel()
			.get("guideCard");
	}

	private void forget(String username) {
		this.jdbc.sql("delete from guide_progress where account_id = (select id from account where username = ?)")
			.param(username)
			.update();
	}

	private Object progress(String username, String guide, String column) {
		return this.jdbc.sql("select " + column
				+ " from guide_progress g join account a on a.id = g.account_id where a.username = ? and g.guide = ?")
			.params(username, guide)
			.query((rs, row) -> rs.getObject(1))
			.optional()
			.orElse(null);
	}

	private String fullName(long personId) {
		return this.jdbc.sql("""
				select last_name || ' ' || first_name || coalesce(' ' || middle_name, '') from person where id = ?""")
			.param(personId)
			.query(String.class)
			.single();
	}

}
