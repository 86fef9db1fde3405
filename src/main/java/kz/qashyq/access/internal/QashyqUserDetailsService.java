package kz.qashyq.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import kz.qashyq.access.internal.AccountRepository.Account;
import kz.qashyq.directory.Directory;
import kz.qashyq.directory.PersonRelations;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the account a login names with its grants: the explicit ones (head, ministry,
 * observer ...) and those that follow from the directory (class teacher or curator of a
 * group, teacher of a group, parent of a learner, the learner).
 */
@Service
class QashyqUserDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Directory directory;

	private final Clock clock;

	QashyqUserDetailsService(AccountRepository accounts, Directory directory, Clock clock) {
		this.accounts = accounts;
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public QashyqUser loadUserByUsername(String login) {
		Account account = this.accounts.findByLogin(login)
			.orElseThrow(() -> new UsernameNotFoundException("No account for the login"));
		return toUser(account);
	}

	QashyqUser toUser(Account account) {
		Instant now = this.clock.instant();
		return new QashyqUser(account.id(), account.username(), account.displayName(), account.personId(),
				account.passwordHash(), account.enabled() && !account.isExpired(now), false, grantsOf(account));
	}

	List<Grant> grantsOf(Account account) {
		LinkedHashSet<Grant> grants = new LinkedHashSet<>(this.accounts.explicitGrants(account.id()));
		if (account.personId() != null) {
			PersonRelations relations = this.directory.relationsOf(account.personId());
			relations.supervisedGroups().forEach((id) -> grants.add(new Grant(Role.CURATOR, ScopeRef.group(id))));
			relations.taughtGroups().forEach((id) -> grants.add(new Grant(Role.TEACHER, ScopeRef.group(id))));
			relations.children().forEach((id) -> grants.add(new Grant(Role.PARENT, ScopeRef.learner(id))));
			if (relations.learnerId() != null) {
				grants.add(new Grant(Role.STUDENT, ScopeRef.learner(relations.learnerId())));
			}
		}
		List<Grant> ordered = new ArrayList<>(grants);
		ordered.sort(Comparator.comparing(Grant::role));
		return ordered;
	}

}
