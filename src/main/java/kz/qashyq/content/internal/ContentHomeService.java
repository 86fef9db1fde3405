package kz.qashyq.content.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kz.qashyq.content.internal.ComplexRepository.DisciplineRow;
import kz.qashyq.content.internal.PlanRepository.PlanRow;
import kz.qashyq.directory.Directory;
import kz.qashyq.directory.OrganizationInfo;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.platform.security.ScopeType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The content start page of a staff member: the organizations whose complexes and
 * knowledge bank they see, the disciplines of the classes they teach and their plans.
 */
@Service
public class ContentHomeService {

	private static final int MAX_ORGANIZATIONS = 100;

	private final Directory directory;

	private final ComplexRepository complexes;

	private final PlanRepository plans;

	private final JdbcClient jdbc;

	ContentHomeService(Directory directory, ComplexRepository complexes, PlanRepository plans, JdbcClient jdbc) {
		this.directory = directory;
		this.complexes = complexes;
		this.plans = plans;
		this.jdbc = jdbc;
	}

	public record Group(long id, String name) {
	}

	public record Home(List<OrganizationInfo> organizations, List<DisciplineRow> disciplines, List<Group> groups,
			List<PlanRow> plans) {
	}

	/**
	 * @throws AccessDeniedException unless the user holds {@code VIEW_CONTENT} somewhere
	 */
	@Transactional(readOnly = true)
	public Home home() {
		QashyqUser user = CurrentUser.get();
		List<ScopeRef> scopes = user.scopesWith(Permission.VIEW_CONTENT);
		if (scopes.isEmpty()) {
			throw new AccessDeniedException("No VIEW_CONTENT");
		}
		Set<String> kinds = Set.copyOf(this.jdbc.sql("select code from organization_kind").query(String.class).list());
		Set<OrganizationInfo> organizations = new LinkedHashSet<>();
		List<Long> groups = new ArrayList<>();
		for (ScopeRef scope : scopes) {
			if (scope.type() == ScopeType.ORGANIZATION) {
				this.directory.organization(scope.id()).ifPresent(organizations::add);
			}
			else if (scope.type() == ScopeType.GROUP) {
				groups.add(scope.id());
			}
			else if (scope.type() != ScopeType.LEARNER && organizations.size() < MAX_ORGANIZATIONS) {
				organizations.addAll(this.directory.organizations(scope, kinds, null, MAX_ORGANIZATIONS));
			}
		}
		List<Group> groupNames = groups.isEmpty() ? List.of()
				: this.jdbc.sql("select id, name from study_group where id in (:ids) order by name")
					.param("ids", groups)
					.query((rs, row) -> new Group(rs.getLong(1), rs.getString(2)))
					.list();
		List<PlanRow> own = (user.personId() != null) ? this.plans.plansOfTeacher(user.personId()) : List.of();
		return new Home(List.copyOf(organizations), this.complexes.disciplinesOfGroups(groups), groupNames, own);
	}

}
