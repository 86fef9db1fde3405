package kz.qashyq.demo;

/**
 * A demo account (password {@code demo}), created only in demo mode.
 *
 * @param username the login name
 * @param description who the account is and what it sees, in English (for the startup log
 * and the documentation)
 */
public record DemoAccount(String username, String description) {

	/** The password of every demo account. */
	public static final String PASSWORD = "demo";

}
