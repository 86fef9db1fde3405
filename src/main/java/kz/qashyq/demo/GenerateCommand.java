package kz.qashyq.demo;

import java.util.Map;

import kz.qashyq.QashyqApplication;
import kz.qashyq.demo.internal.BenchmarkGenerator;
import kz.qashyq.demo.internal.BenchmarkGenerator.Parameters;
import kz.qashyq.demo.internal.BenchmarkGenerator.Report;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

/**
 * Fills the configured database (the embedded default or {@code SPRING_DATASOURCE_URL})
 * with benchmark data, prints what it wrote and how long it took, and exits. The platform
 * starts without its web server and without demo mode (no demo data, no demo accounts).
 * <p>
 * Properties: {@code qashyq.generate.learners} (required),
 * {@code qashyq.generate.regions} (default 1), {@code qashyq.generate.organizations}
 * (default one per 500 learners), {@code qashyq.generate.seed} (default 1),
 * {@code qashyq.generate.chunk-learners} (default 20,000),
 * {@code qashyq.generate.accounts} (default true: sign-in accounts {@code b-l…},
 * {@code b-p…}, {@code b-t…} for learners, families and teachers),
 * {@code qashyq.generate.password} (default {@code bench}). See
 * {@code docs/performance.md} for the commands.
 */
public final class GenerateCommand {

	private GenerateCommand() {
	}

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/**
	 * Runs the generator.
	 * @return the exit status: 0 done, 2 bad parameters, 1 failure
	 */
	static int run(String... args) {
		SpringApplicationBuilder builder = new SpringApplicationBuilder(QashyqApplication.class)
			.web(WebApplicationType.NONE)
			.initializers((context) -> {
				context.getEnvironment()
					.getPropertySources()
					.addFirst(new MapPropertySource("generateCommand", Map.of("qashyq.demo.enabled", "false")));
			});
		try (ConfigurableApplicationContext context = builder.run(args)) {
			Parameters parameters;
			try {
				parameters = parameters(context.getEnvironment());
			}
			catch (IllegalArgumentException ex) {
				System.err.println("qashyq generate: " + ex.getMessage());
				return 2;
			}
			System.out.printf("Generating %,d learners in %,d organizations of %d region(s), seed %d, %s ...%n",
					parameters.learners(), parameters.organizations(), parameters.regions(), parameters.seed(),
					parameters.accounts() ? "with accounts" : "without accounts");
			Report report = context.getBean(BenchmarkGenerator.class).generate(parameters);
			System.out.println(report.summary());
			return 0;
		}
		catch (RuntimeException ex) {
			System.err.println("qashyq generate failed: " + ex.getMessage());
			ex.printStackTrace();
			return 1;
		}
	}

	static Parameters parameters(Environment environment) {
		Integer learners = environment.getProperty("qashyq.generate.learners", Integer.class);
		if (learners == null) {
			throw new IllegalArgumentException(
					"set --qashyq.generate.learners=N (and optionally --qashyq.generate.regions, "
							+ "--qashyq.generate.organizations, --qashyq.generate.seed)");
		}
		int regions = environment.getProperty("qashyq.generate.regions", Integer.class, 1);
		int organizations = environment.getProperty("qashyq.generate.organizations", Integer.class,
				Math.max(regions, learners / 500));
		long seed = environment.getProperty("qashyq.generate.seed", Long.class, 1L);
		int chunk = environment.getProperty("qashyq.generate.chunk-learners", Integer.class, 20_000);
		boolean accounts = environment.getProperty("qashyq.generate.accounts", Boolean.class, true);
		String password = environment.getProperty("qashyq.generate.password", Parameters.DEFAULT_PASSWORD);
		return new Parameters(regions, organizations, learners, seed, chunk, accounts, password);
	}

}
