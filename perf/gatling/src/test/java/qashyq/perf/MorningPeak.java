package qashyq.perf;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The 08:30 start (issue 8): an open model of arrivals, each a person who signs in and does
 * what they do first in the morning. 70 % students (my day, one task, one in ten submits a
 * photo), 15 % parents (my day, the child's journal), 15 % teachers (the class journal, marks
 * up to 25 learners present one by one as htmx requests, the inbox). Optionally, in the same
 * run, a fixed arrival rate of {@code /actuator/health} ({@code -DhealthRate}). Settings: see
 * {@link Settings} and perf/README.md.
 */
public class MorningPeak extends Simulation {

	private static final String PHOTO = "notebook-page.png";

	final HttpProtocolBuilder protocol = http.baseUrl(Settings.BASE_URL)
		.acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
		.acceptLanguageHeader("kk,ru;q=0.9,en;q=0.8")
		.acceptEncodingHeader("gzip, deflate")
		.userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) QashyqMorningPeak/1.0");

	final FeederBuilder<String> students = csv(Settings.FEEDERS.resolve("students.csv").toString()).circular();

	final FeederBuilder<String> parents = csv(Settings.FEEDERS.resolve("parents.csv").toString()).circular();

	final FeederBuilder<String> teachers = csv(Settings.FEEDERS.resolve("teachers.csv").toString()).circular();

	/** A person's pause between two pages: uniformly 0.5 to 1.5 times the mean think time. */
	static ChainBuilder think(double scale) {
		long mean = Math.round(Settings.THINK * scale * 1000);
		return (mean <= 0) ? exec((session) -> session)
				: exec(pause(Duration.ofMillis(mean / 2), Duration.ofMillis(mean * 3 / 2)));
	}

	/** The form login: the CSRF token of the login form, then the redirect away from /login. */
	static ChainBuilder signIn(String role) {
		return exec(http(role + ": login page").get("/login")
			.check(status().is(200), css("form[action='/login'] input[name='_csrf']", "value").saveAs("csrf")))
			.exec(think(1))
			.exec(http(role + ": sign in").post("/login")
				.disableFollowRedirect()
				.formParam("username", "#{username}")
				.formParam("password", Settings.PASSWORD)
				.formParam("_csrf", "#{csrf}")
				// a failed sign-in redirects to /login?error=...; a successful one anywhere else
				.check(status().is(302), headerRegex("Location", "^(?!.*/login).*$").exists()))
			.exitHereIfFailed();
	}

	static ChainBuilder myDay(String role) {
		return exec(http(role + ": my day").get("/schedule/my/day")
			.check(status().is(200), css("main#myday").exists()));
	}

	/**
	 * One submission with a fresh idempotency key, sent again with the same key (after a
	 * second) while it fails: an error status, no answer, or not the redirect to the task
	 * page. Its outcome goes to the submission log.
	 */
	static ChainBuilder submit() {
		return exec((session) -> session.set("key", UUID.randomUUID().toString())
			.set("attempts", 0)
			.set("lastStatus", "none")
			.remove("receiptUrl"))
			.tryMax(Settings.SUBMIT_ATTEMPTS, "submitTry")
			.on(doIf((session) -> session.getInt("submitTry") > 0).then(pause(Duration.ofSeconds(1)))
				.exec((session) -> session.set("attempts", session.getInt("attempts") + 1)
					.set("lastStatus", "no response"))
				.exec(http("student: submit photo").post("/coursework/tasks/#{assignmentId}/submissions")
					.disableFollowRedirect()
					.bodyParts(StringBodyPart("_csrf", "#{csrf}"), StringBodyPart("key", "#{key}"),
							StringBodyPart("body", "Morning peak answer, key #{key}"),
							StringBodyPart("honesty", "true"),
							RawFileBodyPart("files", PHOTO).fileName("page-1.png").contentType("image/png"))
					.check(status().saveAs("lastStatus"), status().is(302),
							headerRegex("Location", "/coursework/tasks/#{assignmentId}\\?receipt=\\d+$").saveAs("receiptUrl"))))
			.exec((session) -> {
				Object lastStatus = session.get("lastStatus");
				SubmissionLog.write(session.getString("username"), session.getString("assignmentId"),
						session.getString("key"), session.contains("receiptUrl"), session.getInt("attempts"),
						String.valueOf(lastStatus));
				return session.markAsSucceeded();
			})
			.doIf((session) -> session.contains("receiptUrl"))
			.then(exec(http("student: receipt").get("#{receiptUrl}")
				.check(status().is(200), css("#receipt").exists())));
	}

	final ChainBuilder student = feed(this.students).exec(signIn("student"))
		.exec(think(1))
		.exec(myDay("student"))
		.exec(think(1))
		.exec(http("student: task").get("/coursework/tasks/#{assignmentId}")
			.check(status().is(200), css("#submit-form input[name='_csrf']", "value").saveAs("csrf")))
		.doIf((session) -> !session.isFailed()
				&& ThreadLocalRandom.current().nextDouble(100) < Settings.SUBMIT_PERCENT)
		.then(exec(think(2)).exec(submit()));

	final ChainBuilder parent = feed(this.parents).exec(signIn("parent"))
		.exec(think(1))
		.exec(myDay("parent"))
		.exec(think(1))
		.exec(http("parent: child's journal").get("/journal/learners/#{learnerId}")
			.check(status().is(200), substring("/coursework/learners/#{learnerId}").exists()));

	final ChainBuilder teacher = feed(this.teachers).exec(signIn("teacher"))
		.exec(think(1))
		.exec(http("teacher: class journal").get("/journal/groups/#{groupId}")
			.queryParam("subject", "#{subject}")
			.check(status().is(200), css("table#journal").exists(),
					css("input[name='_csrf']", "value").saveAs("csrf")))
		.exitHereIfFailed()
		.exec((session) -> {
			List<String> ids = new ArrayList<>(Arrays.asList(session.getString("learnerIds").split(";")));
			ids.removeIf(String::isBlank);
			return session.set("learners", ids.subList(0, Math.min(ids.size(), Settings.MARKS)));
		})
		.foreach("#{learners}", "learner")
		.on(exec(think(0.5)).exec(http("teacher: mark present").post("/journal/groups/#{groupId}/attendance")
			.header("HX-Request", "true")
			.formParam("subject", "#{subject}")
			.formParam("date", "#{date}")
			.formParam("start", "#{start}")
			.formParam("learner", "#{learner}")
			.formParam("status", "PRESENT")
			.formParam("participation", "ONLINE")
			.formParam("_csrf", "#{csrf}")
			// the cell's new content; an error answers the editor with its message instead
			.check(status().is(200), css("a.cell span.att.PRESENT").exists())))
		.exec(think(1))
		.exec(http("teacher: inbox").get("/coursework/inbox")
			// the table of work waiting for checking, or the line that says nothing waits
			.check(status().is(200), regex("<table id=\"inbox\"|</h1>\\s*<p class=\"muted\"").exists()));

	final ScenarioBuilder morning = scenario("morning").randomSwitch()
		.on(percent(70.0).then(this.student), percent(15.0).then(this.parent), percent(15.0).then(this.teacher));

	final ScenarioBuilder health = scenario("health")
		.exec(http("health").get("/actuator/health").check(status().is(200), jsonPath("$.status").is("UP")));

	static OpenInjectionStep[] arrivals(double rate) {
		List<OpenInjectionStep> steps = new ArrayList<>();
		if (Settings.RAMP > 0) {
			steps.add(rampUsersPerSec(Math.min(1, rate)).to(rate).during(Settings.RAMP));
		}
		if (Settings.HOLD > 0) {
			steps.add(constantUsersPerSec(rate).during(Settings.HOLD));
		}
		return steps.toArray(OpenInjectionStep[]::new);
	}

	{
		List<PopulationBuilder> populations = new ArrayList<>();
		populations.add(this.morning.injectOpen(arrivals(Settings.RATE)));
		if (Settings.HEALTH_RATE > 0) {
			populations.add(this.health.injectOpen(
					constantUsersPerSec(Settings.HEALTH_RATE).during(Math.max(1, Settings.RAMP + Settings.HOLD))));
		}
		setUp(populations).protocols(this.protocol)
			.assertions(global().responseTime().percentile(99.0).lte(Settings.P99_MS),
					global().failedRequests().percent().lte(Settings.FAILED_PERCENT));
	}

	@Override
	public void before() {
		SubmissionLog.open();
		System.out.printf("MorningPeak: %s, rate %.2f/s, ramp %d s, hold %d s, feeders %s, health %.1f/s%n",
				Settings.BASE_URL, Settings.RATE, Settings.RAMP, Settings.HOLD, Settings.FEEDERS,
				Settings.HEALTH_RATE);
	}

	@Override
	public void after() {
		SubmissionLog.close();
	}

}
