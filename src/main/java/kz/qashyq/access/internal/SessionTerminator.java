package kz.qashyq.access.internal;

import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends the sessions of an account (kept in the database by Spring Session), so that a
 * revoked observer or a changed password takes effect on every node at once.
 */
@Component
class SessionTerminator {

	private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

	SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Deletes every session of the user but the one given.
	 * @param username the account's username (the sessions' principal name)
	 * @param keepSessionId a session to keep, or null
	 * @return how many sessions were ended
	 */
	int endSessions(String username, String keepSessionId) {
		FindByIndexNameSessionRepository<?> repository = this.sessions.getIfAvailable();
		if (repository == null) {
			return 0;
		}
		Set<String> ids = repository.findByPrincipalName(username).keySet();
		int ended = 0;
		for (String id : ids) {
			if (!id.equals(keepSessionId)) {
				repository.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
