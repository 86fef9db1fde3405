package kz.qashyq.directory.internal.roster;

import java.time.Instant;
import java.util.UUID;

import kz.qashyq.platform.spreadsheet.SpreadsheetType;

/**
 * A roster import as the pages show it.
 *
 * @param totalRows the data rows of the file, null until it has been read
 * @param processedRows rows checked (while validating) or written (while applying)
 */
public record RosterJob(UUID id, long organizationId, RosterKind kind, String fileName, SpreadsheetType fileType,
		Status status, Integer totalRows, int processedRows, int errorCount, int learnersCreated, int learnersLinked,
		int parentsCreated, int parentsLinked, int staffCreated, int staffLinked, int positionsCreated,
		String createdBy, Instant createdAt, Instant finishedAt) {

	/**
	 * PENDING (queued), VALIDATING and APPLYING run; DONE, REJECTED (the file has errors,
	 * nothing written) and FAILED (the server could not finish, nothing written) are
	 * final.
	 */
	public enum Status {

		PENDING, VALIDATING, APPLYING, DONE, REJECTED, FAILED;

		public boolean running() {
			return this == PENDING || this == VALIDATING || this == APPLYING;
		}

	}

	public boolean running() {
		return this.status.running();
	}

	/**
	 * Progress of the current phase in percent, 0 to 100.
	 */
	public int percent() {
		if (this.status == Status.DONE) {
			return 100;
		}
		if (this.totalRows == null || this.totalRows == 0) {
			return 0;
		}
		return (int) Math.min(100, (100L * this.processedRows) / this.totalRows);
	}

}
