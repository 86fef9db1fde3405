package kz.qashyq.content.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import kz.qashyq.directory.Directory;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.security.ScopeType;
import kz.qashyq.platform.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change content.
 * <ul>
 * <li>A discipline sits in its organization and in every class or group its subject is
 * taught in (by the teaching assignments and the study load), so staff with
 * {@code VIEW_CONTENT} over the organization or over one of those classes see it.</li>
 * <li>A change needs {@code MANAGE_CONTENT} over the organization (deputy, head,
 * DET-responsible, librarian), or {@code MANAGE_CONTENT} over a class together with
 * teaching the subject there: a teacher changes the content of their own subjects
 * only.</li>
 * <li>Learners and parents of the organization see its materials and the published
 * thematic schedules of their own class (materials are free, A1-18d).</li>
 * <li>Reviews and approvals need {@code REVIEW_CONTENT} (A1-24f). Read-only users never
 * write.</li>
 * </ul>
 */
@Component
public class ContentAccess {

	private final Directory directory;

	private final JdbcClient jdbc;

	ContentAccess(Directory directory, JdbcClient jdbc) {
		this.directory = directory;
		this.jdbc = jdbc;
	}

	ScopePath organizationPath(long organizationId) {
		return this.directory.organizationPath(organizationId)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
	}

	kz.qashyq.platform.i18n.LocalizedName organizationName(long organizationId) {
		return this.directory.organization(organizationId)
			.map(kz.qashyq.directory.OrganizationInfo::name)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
	}

	java.time.ZoneId zone(long organizationId) {
		return this.directory.organization(organizationId)
			.map(kz.qashyq.directory.OrganizationInfo::timeZone)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
	}

	/**
	 * Refuses (404, as for a learner that does not exist) unless the user holds one of
	 * the permissions over the learner.
	 */
	QashyqUser requireLearner(long learnerId, Permission... anyOf) {
		return CurrentUser.requireLearner(this.directory.learnerPath(learnerId), anyOf);
	}

	ScopePath learnerPath(long learnerId) {
		return this.directory.learnerPath(learnerId).orElseThrow(() -> new NotFoundException("learner " + learnerId));
	}

	ScopePath groupPath(long groupId) {
		return this.directory.groupPath(groupId).orElseThrow(() -> new NotFoundException("group " + groupId));
	}

	/**
	 * The classes and groups of an organization in which a subject is taught.
	 */
	List<Long> groupsTeaching(long organizationId, String subject) {
		return this.jdbc.sql("""
				select t.group_id from teaching_assignment t join study_group g on g.id = t.group_id
				where g.organization_id = :org and t.subject = :subject
				union select s.group_id from study_load s join study_group g on g.id = s.group_id
				where g.organization_id = :org and s.subject = :subject order by 1""")
			.param("org", organizationId)
			.param("subject", subject)
			.query(Long.class)
			.list();
	}

	/**
	 * Where a discipline sits: its organization and the classes its subject is taught in.
	 */
	ScopePath disciplinePath(long organizationId, String subject) {
		ScopePath organization = organizationPath(organizationId);
		return ScopePath.of(organization.regionId(), organization.districtId(), organizationId,
				groupsTeaching(organizationId, subject), null);
	}

	/**
	 * Refuses unless the user holds {@code VIEW_CONTENT} over the path, or, when
	 * {@code learners} is set, is a learner or parent of a learner of the organization.
	 */
	QashyqUser requireView(ScopePath path, boolean learners) {
		QashyqUser user = CurrentUser.get();
		if (user.can(Permission.VIEW_CONTENT, path)) {
			return user;
		}
		if (learners && path.organizationId() != null && isFamilyOf(user, path.organizationId())) {
			return user;
		}
		throw new AccessDeniedException("No VIEW_CONTENT over " + path);
	}

	/**
	 * Whether the user is a learner, or a parent of a learner, of the organization.
	 */
	boolean isFamilyOf(QashyqUser user, long organizationId) {
		for (Grant grant : user.grants()) {
			if ((grant.role() == Role.STUDENT || grant.role() == Role.PARENT)
					&& grant.scope().type() == ScopeType.LEARNER && grant.role().has(Permission.VIEW_OWN)) {
				Long organization = this.directory.learnerPath(grant.scope().id())
					.map(ScopePath::organizationId)
					.orElse(null);
				if (organization != null && organization == organizationId) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The learners the user sees as their own: themselves, their children.
	 */
	List<Long> ownLearners(QashyqUser user) {
		List<Long> learners = new ArrayList<>();
		for (Grant grant : user.grants()) {
			if (grant.role().has(Permission.VIEW_OWN) && grant.scope().type() == ScopeType.LEARNER
					&& !learners.contains(grant.scope().id())) {
				learners.add(grant.scope().id());
			}
		}
		return learners;
	}

	/**
	 * Whether the user may change content of a subject in the given classes (see the
	 * class comment).
	 */
	boolean canManage(QashyqUser user, ScopePath path, Collection<Long> groups, String subject) {
		if (user.isReadOnly() || !user.can(Permission.MANAGE_CONTENT, path)) {
			return false;
		}
		Long organizationId = path.organizationId();
		if (organizationId != null && user.can(Permission.MANAGE_CONTENT, organizationPath(organizationId))) {
			return true;
		}
		return user.personId() != null && !groups.isEmpty() && teaches(user.personId(), groups, subject);
	}

	QashyqUser requireManage(ScopePath path, Collection<Long> groups, String subject) {
		QashyqUser user = CurrentUser.require(Permission.MANAGE_CONTENT, path);
		CurrentUser.requireWriter();
		if (!canManage(user, path, groups, subject)) {
			throw new AccessDeniedException("Not a teacher of " + subject);
		}
		return user;
	}

	boolean canReview(QashyqUser user, ScopePath path) {
		return !user.isReadOnly() && user.can(Permission.REVIEW_CONTENT, path);
	}

	QashyqUser requireReview(ScopePath path) {
		QashyqUser user = CurrentUser.require(Permission.REVIEW_CONTENT, path);
		CurrentUser.requireWriter();
		return user;
	}

	private boolean teaches(long personId, Collection<Long> groups, String subject) {
		return this.jdbc.sql("""
				select exists (select 1 from teaching_assignment where person_id = :person and subject = :subject
					and group_id in (:groups))
				or exists (select 1 from study_load where teacher_id = :person and subject = :subject
					and group_id in (:groups))""")
			.param("person", personId)
			.param("subject", subject)
			.param("groups", List.copyOf(groups))
			.query(Boolean.class)
			.single();
	}

}
