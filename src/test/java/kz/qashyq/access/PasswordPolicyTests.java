package kz.qashyq.access;

import kz.qashyq.access.internal.PasswordPolicy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void shouldAcceptALongMixedPassword() {
		assertThat(PasswordPolicy.problems("Steppe-wind-77", "aigerim")).isEmpty();
		assertThat(PasswordPolicy.problems("Қасқыр2020жыл", "aigerim")).isEmpty();
	}

	@Test
	void shouldRefuseShortPasswordsFirst() {
		assertThat(PasswordPolicy.problems(null, "a")).containsExactly("password.rule.length");
		assertThat(PasswordPolicy.problems("a1b2c3d", "a")).containsExactly("password.rule.length");
	}

	@Test
	void shouldRefusePasswordsTheHashWouldCut() {
		assertThat(PasswordPolicy.problems("қ".repeat(37) + "1", "a")).containsExactly("password.rule.tooLong");
	}

	@Test
	void shouldRefuseTheLoginAndWellKnownPasswords() {
		assertThat(PasswordPolicy.problems("Aigerim2020", "aigerim")).containsExactly("password.rule.login");
		assertThat(PasswordPolicy.problems("DEMO1234", "x")).containsExactly("password.rule.common");
		assertThat(PasswordPolicy.problems("qwerty123", "x")).containsExactly("password.rule.common");
		assertThat(PasswordPolicy.problems("aaaa1111", "x")).containsExactly("password.rule.common");
	}

}
