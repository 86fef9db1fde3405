package kz.qashyq.demo;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Outside demo mode (an external database by default) neither the demo data nor the demo
 * accounts exist.
 */
@SpringBootTest(properties = "qashyq.demo.enabled=false")
class DemoDataWithoutDemoModeTests {

	@Autowired
	DemoData demoData;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("O-2.9a no demo account and no demo data outside demo mode")
	void shouldCreateNoDemoAccounts() {
		for (DemoAccount account : this.demoData.accounts()) {
			assertThatThrownBy(() -> this.users.loadUserByUsername(account.username())).as(account.username())
				.isInstanceOf(UsernameNotFoundException.class);
		}
		assertThat(this.jdbc.sql("select count(*) from account where demo").query(Integer.class).single()).isZero();
		assertThat(this.demoData.isLoaded()).isFalse();
		assertThatThrownBy(() -> this.demoData.facts()).isInstanceOf(IllegalStateException.class);
	}

}
