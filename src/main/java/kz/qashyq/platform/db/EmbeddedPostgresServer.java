package kz.qashyq.platform.db;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The embedded PostgreSQL of the default run: its data kept in a folder, durable settings
 * (fsync and synchronous commit on), and a safe start after a crash.
 * <p>
 * A lock file next to the data folder is held while the platform runs. When the lock is
 * free but a server still runs on the data folder, the previous platform process died
 * (for example by SIGKILL) and left its server orphaned: that server is stopped before a
 * new one starts. When the lock is held, another platform process uses the folder and the
 * start is refused with a clear message.
 */
public final class EmbeddedPostgresServer implements Closeable {

	private static final Log logger = LogFactory.getLog(EmbeddedPostgresServer.class);

	private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.postgres = postgres;
	}

	/**
	 * Starts a durable server on the data folder, creating it on first start.
	 * @param dataDirectory the folder holding the database files
	 * @param port the port, or 0 for any free port
	 * @throws IllegalStateException when another platform process uses the folder or the
	 * server cannot start
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
		try {
			Path absolute = dataDirectory.toAbsolutePath().normalize();
			Files.createDirectories(absolute.getParent());
			Path lockFile = absolute.resolveSibling(absolute.getFileName() + ".lock");
			FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				channel.close();
				throw new IllegalStateException("The database folder " + absolute
						+ " is in use by another Qashyq process. Stop it first, or start this one in another folder.");
			}
			stopOrphanedServer(absolute);
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setDataDirectory(absolute)
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setPGStartupWait(Duration.ofSeconds(60));
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.start();
			logger
				.info("Embedded PostgreSQL is running on port " + postgres.getPort() + " with its data in " + absolute);
			return new EmbeddedPostgresServer(channel, lock, postgres);
		}
		catch (IOException ex) {
			throw new IllegalStateException("The embedded PostgreSQL could not start in " + dataDirectory + ": "
					+ ex.getMessage() + ". To use an external server instead, set SPRING_DATASOURCE_URL.", ex);
		}
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (java.nio.channels.OverlappingFileLockException ex) {
			return null; // held by this very JVM
		}
	}

	/**
	 * Stops a server that a killed process left running on the folder, and removes a
	 * stale pid file.
	 */
	static void stopOrphanedServer(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
		Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty()
				: parsePid(lines.get(0)).flatMap(ProcessHandle::of)
					.filter(ProcessHandle::isAlive)
					.filter(EmbeddedPostgresServer::isPostgres);
		if (process.isEmpty()) {
			logger.info("Removing the stale pid file of a server that is no longer running: " + pidFile);
			Files.deleteIfExists(pidFile);
			return;
		}
		ProcessHandle orphan = process.get();
		logger.warn("A PostgreSQL server (pid " + orphan.pid()
				+ ") was left running on the data folder by a previous run that did not stop cleanly; stopping it");
		// SIGTERM: PostgreSQL's smart shutdown, which finishes at once as the dead
		// process holds no sessions.
		orphan.destroy();
		if (!waitForExit(orphan)) {
			logger.warn("The orphaned server did not stop within " + ORPHAN_STOP_TIMEOUT + "; killing it");
			orphan.destroyForcibly();
			waitForExit(orphan);
		}
		Files.deleteIfExists(pidFile);
	}

	private static boolean waitForExit(ProcessHandle process) {
		try {
			process.onExit().get(ORPHAN_STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		catch (Exception ex) {
			return !process.isAlive();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map((command) -> command.contains("postgres")).orElse(true);
	}

	private static Optional<Long> parsePid(String line) {
		try {
			return Optional.of(Long.parseLong(line.trim()));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	public String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	public int port() {
		return this.postgres.getPort();
	}

	@Override
	public void close() throws IOException {
		try {
			this.postgres.close();
		}
		finally {
			this.lock.release();
			this.lockChannel.close();
		}
	}

}
