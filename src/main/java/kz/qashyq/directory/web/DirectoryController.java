package kz.qashyq.directory.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import kz.qashyq.directory.Directory;
import kz.qashyq.directory.internal.DirectoryViews;
import kz.qashyq.directory.internal.PostalAddresses;
import kz.qashyq.directory.internal.SocialFlags;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Drill-down pages of the directory: region, district, organization, class or group,
 * learner. Every read is checked by {@link DirectoryViews} against role and scope.
 */
@Controller
@RequestMapping("/directory")
class DirectoryController {

	private final DirectoryViews views;

	private final SocialFlags socialFlags;

	private final PostalAddresses addresses;

	private final Directory directory;

	DirectoryController(DirectoryViews views, SocialFlags socialFlags, PostalAddresses addresses, Directory directory) {
		this.views = views;
		this.socialFlags = socialFlags;
		this.addresses = addresses;
		this.directory = directory;
	}

	@GetMapping("/regions/{regionId}")
	String region(@PathVariable long regionId, Model model) {
		model.addAttribute("view", this.views.region(regionId));
		return "directory/region";
	}

	@GetMapping("/districts/{districtId}")
	String district(@PathVariable long districtId, Model model) {
		model.addAttribute("view", this.views.district(districtId));
		return "directory/district";
	}

	@GetMapping("/organizations/{organizationId}")
	String organization(@PathVariable long organizationId, Model model) {
		DirectoryViews.OrganizationView view = this.views.organization(organizationId);
		model.addAttribute("view", view);
		ScopePath path = this.directory.organizationPath(organizationId).orElseThrow();
		QashyqUser user = CurrentUser.get();
		model.addAttribute("canViewTimetable", user.can(Permission.VIEW_TIMETABLE, path));
		model.addAttribute("openGroups", groupsWhere(user, Permission.VIEW_LEARNERS, path, view.groups()));
		model.addAttribute("weekGroups", groupsWhere(user, Permission.VIEW_TIMETABLE, path, view.groups()));
		model.addAttribute("canManageTimetable", user.can(Permission.MANAGE_TIMETABLE, path) && !user.isReadOnly());
		return "directory/organization";
	}

	/**
	 * The classes of the organization page whose pages the user may open with the
	 * permission, so that the page links only those.
	 */
	private static Set<Long> groupsWhere(QashyqUser user, Permission permission, ScopePath organization,
			List<DirectoryViews.GroupSummary> groups) {
		return groups.stream()
			.map(DirectoryViews.GroupSummary::id)
			.filter((groupId) -> user.can(permission,
					ScopePath.of(organization.regionId(), organization.districtId(), organization.organizationId(),
							List.of(groupId), null)))
			.collect(Collectors.toSet());
	}

	@GetMapping("/groups/{groupId}")
	String group(@PathVariable long groupId, Model model) {
		model.addAttribute("view", this.views.group(groupId));
		model.addAttribute("canViewTimetable",
				CurrentUser.get().can(Permission.VIEW_TIMETABLE, this.directory.groupPath(groupId).orElseThrow()));
		return "directory/group";
	}

	@GetMapping("/learners/{learnerId}")
	String learner(@PathVariable long learnerId, Model model) {
		model.addAttribute("learner", this.views.learner(learnerId));
		model.addAttribute("canEditFlags", this.socialFlags.canEdit(learnerId));
		model.addAttribute("flagTypes", SocialFlags.FLAGS);
		boolean canEditAddress = this.addresses.canEdit(learnerId);
		model.addAttribute("canEditAddress", canEditAddress);
		model.addAttribute("branches", canEditAddress ? this.addresses.branchesNear(learnerId) : java.util.List.of());
		return "directory/learner";
	}

}
