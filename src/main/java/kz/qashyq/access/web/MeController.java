package kz.qashyq.access.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user, for mobile apps and integrations.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Access", description = "The signed-in user, roles and grants")
class MeController {

	@GetMapping("/me")
	@Operation(summary = "The signed-in user",
			description = "The account with its roles and grants (role and scope); readOnly is true for observers "
					+ "and coordinators, who can never change anything.")
	Me me() {
		QashyqUser user = CurrentUser.get();
		return new Me(user.accountId(), user.getUsername(), user.displayName(),
				user.roles().stream().map(Role::name).toList(),
				user.grants()
					.stream()
					.map((grant) -> new GrantView(grant.role().name(), grant.scope().type().name(), grant.scope().id()))
					.toList(),
				user.isReadOnly());
	}

	/**
	 * The signed-in user.
	 *
	 * @param id the account's id
	 * @param username the login name
	 * @param displayName the name shown
	 * @param roles the roles of all grants
	 * @param grants every grant: role and scope
	 * @param readOnly whether the user can change nothing
	 */
	record Me(long id, String username, String displayName, List<String> roles, List<GrantView> grants,
			boolean readOnly) {
	}

	/**
	 * A grant: a role within a scope (REPUBLIC has no scope id).
	 */
	record GrantView(String role, String scopeType, Long scopeId) {
	}

}
