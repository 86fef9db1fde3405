package kz.qashyq.directory.internal.roster;

import java.util.List;

/**
 * The rows of a spreadsheet as text, blank rows left out. Numbers come as plain digits
 * (no exponent, no grouping), dates from date cells as {@code yyyy-MM-dd}.
 *
 * @param rows the non-blank rows in file order
 */
record Sheet(List<Row> rows) {

	/**
	 * @param number the row number the user sees in a spreadsheet program (1 = first)
	 * @param cells the cells from the first column on; a missing cell is an empty string
	 */
	record Row(int number, List<String> cells) {

		String cell(int index) {
			return (index < this.cells.size()) ? this.cells.get(index) : "";
		}

		boolean isBlank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

	}

}
