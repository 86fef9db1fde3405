package kz.qashyq.schedule.internal.timetable;

import java.util.List;

import kz.qashyq.directory.Directory;
import kz.qashyq.directory.OrganizationInfo;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.security.ScopeType;
import kz.qashyq.platform.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The access checks of the timetable pages: a permission over the organization (or the
 * class) the object belongs to.
 */
@Component
class TimetableAccess {

	private final Directory directory;

	TimetableAccess(Directory directory) {
		this.directory = directory;
	}

	/**
	 * The organization, after checking the permission over it; a writer for MANAGE and
	 * APPROVE.
	 * @throws NotFoundException when there is no such organization
	 * @throws AccessDeniedException when the user lacks the permission over it
	 */
	Checked organization(Permission permission, long organizationId) {
		ScopePath path = this.directory.organizationPath(organizationId)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
		QashyqUser user = CurrentUser.require(permission, path);
		if (permission != Permission.VIEW_TIMETABLE) {
			CurrentUser.requireWriter();
		}
		OrganizationInfo info = this.directory.organization(organizationId)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
		return new Checked(user, info, path);
	}

	/**
	 * The organization to show when none is named: the first one the user holds the
	 * permission over.
	 */
	long defaultOrganization(Permission permission) {
		List<Long> organizations = CurrentUser.get()
			.scopesWith(permission)
			.stream()
			.filter((scope) -> scope.type() == ScopeType.ORGANIZATION)
			.map((scope) -> scope.id())
			.toList();
		if (organizations.isEmpty()) {
			throw new AccessDeniedException("No organization with " + permission);
		}
		return organizations.get(0);
	}

	ScopePath group(Permission permission, long groupId) {
		ScopePath path = this.directory.groupPath(groupId).orElseThrow(() -> new NotFoundException("group " + groupId));
		CurrentUser.require(permission, path);
		return path;
	}

	OrganizationInfo info(long organizationId) {
		return this.directory.organization(organizationId)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
	}

	ScopePath path(long organizationId) {
		return this.directory.organizationPath(organizationId)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
	}

	record Checked(QashyqUser user, OrganizationInfo organization, ScopePath path) {

	}

}
