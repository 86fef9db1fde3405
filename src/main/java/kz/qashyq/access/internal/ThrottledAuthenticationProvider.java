package kz.qashyq.access.internal;

import java.time.Duration;
import java.util.Optional;

import kz.qashyq.access.internal.AccountRepository.Account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with the growing delays of {@link LoginThrottle}, per login and client
 * address. A wrong password and an unknown login count alike and answer alike
 * ({@link SignInRefusedException}, with the wait the pair now has); an attempt during the
 * wait is refused unchecked, with the same answer. Every checked and refused sign-in is
 * written to the audit log; those refused unchecked are not (so that a flood does not
 * flood the log).
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
		String login = String.valueOf(authentication.getName());
		Account account = this.accounts.findByLogin(login).orElse(null);
		String key = LoginThrottle.keyOf(login, (account != null) ? account.id() : null);
		LoginThrottle.Standing standing = this.throttle.standing(key, client);
		Optional<Duration> wait = standing.waitBeforeNextAttempt();
		if (wait.isPresent()) {
			throw new SignInRefusedException(wait.get());
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			if (standing.failedBefore()) {
				this.throttle.succeeded(key, client);
			}
			return result;
		}
		catch (BadCredentialsException ex) {
			Duration delay = this.throttle.failed(key, client);
			this.audit.failed(login, account, SecurityConfiguration.failureReason(ex), client);
			throw new SignInRefusedException(delay);
		}
		catch (AuthenticationException ex) {
			// the right password of a disabled or expired account: not a guess
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
	 * Sign-in refused: a wrong login or password, or an attempt during the pair's wait
	 * (the two are one answer). Carries how long the pair must wait before its next
	 * attempt (zero when it may try at once).
	 */
	static class SignInRefusedException extends BadCredentialsException {

		private final Duration wait;

		SignInRefusedException(Duration wait) {
			super("Wrong login or password, or too many attempts");
			this.wait = wait;
		}

		Duration waitBeforeNextAttempt() {
			return this.wait;
		}

	}

}
