package kz.qashyq.access;

import java.util.List;

import kz.qashyq.access.internal.AccountRepository;
import kz.qashyq.platform.security.Grant;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates accounts and grants. The caller checks that the signed-in user may do so; the
 * demo data and the first-administrator setup call it without a signed-in user.
 */
@Service
public class AccountManagement {

	private final AccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	AccountManagement(AccountRepository accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * Hashes a password with the platform's encoder (to create many accounts with one
	 * password, hash once).
	 */
	public String hash(String rawPassword) {
		return this.passwordEncoder.encode(rawPassword);
	}

	/**
	 * Creates an account with its explicit grants.
	 * @param username the unique login name
	 * @param personId the person in the directory, or null
	 * @param displayName the name shown in the page header
	 * @param passwordHash a hash from {@link #hash(String)}
	 * @param demo whether this is a demo account (only in demo mode)
	 * @param grants explicit grants; grants that follow from the directory are added at
	 * sign-in
	 * @return the account's id
	 */
	@Transactional
	public long createAccount(String username, Long personId, String displayName, String passwordHash, boolean demo,
			List<Grant> grants) {
		long id = this.accounts.create(username, personId, displayName, passwordHash, demo);
		for (Grant grant : grants) {
			this.accounts.grant(id, grant, "system", null);
		}
		return id;
	}

	/**
	 * Whether any account exists (the demo data is loaded only into an empty
	 * installation).
	 */
	public boolean anyAccount() {
		return this.accounts.anyAccount();
	}

}
