package kz.qashyq.directory.web;

import java.util.Comparator;
import java.util.List;

import kz.qashyq.directory.internal.DirectoryViews;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.web.HomeCard;
import kz.qashyq.platform.web.HomeCards;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: first what the user does today (the cards the modules contribute, see
 * {@link HomeCards}), then what the user's roles let them see, with real data. A user
 * with several roles sees each part (a teacher who is also a parent sees both their
 * classes and their children).
 */
@Controller
class HomeController {

	private final DirectoryViews views;

	private final List<HomeCards> cards;

	HomeController(DirectoryViews views, List<HomeCards> cards) {
		this.views = views;
		this.cards = cards;
	}

	@GetMapping("/")
	String home(Model model) {
		QashyqUser user = CurrentUser.get();
		model.addAttribute("user", user);
		model.addAttribute("roles", user.roles());
		model.addAttribute("cards",
				this.cards.stream()
					.flatMap((contributor) -> contributor.cardsFor(user).stream())
					.sorted(Comparator.comparingInt(HomeCard::order))
					.toList());
		List<DirectoryViews.TerritoryNode> tree = this.views.treeRoots()
			.stream()
			.filter((node) -> !"ORGANIZATION".equals(node.level()) || !hasOrganizationRole(user))
			.toList();
		model.addAttribute("tree", tree);
		model.addAttribute("organizations",
				this.views.organizationsInScope(Permission.VIEW_GROUPS)
					.stream()
					.map(this.views::organization)
					.toList());
		model.addAttribute("groups", this.views.myGroups());
		model.addAttribute("supervised",
				user.grants()
					.stream()
					.filter((grant) -> grant.role() == Role.CURATOR)
					.map((grant) -> this.views.group(grant.scope().id()))
					.toList());
		model.addAttribute("children", user.hasRole(Role.PARENT) ? this.views.myChildren() : List.of());
		model.addAttribute("student", user.hasRole(Role.STUDENT) ? this.views.studentHome() : null);
		return "directory/home";
	}

	private static boolean hasOrganizationRole(QashyqUser user) {
		return user.scopesWith(Permission.VIEW_GROUPS)
			.stream()
			.anyMatch((scope) -> scope.type() == kz.qashyq.platform.security.ScopeType.ORGANIZATION);
	}

}
