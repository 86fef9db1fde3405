package kz.qashyq.directory.internal.roster;

/**
 * The spreadsheet formats a roster can come in.
 */
public enum SpreadsheetType {

	CSV, XLSX

}
