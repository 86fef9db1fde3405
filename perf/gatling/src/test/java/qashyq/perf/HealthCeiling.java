package qashyq.perf;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The node's trivial ceiling: {@code -DceilingUsers} users (default 32) each ask for
 * {@code /actuator/health} again and again, on a kept-alive connection and without pause, for
 * {@code -DceilingSeconds} (default 30). The requests per second it reaches are what this node,
 * with this load generator on this machine, can answer at all; perf/morning.sh runs it right
 * before MorningPeak and divides.
 */
public class HealthCeiling extends Simulation {

	final HttpProtocolBuilder protocol = http.baseUrl(Settings.BASE_URL).acceptHeader("application/json");

	final ScenarioBuilder ceiling = scenario("health ceiling")
		.during(Duration.ofSeconds(Settings.CEILING_SECONDS))
		.on(exec(http("health").get("/actuator/health").check(status().is(200))));

	{
		setUp(this.ceiling.injectOpen(atOnceUsers(Settings.CEILING_USERS))).protocols(this.protocol);
	}

}
