package kz.qashyq.access.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import kz.qashyq.platform.security.UserNames;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The display names of accounts, for pages that say who did something.
 */
@Component
class AccountUserNames implements UserNames {

	private final JdbcClient jdbc;

	AccountUserNames(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, String> displayNames(Collection<String> usernames) {
		Map<String, String> names = new HashMap<>();
		if (usernames.isEmpty()) {
			return names;
		}
		this.jdbc.sql("select username, display_name from account where username = any(?)")
			.param(usernames.toArray(String[]::new))
			.query((rs) -> {
				names.put(rs.getString("username"), rs.getString("display_name"));
			});
		return names;
	}

}
