package kz.qashyq.platform.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddedPostgresServerTests {

	@TempDir
	Path folder;

	@Test
	void shouldKeepDataDurableAcrossRestarts() throws Exception {
		Path data = this.folder.resolve("pg");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
			execute(server.jdbcUrl(), "create table kept (v text); insert into kept values ('still here')");
			assertThat(query(server.jdbcUrl(), "show fsync")).isEqualTo("on");
			assertThat(query(server.jdbcUrl(), "show synchronous_commit")).isEqualTo("on");
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
			assertThat(query(server.jdbcUrl(), "select v from kept")).isEqualTo("still here");
		}
	}

	@Test
	void shouldStopAServerOrphanedByAKilledProcessAndStartAgain() throws Exception {
		Path data = this.folder.resolve("pg");
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, 0)) {
			execute(first.jdbcUrl(), "create table kept (v text); insert into kept values ('before the crash')");
		}
		// What SIGKILL leaves behind: a server running on the folder, started by a
		// process that is gone, so no
		// lock is held. Started here through pg_ctl as a separate process, as the
		// embedded library does it.
		startDetachedServer(data);
		long orphanPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
		assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).contains(true);
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
			Optional<ProcessHandle> old = ProcessHandle.of(orphanPid);
			assertThat(old.map(ProcessHandle::isAlive).orElse(false)).as("the orphan was stopped").isFalse();
			assertThat(query(server.jdbcUrl(), "select v from kept")).isEqualTo("before the crash");
		}
	}

	private static void startDetachedServer(Path data) throws Exception {
		Path binaries;
		try (Stream<Path> folders = Files.list(Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg"))) {
			binaries = folders.filter((folder) -> Files.isExecutable(folder.resolve("bin/pg_ctl")))
				.findFirst()
				.orElseThrow()
				.resolve("bin");
		}
		List<String> command = new ArrayList<>();
		if ("root".equals(System.getProperty("user.name"))) {
			command.addAll(List.of("unshare", "-U")); // PostgreSQL refuses to run as
														// root, as the library knows
		}
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		command.addAll(List.of(binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-o", "-p " + port, "-l",
				data.resolveSibling("orphan.log").toString(), "-w", "start"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
	}

	@Test
	void shouldRemoveAStalePidFileOfADeadServer() throws Exception {
		Path data = this.folder.resolve("pg");
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, 0)) {
			assertThat(first.port()).isPositive();
		}
		Files.writeString(data.resolve("postmaster.pid"), "999999999\n" + data + "\n");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, 0)) {
			assertThat(query(server.jdbcUrl(), "select 'up'")).isEqualTo("up");
		}
	}

	@Test
	void shouldRefuseAFolderInUseByAnotherPlatformProcess() {
		Path data = this.folder.resolve("pg");
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data, 0)) {
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, 0)).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("in use by another Qashyq process");
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	private static void execute(String url, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(url)) {
			connection.createStatement().execute(sql);
		}
	}

	private static String query(String url, String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(url);
				ResultSet rs = connection.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}

}
