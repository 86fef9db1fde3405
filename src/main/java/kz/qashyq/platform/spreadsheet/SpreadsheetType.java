package kz.qashyq.platform.spreadsheet;

/**
 * The spreadsheet formats an import can come in.
 */
public enum SpreadsheetType {

	CSV, XLSX

}
