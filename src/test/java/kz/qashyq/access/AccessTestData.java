package kz.qashyq.access;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import kz.qashyq.directory.Iin;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Organizations, people and accounts for the access tests, each with unique names (the
 * test contexts share one database across test classes).
 */
final class AccessTestData {

	static final String PASSWORD = "Sunny-day-2020";

	private static final AtomicInteger sequence = new AtomicInteger();

	private final JdbcClient jdbc;

	private final AccountManagement accounts;

	private final UserDetailsService users;

	private String passwordHash;

	AccessTestData(JdbcClient jdbc, AccountManagement accounts, UserDetailsService users) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.users = users;
	}

	static int next() {
		return sequence.incrementAndGet();
	}

	/**
	 * A client address no other test uses, so that the rate limit of one test does not
	 * touch another.
	 */
	static RequestPostProcessor newClient() {
		int n = next();
		String address = "10." + (n / 62500 % 250) + "." + (n / 250 % 250) + "." + (n % 250 + 1);
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/**
	 * A new organization of the kind in a new district of the region.
	 */
	Org organization(long regionId, String kind) {
		int n = next();
		long districtId = this.jdbc.sql("""
				insert into district (region_id, kind, name_kk, name_ru, name_en)
				values (?, 'TOWN', ?, ?, ?) returning id""")
			.params(regionId, "Аудан " + n, "Район " + n, "District " + n)
			.query(Long.class)
			.single();
		long settlementId = this.jdbc.sql("""
				insert into settlement (district_id, name_kk, name_ru, name_en, urban)
				values (?, ?, ?, ?, true) returning id""")
			.params(districtId, "Елді мекен " + n, "Посёлок " + n, "Settlement " + n)
			.query(Long.class)
			.single();
		long id = this.jdbc.sql("""
				insert into organization (settlement_id, kind, ownership, name_kk, name_ru, name_en, time_zone)
				values (?, ?, 'STATE', ?, ?, ?, 'Asia/Almaty') returning id""")
			.params(settlementId, kind, "Ұйым " + n, "Организация " + n, "Organization " + n)
			.query(Long.class)
			.single();
		return new Org(regionId, districtId, id);
	}

	long person(String iin, String email, String phone) {
		int n = next();
		return this.jdbc.sql("""
				insert into person (iin, last_name, first_name, email, phone)
				values (?, ?, ?, ?, ?) returning id""")
			.params(iin, "Testov" + n, "Test", email, phone)
			.query(Long.class)
			.single();
	}

	static String newIin() {
		return Iin.generate(LocalDate.of(1980, 1, 1).plusDays(next()), false, next() % 9000).value();
	}

	/**
	 * An account with the test password and the grants.
	 */
	String account(String prefix, Long personId, Grant... grants) {
		String username = prefix + "-" + next();
		if (this.passwordHash == null) {
			this.passwordHash = this.accounts.hash(PASSWORD);
		}
		this.accounts.createAccount(username, personId, "Test " + username, this.passwordHash, false, List.of(grants));
		return username;
	}

	long accountId(String username) {
		return this.jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
	}

	QashyqUser user(String username) {
		return (QashyqUser) this.users.loadUserByUsername(username);
	}

	/**
	 * An organization and where it sits.
	 */
	record Org(long regionId, long districtId, long id) {

		ScopePath path() {
			return ScopePath.ofOrganization(this.regionId, this.districtId, this.id);
		}

	}

}
