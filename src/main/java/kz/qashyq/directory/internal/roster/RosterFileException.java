package kz.qashyq.directory.internal.roster;

import java.util.Arrays;
import java.util.List;

/**
 * A problem with a roster file as a whole (not a spreadsheet, corrupt, too large, no
 * header...). The message shown to the user is {@code roster.error.<code>} with the
 * arguments, in the user's language.
 */
public class RosterFileException extends RuntimeException {

	private final String code;

	private final List<String> args;

	public RosterFileException(String code, Object... args) {
		this(code, null, args);
	}

	public RosterFileException(String code, Throwable cause, Object... args) {
		super(code, cause);
		this.code = code;
		this.args = Arrays.stream(args).map(String::valueOf).toList();
	}

	public String code() {
		return this.code;
	}

	public List<String> args() {
		return this.args;
	}

	public RowError toError() {
		return RowError.ofFile(this.code, this.args);
	}

}
