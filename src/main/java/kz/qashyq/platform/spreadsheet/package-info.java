/**
 * Reading uploaded CSV and XLSX files into text rows, with the file type decided by
 * content: shared by the importers of the modules.
 */
package kz.qashyq.platform.spreadsheet;
