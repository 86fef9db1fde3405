package qashyq.perf;

import java.nio.file.Path;

/**
 * The run's settings, from system properties ({@code -Dname=value} on the Maven command line).
 */
final class Settings {

	/** Where the platform (or the load balancer in front of its nodes) answers. */
	static final String BASE_URL = text("baseUrl", "http://localhost:8080");

	/** Folder with students.csv, parents.csv and teachers.csv. */
	static final Path FEEDERS = Path.of(text("feeders", "feeders-demo")).toAbsolutePath();

	/** The password of every account in the feeders. */
	static final String PASSWORD = text("password", "demo");

	/** Arrivals per second at the peak (all roles together). */
	static final double RATE = number("rate", 5);

	/** Seconds of the ramp from 1 arrival per second to {@link #RATE}. */
	static final int RAMP = (int) number("ramp", 60);

	/** Seconds at {@link #RATE} after the ramp. */
	static final int HOLD = (int) number("hold", 180);

	/** Mean pause between two pages of one user, in seconds (0 for none). */
	static final double THINK = number("think", 1);

	/** Share of students who submit a photo, in percent. */
	static final double SUBMIT_PERCENT = number("submitPercent", 10);

	/** How many times a student sends one submission (same idempotency key) before giving up. */
	static final int SUBMIT_ATTEMPTS = (int) number("submitAttempts", 4);

	/** At most this many learners of a teacher's feeder row are marked present. */
	static final int MARKS = (int) number("marks", 25);

	/** Arrivals per second of the extra /actuator/health scenario in MorningPeak (0: none). */
	static final double HEALTH_RATE = number("healthRate", 0);

	/** Global assertions: 99th percentile of response time in ms, and the allowed failed requests in %. */
	static final int P99_MS = (int) number("p99", 200);

	static final double FAILED_PERCENT = number("failedPercent", 0);

	/** Where every submission attempt's key and outcome is written (CSV). */
	static final Path SUBMISSION_LOG = Path.of(text("submissionLog", "target/submissions.csv")).toAbsolutePath();

	/** HealthCeiling: concurrent users hammering /actuator/health without pause, and for how many seconds. */
	static final int CEILING_USERS = (int) number("ceilingUsers", 32);

	static final int CEILING_SECONDS = (int) number("ceilingSeconds", 30);

	private Settings() {
	}

	static String text(String name, String fallback) {
		String value = System.getProperty(name);
		return (value == null || value.isBlank()) ? fallback : value.strip();
	}

	static double number(String name, double fallback) {
		return Double.parseDouble(text(name, Double.toString(fallback)));
	}

}
