package kz.qashyq.directory.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.qashyq.directory.Directory;
import kz.qashyq.directory.GroupMembers;
import kz.qashyq.directory.GroupMembers.PersonName;
import kz.qashyq.directory.OrganizationInfo;
import kz.qashyq.directory.OrganizationSetting;
import kz.qashyq.directory.PersonRelations;
import kz.qashyq.platform.i18n.LocalizedName;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.platform.web.RequestMemo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JdbcDirectory implements Directory {

	private final JdbcClient jdbc;

	JdbcDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public PersonRelations relationsOf(long personId) {
		// one statement: it runs at every sign-in and on most pages people open at 08:30
		return this.jdbc.sql("""
				select array(select group_id from group_supervisor where person_id = :person and to_date is null
						order by group_id) as supervised,
					array(select distinct group_id from teaching_assignment where person_id = :person
						order by group_id) as taught,
					array(select learner_id from parent_link where parent_id = :person order by learner_id) as children,
					(select person_id from learner where person_id = :person) as learner""")
			.param("person", personId)
			.query((rs, row) -> new PersonRelations(ids(rs.getArray("supervised")), ids(rs.getArray("taught")),
					ids(rs.getArray("children")), (Long) rs.getObject("learner")))
			.single();
	}

	private static List<Long> ids(Array array) throws SQLException {
		return List.of((Long[]) array.getArray());
	}

	@Override
	public Optional<ScopePath> organizationPath(long organizationId) {
		return RequestMemo.get("organizationPath:" + organizationId, () -> this.jdbc
			.sql("select region_id, district_id, organization_id from organization_scope where organization_id = ?")
			.param(organizationId)
			.query((rs, row) -> ScopePath.ofOrganization(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.optional());
	}

	@Override
	public boolean teaches(long personId, long groupId, String subject) {
		// asked both to show a submission and to offer grading it: once per request
		return RequestMemo.get("teaches:" + personId + ":" + groupId + ":" + subject, () -> Optional.of(this.jdbc.sql(
				"select exists (select 1 from teaching_assignment where person_id = ? and group_id = ? and subject = ?)")
			.params(personId, groupId, subject)
			.query(Boolean.class)
			.single())).orElse(false);
	}

	@Override
	public Optional<ScopePath> groupPath(long groupId) {
		// a class never moves to another organization: asked for several times by one
		// click
		return RequestMemo.get("groupPath:" + groupId, () -> this.jdbc.sql("""
				select os.region_id, os.district_id, os.organization_id, g.id
				from study_group g join organization_scope os on os.organization_id = g.organization_id
				where g.id = ?""")
			.param(groupId)
			.query((rs, row) -> ScopePath.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), List.of(rs.getLong(4)), null))
			.optional());
	}

	@Override
	public Optional<ScopePath> learnerPath(long learnerId) {
		return this.jdbc.sql("""
				select os.region_id, os.district_id, os.organization_id, l.group_id
				from learner l join organization_scope os on os.organization_id = l.organization_id
				where l.person_id = ?""").param(learnerId).query((rs, row) -> {
			long groupId = rs.getLong(4);
			List<Long> groups = rs.wasNull() ? List.of() : List.of(groupId);
			return ScopePath.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), groups, learnerId);
		}).optional();
	}

	@Override
	public boolean scopeExists(ScopeRef scope) {
		String table = switch (scope.type()) {
			case REPUBLIC -> null;
			case REGION -> "region";
			case DISTRICT -> "district";
			case ORGANIZATION -> "organization";
			case GROUP -> "study_group";
			case LEARNER -> "learner";
		};
		if (table == null) {
			return true;
		}
		String key = (table.equals("learner")) ? "person_id" : "id";
		return this.jdbc.sql("select exists (select 1 from " + table + " where " + key + " = ?)")
			.param(scope.id())
			.query(Boolean.class)
			.single();
	}

	@Override
	public Optional<ScopePath> pathOf(ScopeRef scope) {
		return switch (scope.type()) {
			case REPUBLIC -> Optional.of(ScopePath.republic());
			case REGION -> this.jdbc.sql("select id from region where id = ?")
				.param(scope.id())
				.query(Long.class)
				.optional()
				.map((id) -> ScopePath.of(id, null, null, List.of(), null));
			case DISTRICT -> this.jdbc.sql("select region_id, id from district where id = ?")
				.param(scope.id())
				.query((rs, row) -> ScopePath.of(rs.getLong(1), rs.getLong(2), null, List.of(), null))
				.optional();
			case ORGANIZATION -> organizationPath(scope.id());
			case GROUP -> groupPath(scope.id());
			case LEARNER -> learnerPath(scope.id());
		};
	}

	@Override
	public Optional<OrganizationInfo> organization(long organizationId) {
		return this.jdbc.sql(ORGANIZATION_INFO + " where o.id = ?")
			.param(organizationId)
			.query(JdbcDirectory::organizationInfo)
			.optional();
	}

	@Override
	public Optional<OrganizationSetting> setting(long organizationId) {
		return this.jdbc
			.sql("""
					select o.id, o.kind, k.level, o.ownership, not s.urban and s.remote as rural_remote,
						s.infection_registered, o.time_zone
					from organization o join organization_kind k on k.code = o.kind join settlement s on s.id = o.settlement_id
					where o.id = ?""")
			.param(organizationId)
			.query((rs, row) -> new OrganizationSetting(rs.getLong("id"), rs.getString("kind"), rs.getString("level"),
					rs.getString("ownership"), rs.getBoolean("rural_remote"), rs.getBoolean("infection_registered"),
					ZoneId.of(rs.getString("time_zone"))))
			.optional();
	}

	@Override
	public List<OrganizationInfo> organizations(ScopeRef within, Set<String> kinds, String nameContains, int limit) {
		String unit = switch (within.type()) {
			case REPUBLIC -> "true";
			case REGION -> "os.region_id = :unit";
			case DISTRICT -> "os.district_id = :unit";
			case ORGANIZATION -> "o.id = :unit";
			case GROUP, LEARNER -> "false";
		};
		String pattern = (nameContains == null || nameContains.isBlank()) ? null
				: "%" + nameContains.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return this.jdbc
			.sql(ORGANIZATION_INFO + " join organization_scope os on os.organization_id = o.id where " + unit
					+ " and o.kind in (:kinds) and (cast(:pattern as text) is null or o.name_kk ilike :pattern"
					+ " or o.name_ru ilike :pattern or o.name_en ilike :pattern) order by o.name_ru, o.id limit :limit")
			.param("unit", within.id())
			.param("kinds", kinds)
			.param("pattern", pattern)
			.param("limit", limit)
			.query(JdbcDirectory::organizationInfo)
			.list();
	}

	@Override
	public List<GroupMembers> membersByGroup(long organizationId) {
		List<GroupRow> groups = this.jdbc.sql("""
				select id, name, kind from study_group where organization_id = ?
				order by grade nulls last, name, id""")
			.param(organizationId)
			.query((rs, row) -> new GroupRow(rs.getLong("id"), rs.getString("name"), rs.getString("kind")))
			.list();
		if (groups.isEmpty()) {
			return List.of();
		}
		Map<Long, List<PersonName>> learners = byGroup("""
				select l.group_id, p.id, p.last_name, p.first_name, p.middle_name
				from learner l join person p on p.id = l.person_id
				where l.organization_id = ? and l.group_id is not null
				order by p.last_name, p.first_name, p.id""", organizationId);
		Map<Long, List<PersonName>> parents = byGroup("""
				select distinct l.group_id, p.id, p.last_name, p.first_name, p.middle_name
				from parent_link pl join learner l on l.person_id = pl.learner_id join person p on p.id = pl.parent_id
				where l.organization_id = ? and l.group_id is not null
				order by p.last_name, p.first_name, p.id""", organizationId);
		Map<Long, List<PersonName>> teachers = byGroup("""
				select distinct t.group_id, p.id, p.last_name, p.first_name, p.middle_name
				from teaching_assignment t join study_group g on g.id = t.group_id join person p on p.id = t.person_id
				where g.organization_id = ?
				order by p.last_name, p.first_name, p.id""", organizationId);
		Map<Long, List<PersonName>> supervisors = byGroup("""
				select s.group_id, p.id, p.last_name, p.first_name, p.middle_name
				from group_supervisor s join study_group g on g.id = s.group_id join person p on p.id = s.person_id
				where g.organization_id = ? and s.to_date is null
				order by p.last_name, p.first_name, p.id""", organizationId);
		return groups.stream()
			.map((group) -> new GroupMembers(group.id(), group.name(), group.kind(),
					learners.getOrDefault(group.id(), List.of()), parents.getOrDefault(group.id(), List.of()),
					teachers.getOrDefault(group.id(), List.of()),
					supervisors.getOrDefault(group.id(), List.of()).stream().findFirst().orElse(null)))
			.toList();
	}

	private Map<Long, List<PersonName>> byGroup(String sql, long organizationId) {
		Map<Long, List<PersonName>> people = new HashMap<>();
		this.jdbc.sql(sql).param(organizationId).query((rs) -> {
			String middle = rs.getString("middle_name");
			people.computeIfAbsent(rs.getLong("group_id"), (id) -> new ArrayList<>())
				.add(new PersonName(rs.getLong("id"), rs.getString("last_name") + " " + rs.getString("first_name")
						+ ((middle != null) ? " " + middle : "")));
		});
		return people;
	}

	private record GroupRow(long id, String name, String kind) {
	}

	private static final String ORGANIZATION_INFO = "select o.id, o.kind, o.name_kk, o.name_ru, o.name_en, o.time_zone from organization o";

	private static OrganizationInfo organizationInfo(ResultSet rs, int row) throws SQLException {
		return new OrganizationInfo(rs.getLong("id"), rs.getString("kind"),
				new LocalizedName(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
				ZoneId.of(rs.getString("time_zone")));
	}

}
