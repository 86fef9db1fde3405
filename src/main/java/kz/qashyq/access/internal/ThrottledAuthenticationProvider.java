package kz.qashyq.access.internal;

import kz.qashyq.access.internal.AccountRepository.Account;
import kz.qashyq.platform.security.QashyqUser;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with the lockout and the rate limit of {@link LoginThrottle}. Every
 * refused sign-in counts against the client address (a wrong password also against the
 * account) and is written to the audit log, except those refused by the rate limit itself
 * (so that a flood does not flood the log).
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final AccountRepository accounts;

	private final SignInAudit audit;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle,
			AccountRepository accounts, SignInAudit audit) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.accounts = accounts;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String client = clientOf(authentication);
		if (this.throttle.isClientThrottled(client)) {
			throw new LoginThrottledException("Too many failed sign-ins from " + client);
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			if (result.getPrincipal() instanceof QashyqUser user) {
				this.throttle.succeeded(user.accountId());
			}
			return result;
		}
		catch (AuthenticationException ex) {
			String login = String.valueOf(authentication.getName());
			Account account = this.accounts.findByLogin(login).orElse(null);
			boolean wrongPassword = ex instanceof BadCredentialsException;
			this.throttle.failed(client, (wrongPassword && account != null) ? account.id() : null);
			this.audit.failed(login, account, SecurityConfiguration.failureReason(ex), client);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

	static String clientOf(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details
				&& details.getRemoteAddress() != null) {
			return details.getRemoteAddress();
		}
		return "unknown";
	}

	/**
	 * Sign-in refused because the client failed too often.
	 */
	static class LoginThrottledException extends AuthenticationException {

		LoginThrottledException(String message) {
			super(message);
		}

	}

}
