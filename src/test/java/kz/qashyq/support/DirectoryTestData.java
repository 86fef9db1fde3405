package kz.qashyq.support;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import kz.qashyq.directory.Iin;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.QashyqUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Small builders of directory rows for tests, independent of the demo data.
 */
public final class DirectoryTestData {

	private static final AtomicInteger serial = new AtomicInteger(9000);

	private final JdbcClient jdbc;

	public DirectoryTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A district with one settlement in the region; returns the settlement's id.
	 */
	public long settlement(long regionId, String name) {
		long district = this.jdbc.sql("""
				insert into district (region_id, kind, name_kk, name_ru, name_en) values (?, 'RURAL_DISTRICT', ?, ?, ?)
				returning id""").params(regionId, name, name, name).query(Long.class).single();
		return this.jdbc.sql("""
				insert into settlement (district_id, name_kk, name_ru, name_en, urban) values (?, ?, ?, ?, true)
				returning id""").params(district, name, name, name).query(Long.class).single();
	}

	public long organization(long settlementId, String kind, String name) {
		return this.jdbc.sql("""
				insert into organization (settlement_id, kind, ownership, name_kk, name_ru, name_en, time_zone)
				values (?, ?, 'STATE', ?, ?, ?, 'Asia/Almaty') returning id""")
			.params(settlementId, kind, name, name, name)
			.query(Long.class)
			.single();
	}

	public long schoolClass(long organizationId, int grade, String letter) {
		return this.jdbc.sql("""
				insert into study_group (organization_id, kind, name, grade, letter, shift, academic_year)
				values (?, 'SCHOOL_CLASS', ?, ?, ?, 1, 2025) returning id""")
			.params(organizationId, grade + letter, grade, letter)
			.query(Long.class)
			.single();
	}

	public long person(String last, String first, LocalDate birthDate, boolean female) {
		int wanted = serial.incrementAndGet();
		String iin = Iin.generate(birthDate, female, wanted).value();
		// a serial without a valid check digit is passed over for the next one, which
		// must then not be the next person's
		int skipped = (Integer.parseInt(iin.substring(7, 11)) - wanted % 10000 + 10000) % 10000;
		serial.accumulateAndGet(wanted + skipped, Math::max);
		return this.jdbc.sql("""
				insert into person (iin, last_name, first_name, birth_date, gender, phone)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(iin, last, first, birthDate, female ? "F" : "M", "+7701" + String.format("%07d", serial.get()))
			.query(Long.class)
			.single();
	}

	public long learner(long organizationId, long groupId, String last, String first) {
		long person = person(last, first, LocalDate.of(2012, 3, 4), false);
		this.jdbc.sql("insert into learner (person_id, organization_id, group_id, kind) values (?, ?, ?, 'STUDENT')")
			.params(person, organizationId, groupId)
			.update();
		return person;
	}

	public long parentOf(long learnerId, String last, String first) {
		long parent = person(last, first, LocalDate.of(1985, 6, 7), true);
		this.jdbc
			.sql("""
					insert into parent_link (learner_id, parent_id, relation, primary_contact)
					values (?, ?, 'MOTHER', not exists (select 1 from parent_link where learner_id = ? and primary_contact))""")
			.params(learnerId, parent, learnerId)
			.update();
		return parent;
	}

	public void socialFlag(long learnerId, String flag) {
		this.jdbc.sql("insert into social_flag (learner_id, flag, document, set_by) values (?, ?, 'Doc 1', 'test')")
			.params(learnerId, flag)
			.update();
	}

	/**
	 * Signs in a user with the given grants for the current thread.
	 */
	public static QashyqUser signIn(Long personId, Grant... grants) {
		QashyqUser user = new QashyqUser(serial.incrementAndGet(), "user" + serial.get(), "Test User", personId, null,
				true, false, List.of(grants));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		return user;
	}

	public static void signOut() {
		SecurityContextHolder.clearContext();
	}

}
