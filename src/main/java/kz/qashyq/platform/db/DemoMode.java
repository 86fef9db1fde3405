package kz.qashyq.platform.db;

import org.springframework.core.env.Environment;

/**
 * Demo mode: demo data and demo accounts (password {@code demo}) exist only here. On by
 * default for the embedded database, off for an external one; {@code qashyq.demo.enabled}
 * decides when set.
 */
public final class DemoMode {

	private DemoMode() {
	}

	public static boolean isEnabled(Environment environment) {
		return environment.getProperty("qashyq.demo.enabled", Boolean.class, DatabaseMode.isEmbedded(environment));
	}

}
