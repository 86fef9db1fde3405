package kz.qashyq.schedule.internal.tv;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * One problem of a TV schedule file: a row and column, or the file as a whole. The reason
 * is the message {@code tv.import.error.<code>} with the arguments, rendered in the
 * reader's language when shown. Kept in the session for the error report download.
 *
 * @param row the spreadsheet row (1 = first), or 0 for the file as a whole
 * @param column the column, or null
 * @param columnIndex the column's position in the file (0 = A), or -1
 * @param value the cell's value as read, may be null
 * @param code the reason's code
 * @param args the reason's arguments
 */
public record TvImportError(int row, TvColumn column, int columnIndex, String value, String code,
		List<String> args) implements Serializable {

	static TvImportError ofFile(String code, Object... args) {
		return new TvImportError(0, null, -1, null, code, strings(args));
	}

	static TvImportError ofCell(int row, TvColumn column, int columnIndex, String value, String code, Object... args) {
		return new TvImportError(row, column, columnIndex, value, code, strings(args));
	}

	private static List<String> strings(Object[] args) {
		return Arrays.stream(args).map(String::valueOf).toList();
	}

}
