package kz.qashyq.platform.security;

import java.io.Serial;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user: an account with its grants, as kept in the (database-backed)
 * session.
 */
public final class QashyqUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String username;

	private final String displayName;

	private final Long personId;

	private final boolean enabled;

	private final boolean locked;

	private final List<Grant> grants;

	private String passwordHash;

	public QashyqUser(long accountId, String username, String displayName, Long personId, String passwordHash,
			boolean enabled, boolean locked, List<Grant> grants) {
		this.accountId = accountId;
		this.username = username;
		this.displayName = displayName;
		this.personId = personId;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
		this.grants = List.copyOf(grants);
	}

	public long accountId() {
		return this.accountId;
	}

	public String displayName() {
		return this.displayName;
	}

	/**
	 * The person behind the account, or null for an account that is not a person in the
	 * directory.
	 */
	public Long personId() {
		return this.personId;
	}

	public List<Grant> grants() {
		return this.grants;
	}

	public Set<Role> roles() {
		return this.grants.stream().map(Grant::role).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	public boolean hasRole(Role role) {
		return this.grants.stream().anyMatch((grant) -> grant.role() == role);
	}

	/**
	 * Whether some grant gives the permission over the target.
	 */
	public boolean can(Permission permission, ScopePath target) {
		return this.grants.stream().anyMatch((grant) -> grant.allows(permission, target));
	}

	/**
	 * The scopes in which the user holds the permission; the basis of every filtered
	 * list.
	 */
	public List<ScopeRef> scopesWith(Permission permission) {
		return this.grants.stream()
			.filter((grant) -> grant.role().has(permission))
			.map(Grant::scope)
			.distinct()
			.toList();
	}

	/**
	 * True when every role the user holds is read-only (observers, coordinators).
	 */
	public boolean isReadOnly() {
		return !this.grants.isEmpty() && this.grants.stream().allMatch((grant) -> grant.role().isReadOnly());
	}

	/**
	 * The role shown first: the grant list is ordered by the widest role.
	 */
	public Role primaryRole() {
		return this.grants.isEmpty() ? null : this.grants.get(0).role();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles().stream().map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof QashyqUser user && user.accountId == this.accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.accountId);
	}

	@Override
	public String toString() {
		return "QashyqUser[" + this.username + "]";
	}

}
