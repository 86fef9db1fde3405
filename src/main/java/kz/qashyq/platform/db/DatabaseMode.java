package kz.qashyq.platform.db;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Whether the platform runs on its embedded database (the demo default) or an external
 * server.
 */
public final class DatabaseMode {

	private DatabaseMode() {
	}

	public static boolean isEmbedded(Environment environment) {
		return !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
	}

}
