package qashyq.perf;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;

/**
 * One CSV line per submission (not per attempt): when it ended, the account, the task, the
 * idempotency key, the outcome ({@code acknowledged} when the platform answered with the
 * redirect to the task page, {@code failed} when every attempt failed), the number of
 * attempts and the last HTTP status or error. Written and flushed line by line from many
 * virtual users, so that a killed or interrupted run keeps what it had.
 */
final class SubmissionLog {

	private static BufferedWriter writer;

	private SubmissionLog() {
	}

	static synchronized void open() {
		try {
			Files.createDirectories(Settings.SUBMISSION_LOG.getParent());
			writer = Files.newBufferedWriter(Settings.SUBMISSION_LOG, StandardCharsets.UTF_8);
			writer.write("at,username,assignment_id,key,outcome,attempts,last_status\n");
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static synchronized void write(String username, String assignmentId, String key, boolean acknowledged,
			int attempts, String lastStatus) {
		try {
			writer.write(String.join(",", Instant.now().toString(), username, assignmentId, key,
					acknowledged ? "acknowledged" : "failed", Integer.toString(attempts),
					lastStatus.replace(',', ';').replace('\n', ' ')));
			writer.write('\n');
			writer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static synchronized void close() {
		try {
			if (writer != null) {
				writer.close();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
