package kz.qashyq.platform.spreadsheet;

import java.util.Arrays;
import java.util.List;

/**
 * A problem with an uploaded spreadsheet as a whole. The code is one of
 * {@code FILE_EMPTY}, {@code FILE_OLD_EXCEL}, {@code FILE_CORRUPT},
 * {@code FILE_NOT_SPREADSHEET} or {@code FILE_MALFORMED_CSV}; each importer turns it into
 * a message of its own bundle.
 */
public class SpreadsheetException extends RuntimeException {

	private final String code;

	private final List<String> args;

	public SpreadsheetException(String code, Object... args) {
		this(code, null, args);
	}

	public SpreadsheetException(String code, Throwable cause, Object... args) {
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

}
