package kz.qashyq.directory.internal;

import java.util.List;
import java.util.Optional;

import kz.qashyq.directory.Directory;
import kz.qashyq.directory.PersonRelations;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.security.ScopeRef;

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
		List<Long> supervised = this.jdbc
			.sql("select group_id from group_supervisor where person_id = ? and to_date is null order by group_id")
			.param(personId)
			.query(Long.class)
			.list();
		List<Long> taught = this.jdbc
			.sql("select distinct group_id from teaching_assignment where person_id = ? order by group_id")
			.param(personId)
			.query(Long.class)
			.list();
		List<Long> children = this.jdbc
			.sql("select learner_id from parent_link where parent_id = ? order by learner_id")
			.param(personId)
			.query(Long.class)
			.list();
		Long learner = this.jdbc.sql("select person_id from learner where person_id = ?")
			.param(personId)
			.query(Long.class)
			.optional()
			.orElse(null);
		return new PersonRelations(supervised, taught, children, learner);
	}

	@Override
	public Optional<ScopePath> organizationPath(long organizationId) {
		return this.jdbc
			.sql("select region_id, district_id, organization_id from organization_scope where organization_id = ?")
			.param(organizationId)
			.query((rs, row) -> ScopePath.ofOrganization(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.optional();
	}

	@Override
	public Optional<ScopePath> groupPath(long groupId) {
		return this.jdbc.sql("""
				select os.region_id, os.district_id, os.organization_id, g.id
				from study_group g join organization_scope os on os.organization_id = g.organization_id
				where g.id = ?""")
			.param(groupId)
			.query((rs, row) -> ScopePath.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), List.of(rs.getLong(4)), null))
			.optional();
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

}
