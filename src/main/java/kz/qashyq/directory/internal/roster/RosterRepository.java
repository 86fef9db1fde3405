package kz.qashyq.directory.internal.roster;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.qashyq.platform.i18n.LocalizedName;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory data a roster is checked against: the organization's classes and groups,
 * the positions, people who already exist.
 */
@Repository
class RosterRepository {

	private static final int CHUNK = 1000;

	private final JdbcClient jdbc;

	RosterRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Organization(long id, LocalizedName name, ZoneId zone) {
	}

	record Group(long id, String name, String kind) {
	}

	record Position(String code, String nameKk, String nameRu, String nameEn) {
	}

	/**
	 * A person with an IIN in the file who is already in the directory.
	 *
	 * @param learnerOrganizationId where they are enrolled as a learner, or null
	 */
	record ExistingPerson(long id, String iin, String lastName, String firstName, Long learnerOrganizationId) {
	}

	Organization organization(long organizationId) {
		return this.jdbc.sql("select id, name_kk, name_ru, name_en, time_zone from organization where id = ?")
			.param(organizationId)
			.query((rs, row) -> new Organization(rs.getLong("id"),
					new LocalizedName(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
					ZoneId.of(rs.getString("time_zone"))))
			.optional()
			.orElse(null);
	}

	/**
	 * The academic year classes are looked up in: the one that starts on 1 September of
	 * the current school year; when the organization has no classes for it yet, its
	 * latest year that has classes.
	 */
	int academicYear(long organizationId, LocalDate today) {
		int current = (today.getMonthValue() >= 9) ? today.getYear() : today.getYear() - 1;
		boolean hasCurrent = this.jdbc
			.sql("select exists (select 1 from study_group where organization_id = ? and academic_year = ?)")
			.params(organizationId, current)
			.query(Boolean.class)
			.single();
		if (hasCurrent) {
			return current;
		}
		Integer latest = this.jdbc.sql("select max(academic_year) from study_group where organization_id = ?")
			.param(organizationId)
			.query(Integer.class)
			.optional()
			.orElse(null);
		return (latest != null) ? latest : current;
	}

	List<Group> groups(long organizationId, int academicYear) {
		return this.jdbc
			.sql("select id, name, kind from study_group where organization_id = ? and academic_year = ? order by id")
			.params(organizationId, academicYear)
			.query((rs, row) -> new Group(rs.getLong("id"), rs.getString("name"), rs.getString("kind")))
			.list();
	}

	List<Position> positions() {
		return this.jdbc.sql("select code, name_kk, name_ru, name_en from position_kind order by sort_order")
			.query((rs, row) -> new Position(rs.getString("code"), rs.getString("name_kk"), rs.getString("name_ru"),
					rs.getString("name_en")))
			.list();
	}

	Map<String, ExistingPerson> existingPersons(Collection<String> iins) {
		Map<String, ExistingPerson> found = new HashMap<>();
		for (List<String> chunk : chunks(iins)) {
			this.jdbc.sql("""
					select p.id, p.iin, p.last_name, p.first_name, l.organization_id
					from person p left join learner l on l.person_id = p.id
					where p.iin = any(cast(? as char(12)[]))""")
				.param(chunk.toArray(String[]::new))
				.query((rs, row) -> new ExistingPerson(rs.getLong("id"), rs.getString("iin"), rs.getString("last_name"),
						rs.getString("first_name"), (Long) rs.getObject("organization_id")))
				.list()
				.forEach((person) -> found.put(person.iin(), person));
		}
		return found;
	}

	/**
	 * The positions existing people already hold in the organization, as
	 * {@code personId:position}.
	 */
	Set<String> activePositions(long organizationId, Collection<Long> personIds) {
		Set<String> held = new HashSet<>();
		for (List<Long> chunk : chunks(personIds)) {
			this.jdbc.sql("""
					select person_id, position from staff_position
					where organization_id = ? and to_date is null and person_id = any(?)""")
				.params(organizationId, chunk.toArray(Long[]::new))
				.query((rs, row) -> rs.getLong(1) + ":" + rs.getString(2))
				.list()
				.forEach(held::add);
		}
		return held;
	}

	private static <T> List<List<T>> chunks(Collection<T> values) {
		List<List<T>> chunks = new ArrayList<>();
		List<T> all = new ArrayList<>(values);
		for (int i = 0; i < all.size(); i += CHUNK) {
			chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
		}
		return chunks;
	}

}
