package kz.qashyq.platform.web;

import java.util.List;
import java.util.Optional;

import kz.qashyq.platform.security.UserNames;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says who did something as people read it: an account's display name instead of its
 * login name, and the platform's own work (the demo loader, the seeded rules) in the
 * page's language instead of {@code demo} or {@code system}. Templates call it as
 * {@code ${@actors.name(changedBy)}}; each name is looked up once per request.
 */
@Component("actors")
public class Actors {

	/** The login names the platform itself writes under. */
	private static final List<String> PLATFORM = List.of("demo", "system");

	private final ObjectProvider<UserNames> names;

	private final MessageSource messages;

	Actors(ObjectProvider<UserNames> names, MessageSource messages) {
		this.names = names;
		this.messages = messages;
	}

	/**
	 * The display name of the login name, a translated label for the platform's own work,
	 * or the login name itself when no account has it; empty for null.
	 */
	public String name(String username) {
		if (username == null || username.isBlank()) {
			return "";
		}
		if (PLATFORM.contains(username)) {
			return this.messages.getMessage("actor." + username, null, LocaleContextHolder.getLocale());
		}
		UserNames known = this.names.getIfAvailable();
		if (known == null) {
			return username;
		}
		return RequestMemo
			.get("displayName:" + username,
					() -> Optional.ofNullable(known.displayNames(List.of(username)).get(username)))
			.orElse(username);
	}

}
