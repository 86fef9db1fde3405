package kz.qashyq.demo.internal;

import java.util.List;

import kz.qashyq.access.AccountManagement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sign-in accounts for the benchmark organizations, so that a load generator can sign in
 * as many distinct users: {@code b-l{learnerId}} for every learner, {@code b-p{personId}}
 * for the primary contact of every family and {@code b-t{personId}} for every teacher
 * with a teaching assignment, all with one password hashed once by the application's
 * password encoder (the same bcrypt as real accounts) and the hash reused. Like the
 * demo's teacher, learner and parent accounts they get no explicit grants: the roles
 * follow from the directory at sign-in (teaching assignments, parent links, the learner
 * record). Usernames or people that already have an account are skipped.
 */
@Component
class BenchmarkAccounts {

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	BenchmarkAccounts(JdbcClient jdbc, AccountManagement accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	/** Hashes the password once; the hash is given to {@link #write}. */
	String hash(String password) {
		return this.accounts.hash(password);
	}

	/**
	 * Creates the accounts of the given organizations' learners, families and teachers.
	 * @return how many accounts were created
	 */
	long write(List<Long> organizationIds, String passwordHash) {
		return this.jdbc.sql("""
				insert into account (username, person_id, display_name, password_hash, demo)
				select x.username, p.id, p.first_name || ' ' || p.last_name, :hash, false
				from (select 'b-l' || l.person_id as username, l.person_id from learner l
					where l.organization_id in (:ids)
					union all select distinct 'b-p' || pl.parent_id, pl.parent_id from parent_link pl
					join learner l on l.person_id = pl.learner_id
					where l.organization_id in (:ids) and pl.primary_contact
					union all select distinct 'b-t' || t.person_id, t.person_id from teaching_assignment t
					join study_group g on g.id = t.group_id where g.organization_id in (:ids)) x
				join person p on p.id = x.person_id
				on conflict do nothing""").param("hash", passwordHash).param("ids", organizationIds).update();
	}

}
