package kz.qashyq.demo.internal;

import kz.qashyq.demo.DemoData;
import org.junit.jupiter.api.Test;

import org.springframework.boot.web.server.WebServer;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class StartupBannerTests {

	private final WebServer server = mock(WebServer.class);

	private final DemoData demoData = mock(DemoData.class);

	@Test
	void shouldShowTheUrlAndTheDemoAccountsInDemoMode() {
		given(this.server.getPort()).willReturn(18111);
		given(this.demoData.isLoaded()).willReturn(true);
		given(this.demoData.accounts()).willReturn(DemoAccounts.ALL);
		String banner = new StartupBanner(new MockEnvironment().withProperty("qashyq.demo.enabled", "true"),
				this.demoData)
			.banner(this.server);
		assertThat(banner).contains("http://localhost:18111/", "password \"demo\"");
		DemoAccounts.ALL.forEach((account) -> assertThat(banner).contains(account.username()));
	}

	@Test
	void shouldShowOnlyTheUrlOutsideDemoMode() {
		given(this.server.getPort()).willReturn(8080);
		String banner = new StartupBanner(new MockEnvironment().withProperty("qashyq.demo.enabled", "false")
			.withProperty("server.servlet.context-path", "/qashyq"), this.demoData).banner(this.server);
		assertThat(banner).contains("http://localhost:8080/qashyq/").doesNotContain("demo", "head", "ministry");
	}

	@Test
	void shouldSayWhyThereAreNoDemoAccountsWhenTheDatabaseHeldDataBefore() {
		given(this.server.getPort()).willReturn(8080);
		given(this.demoData.isLoaded()).willReturn(false);
		String banner = new StartupBanner(new MockEnvironment().withProperty("qashyq.demo.enabled", "true"),
				this.demoData)
			.banner(this.server);
		assertThat(banner).contains("http://localhost:8080/", "no demo data and no demo accounts")
			.doesNotContain("ministry");
	}

}
