package kz.qashyq.platform.spreadsheet;

import java.util.List;

/**
 * The rows of a spreadsheet as text, blank rows left out. Numbers come as plain digits
 * (no exponent, no grouping), dates from date cells as {@code yyyy-MM-dd}.
 *
 * @param rows the non-blank rows in file order
 */
public record Sheet(List<Row> rows) {

	/**
	 * @param number the row number the user sees in a spreadsheet program (1 = first)
	 * @param cells the cells from the first column on; a missing cell is an empty string
	 */
	public record Row(int number, List<String> cells) {

		public String cell(int index) {
			return (index < this.cells.size()) ? this.cells.get(index) : "";
		}

		public boolean isBlank() {
			return this.cells.stream().allMatch(String::isBlank);
		}

	}

}
