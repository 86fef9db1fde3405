package kz.qashyq.directory.internal.roster;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An organization in region 9 (Karaganda) with classes and groups of the current academic
 * year, made with SQL for roster tests (independent of demo data).
 */
final class RosterTestSchool {

	/** Class and group names as the organization writes them. */
	static final List<String> GROUPS = List.of("1А", "5А", "5Б", "6А", "11Ә", "ПО-21", "Балапан");

	private static final AtomicLong accounts = new AtomicLong(900_000);

	final long id;

	final Map<String, Long> groups;

	private RosterTestSchool(long id, Map<String, Long> groups) {
		this.id = id;
		this.groups = groups;
	}

	static int currentAcademicYear() {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
		return (today.getMonthValue() >= 9) ? today.getYear() : today.getYear() - 1;
	}

	static RosterTestSchool create(JdbcClient jdbc, String name) {
		long district = jdbc.sql("""
				insert into district (region_id, kind, name_kk, name_ru, name_en) values (9, 'TOWN', ?, ?, ?)
				returning id""").params(name, name, name).query(Long.class).single();
		long settlement = jdbc.sql("""
				insert into settlement (district_id, name_kk, name_ru, name_en, urban) values (?, ?, ?, ?, true)
				returning id""").params(district, name, name, name).query(Long.class).single();
		long organization = jdbc.sql("""
				insert into organization (settlement_id, kind, ownership, name_kk, name_ru, name_en, time_zone)
				values (?, 'SECONDARY_SCHOOL', 'STATE', ?, ?, ?, 'Asia/Almaty') returning id""")
			.params(settlement, name, name, name)
			.query(Long.class)
			.single();
		Map<String, Long> groups = new LinkedHashMap<>();
		int year = currentAcademicYear();
		for (String group : GROUPS) {
			String kind = group.equals("ПО-21") ? "TVET_GROUP"
					: group.equals("Балапан") ? "PRESCHOOL_GROUP" : "SCHOOL_CLASS";
			Integer grade = kind.equals("SCHOOL_CLASS") ? Integer.valueOf(group.substring(0, group.length() - 1))
					: null;
			String letter = kind.equals("SCHOOL_CLASS") ? group.substring(group.length() - 1) : null;
			groups.put(group,
					jdbc.sql("""
							insert into study_group (organization_id, kind, name, grade, letter, academic_year)
							values (?, ?, ?, ?, ?, ?) returning id""")
						.params(organization, kind, group, grade, letter, year)
						.query(Long.class)
						.single());
		}
		// last year's class of the same name must not be found
		jdbc.sql("""
				insert into study_group (organization_id, kind, name, grade, letter, academic_year)
				values (?, 'SCHOOL_CLASS', '9Я', 9, 'Я', ?)""").params(organization, year - 1).update();
		return new RosterTestSchool(organization, groups);
	}

	static QashyqUser user(Role role, ScopeRef scope) {
		long account = accounts.incrementAndGet();
		return new QashyqUser(account, role.name().toLowerCase() + account, "Test " + role, null, null, true, false,
				List.of(new Grant(role, scope)));
	}

	QashyqUser head() {
		return user(Role.ORGANIZATION_HEAD, ScopeRef.organization(this.id));
	}

	static void signIn(QashyqUser user) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	long learners(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from learner where organization_id = ?")
			.param(this.id)
			.query(Long.class)
			.single();
	}

}
