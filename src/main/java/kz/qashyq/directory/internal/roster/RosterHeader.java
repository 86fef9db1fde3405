package kz.qashyq.directory.internal.roster;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kz.qashyq.platform.spreadsheet.Sheet;

/**
 * Where a roster's columns are: the header row is the first of the first ten rows that
 * names at least two of the kind's columns (a title row above it is skipped); its cells
 * are matched in Kazakh, Russian or English, or by technical key, in any order. Columns
 * the roster does not know are ignored.
 */
final class RosterHeader {

	private static final int SEARCHED_ROWS = 10;

	private final Map<RosterColumn, Integer> columns;

	private final int width;

	private final List<Sheet.Row> dataRows;

	private RosterHeader(Map<RosterColumn, Integer> columns, int width, List<Sheet.Row> dataRows) {
		this.columns = columns;
		this.width = width;
		this.dataRows = dataRows;
	}

	/**
	 * @throws RosterFileException {@code FILE_NO_HEADER}, {@code FILE_DUPLICATE_COLUMN},
	 * {@code FILE_MISSING_COLUMNS}
	 */
	static RosterHeader find(RosterKind kind, Sheet sheet, RosterVocabulary vocabulary) {
		List<Sheet.Row> rows = sheet.rows();
		for (int r = 0; r < Math.min(rows.size(), SEARCHED_ROWS); r++) {
			Sheet.Row row = rows.get(r);
			Map<RosterColumn, Integer> found = new EnumMap<>(RosterColumn.class);
			int width = 0;
			for (int c = 0; c < row.cells().size(); c++) {
				String title = row.cells().get(c);
				if (!title.isBlank()) {
					width = c + 1;
				}
				RosterColumn column = vocabulary.header(title);
				if (column != null && kind.columns().contains(column)) {
					if (found.containsKey(column)) {
						throw new RosterFileException("FILE_DUPLICATE_COLUMN", "col:" + column.key());
					}
					found.put(column, c);
				}
			}
			if (found.size() >= 2) {
				List<String> missing = kind.columns()
					.stream()
					.filter((column) -> kind.requires(column) && !found.containsKey(column))
					.map(RosterColumn::key)
					.toList();
				if (!missing.isEmpty()) {
					throw new RosterFileException("FILE_MISSING_COLUMNS", "col:" + String.join(",", missing));
				}
				return new RosterHeader(found, width, new ArrayList<>(rows.subList(r + 1, rows.size())));
			}
		}
		throw new RosterFileException("FILE_NO_HEADER");
	}

	boolean has(RosterColumn column) {
		return this.columns.containsKey(column);
	}

	String cell(Sheet.Row row, RosterColumn column) {
		Integer index = this.columns.get(column);
		return (index != null) ? row.cell(index) : "";
	}

	/**
	 * Whether a row has values right of the header's last column (an address with an
	 * unquoted comma in a comma-separated file shifts a row this way).
	 */
	boolean overflows(Sheet.Row row) {
		for (int c = this.width; c < row.cells().size(); c++) {
			if (!row.cells().get(c).isBlank()) {
				return true;
			}
		}
		return false;
	}

	List<Sheet.Row> dataRows() {
		return this.dataRows;
	}

}
