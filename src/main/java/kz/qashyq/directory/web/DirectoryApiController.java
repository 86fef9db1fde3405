package kz.qashyq.directory.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.qashyq.directory.internal.DirectoryViews;
import kz.qashyq.platform.security.Permission;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory as JSON for mobile apps and integrations: the same reads, with the same
 * role and scope checks, as the pages.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory", description = "Organizations, classes and groups, learners, a parent's children")
class DirectoryApiController {

	private final DirectoryViews views;

	DirectoryApiController(DirectoryViews views) {
		this.views = views;
	}

	@GetMapping("/tree")
	@Operation(summary = "The top of the caller's organization tree, with counts")
	List<DirectoryViews.TerritoryNode> tree() {
		return this.views.treeRoots();
	}

	@GetMapping("/regions/{regionId}")
	@Operation(summary = "A region with its districts")
	DirectoryViews.RegionView region(@PathVariable long regionId) {
		return this.views.region(regionId);
	}

	@GetMapping("/districts/{districtId}")
	@Operation(summary = "A district with its organizations")
	DirectoryViews.DistrictView district(@PathVariable long districtId) {
		return this.views.district(districtId);
	}

	@GetMapping("/organizations")
	@Operation(summary = "The organizations the caller works in (staff grants)")
	List<DirectoryViews.OrganizationSummary> organizations() {
		return this.views.organizationsInScope(Permission.VIEW_GROUPS)
			.stream()
			.map(this.views::organizationSummary)
			.toList();
	}

	@GetMapping("/organizations/{organizationId}")
	@Operation(summary = "An organization with its classes, groups and staff")
	DirectoryViews.OrganizationView organization(@PathVariable long organizationId) {
		return this.views.organization(organizationId);
	}

	@GetMapping("/groups")
	@Operation(summary = "The classes and groups the caller leads or teaches")
	List<DirectoryViews.GroupSummary> myGroups() {
		return this.views.myGroups();
	}

	@GetMapping("/groups/{groupId}")
	@Operation(summary = "A class or group with its learners (and parents' contacts for those allowed)")
	DirectoryViews.GroupView group(@PathVariable long groupId) {
		return this.views.group(groupId);
	}

	@GetMapping("/learners/{learnerId}")
	@Operation(summary = "A learner's record; the view is written to the audit log")
	DirectoryViews.LearnerView learner(@PathVariable long learnerId) {
		return this.views.learner(learnerId);
	}

	@GetMapping("/children")
	@Operation(summary = "A parent's children")
	List<DirectoryViews.ChildCard> children() {
		return this.views.myChildren();
	}

}
