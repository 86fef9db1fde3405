package kz.qashyq.demo;

import kz.qashyq.demo.internal.BenchmarkGenerator.Parameters;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenerateCommandTests {

	@Test
	void shouldReadTheParametersWithDefaults() {
		Parameters parameters = GenerateCommand
			.parameters(new MockEnvironment().withProperty("qashyq.generate.learners", "300000")
				.withProperty("qashyq.generate.regions", "20"));
		assertThat(parameters).isEqualTo(new Parameters(20, 600, 300000, 1, 20000, true, "bench"));
	}

	@Test
	void shouldReadEveryParameter() {
		Parameters parameters = GenerateCommand
			.parameters(new MockEnvironment().withProperty("qashyq.generate.learners", "5000")
				.withProperty("qashyq.generate.regions", "2")
				.withProperty("qashyq.generate.organizations", "12")
				.withProperty("qashyq.generate.seed", "42")
				.withProperty("qashyq.generate.chunk-learners", "1000")
				.withProperty("qashyq.generate.accounts", "false")
				.withProperty("qashyq.generate.password", "secret"));
		assertThat(parameters).isEqualTo(new Parameters(2, 12, 5000, 42, 1000, false, "secret"));
	}

	@Test
	void shouldAskForTheNumberOfLearners() {
		assertThatThrownBy(() -> GenerateCommand.parameters(new MockEnvironment()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("qashyq.generate.learners");
	}

}
