package kz.qashyq.directory.internal.roster;

import java.util.List;

/**
 * One problem found in a roster file: a cell (row and column), a whole row (no column) or
 * the file itself (row 0). Stored as a code with arguments, so that it renders in the
 * language of whoever reads it: {@code roster.error.<code>}.
 *
 * @param row the row as the user sees it in the spreadsheet (1 is the first row), 0 for
 * the file
 * @param column the column, or null
 * @param code the reason
 * @param value what the cell held, may be null
 * @param args the message's arguments; an argument {@code col:a,b} is a list of column
 * keys and {@code date:2010-01-15} a date, both rendered in the reader's language
 */
public record RowError(int row, RosterColumn column, String code, String value, List<String> args) {

	public RowError {
		args = List.copyOf(args);
		if (value != null && value.length() > 200) {
			value = value.substring(0, 200) + "…";
		}
	}

	public static RowError ofFile(String code, List<String> args) {
		return new RowError(0, null, code, null, args);
	}

	public static RowError ofCell(int row, RosterColumn column, String code, String value, String... args) {
		return new RowError(row, column, code, value, List.of(args));
	}

}
