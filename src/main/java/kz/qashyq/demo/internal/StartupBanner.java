package kz.qashyq.demo.internal;

import kz.qashyq.demo.DemoAccount;
import kz.qashyq.demo.DemoData;
import kz.qashyq.platform.db.DemoMode;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells who started the platform where to open it: the URL on the port actually taken
 * and, in demo mode, the demo accounts with their password.
 */
@Component
class StartupBanner {

	private static final Log logger = LogFactory.getLog(StartupBanner.class);

	private static final String RULE = "=".repeat(78);

	private final Environment environment;

	private final DemoData demoData;

	StartupBanner(Environment environment, DemoData demoData) {
		this.environment = environment;
		this.demoData = demoData;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext context)
				|| context.getWebServer() == null) {
			return;
		}
		logger.info(banner(context.getWebServer()));
	}

	String banner(WebServer server) {
		String contextPath = this.environment.getProperty("server.servlet.context-path", "");
		StringBuilder text = new StringBuilder("\n").append(RULE).append('\n');
		text.append("  Qashyq is ready: http://localhost:").append(server.getPort()).append(contextPath).append("/\n");
		if (DemoMode.isEnabled(this.environment)) {
			if (this.demoData.isLoaded()) {
				text.append("\n  Demo accounts, all with the password \"").append(DemoAccount.PASSWORD).append("\":\n");
				for (DemoAccount account : this.demoData.accounts()) {
					text.append(String.format("    %-14s %s%n", account.username(), account.description()));
				}
			}
			else {
				text.append("\n  Demo mode is on, but the database held organizations before the first start:\n")
					.append("  no demo data and no demo accounts were loaded.\n");
			}
		}
		return text.append(RULE).toString();
	}

}
