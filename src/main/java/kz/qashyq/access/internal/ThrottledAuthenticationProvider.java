package kz.qashyq.access.internal;

import kz.qashyq.platform.security.QashyqUser;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with the lockout and the rate limit of {@link LoginThrottle}.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final DaoAuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final AccountRepository accounts;

	ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle,
			AccountRepository accounts) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.accounts = accounts;
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
		catch (BadCredentialsException ex) {
			Long accountId = this.accounts.findByLogin(String.valueOf(authentication.getName()))
				.map(AccountRepository.Account::id)
				.orElse(null);
			this.throttle.failed(client, accountId);
			throw ex;
		}
		catch (LockedException ex) {
			this.throttle.failed(client, null);
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return this.delegate.supports(authentication);
	}

	private static String clientOf(Authentication authentication) {
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
