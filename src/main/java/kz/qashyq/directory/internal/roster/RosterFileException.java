package kz.qashyq.directory.internal.roster;

import java.util.List;

import kz.qashyq.platform.spreadsheet.SpreadsheetException;

/**
 * A problem with a roster file as a whole (not a spreadsheet, corrupt, too large, no
 * header...). The message shown to the user is {@code roster.error.<code>} with the
 * arguments, in the user's language.
 */
public class RosterFileException extends SpreadsheetException {

	public RosterFileException(String code, Object... args) {
		super(code, args);
	}

	public RosterFileException(String code, Throwable cause, Object... args) {
		super(code, cause, args);
	}

	/**
	 * The same problem of the shared spreadsheet reader as a roster problem.
	 */
	static RosterFileException of(SpreadsheetException problem) {
		return new RosterFileException(problem.code(), problem, problem.args().toArray());
	}

	public RowError toError() {
		return RowError.ofFile(code(), args());
	}

}
