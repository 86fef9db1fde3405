package kz.qashyq.directory.internal.roster;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kz.qashyq.platform.spreadsheet.SpreadsheetType;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Roster import jobs and their errors. Status and progress changes are written in their
 * own short transactions, so that pages see them while an import's long transaction is
 * still open.
 */
@Repository
class RosterJobStore {

	private static final String SELECT = """
			select id, organization_id, kind, file_name, file_type, status, total_rows, processed_rows, error_count,
				learners_created, learners_linked, parents_created, parents_linked, staff_created, staff_linked,
				positions_created, created_by, created_at, finished_at
			from roster_import""";

	private static final String RUNNING = "('PENDING', 'VALIDATING', 'APPLYING')";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final TransactionTemplate ownTransaction;

	RosterJobStore(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.template = template;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	UUID create(long organizationId, RosterKind kind, String fileName, SpreadsheetType type, byte[] content,
			Long accountId, String username, String node) {
		UUID id = UUID.randomUUID();
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.sql("""
				insert into roster_import (id, organization_id, kind, file_name, file_type, file_size, content, status,
					created_by_account, created_by, node)
				values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?)""")
			.params(id, organizationId, kind.name(), fileName, type.name(), content.length, content, accountId,
					username, node)
			.update());
		return id;
	}

	Optional<RosterJob> find(UUID id) {
		return this.jdbc.sql(SELECT + " where id = ?").param(id).query(RosterJobStore::job).optional();
	}

	List<RosterJob> recent(long organizationId, int limit) {
		return this.jdbc.sql(SELECT + " where organization_id = ? order by created_at desc limit ?")
			.params(organizationId, limit)
			.query(RosterJobStore::job)
			.list();
	}

	byte[] content(UUID id) {
		return this.jdbc.sql("select content from roster_import where id = ?")
			.param(id)
			.query((rs, row) -> rs.getBytes(1))
			.optional()
			.orElse(null);
	}

	/**
	 * Takes a pending job for this node; false when it is no longer pending.
	 */
	boolean start(UUID id) {
		return this.ownTransaction.execute((status) -> this.jdbc.sql("""
				update roster_import set status = 'VALIDATING', started_at = now(), heartbeat_at = now()
				where id = ? and status = 'PENDING'""").param(id).update()) == 1;
	}

	void progress(UUID id, RosterJob.Status phase, int processed, Integer total) {
		this.ownTransaction.executeWithoutResult((status) -> this.jdbc.sql("""
				update roster_import set status = ?, processed_rows = ?, total_rows = coalesce(?, total_rows),
					heartbeat_at = now()
				where id = ? and status in """ + RUNNING).params(phase.name(), processed, total, id).update());
	}

	/**
	 * Ends a job as REJECTED (the file's fault) or FAILED (the server's) with its errors;
	 * the file is dropped.
	 */
	void finishWithErrors(UUID id, RosterJob.Status status, List<RowError> errors, int errorCount) {
		this.ownTransaction.executeWithoutResult((tx) -> {
			int updated = this.jdbc.sql("""
					update roster_import set status = ?, error_count = ?, content = null, finished_at = now()
					where id = ? and status in """ + RUNNING).params(status.name(), errorCount, id).update();
			if (updated == 1) {
				insertErrors(id, errors);
			}
		});
	}

	/**
	 * Ends a job as DONE with its counts, in the caller's (the import's) transaction.
	 */
	void finishDone(UUID id, int total, RosterWriter.Counts counts) {
		int updated = this.jdbc.sql("""
				update roster_import set status = 'DONE', processed_rows = ?, total_rows = ?, content = null,
					finished_at = now(), learners_created = ?, learners_linked = ?, parents_created = ?,
					parents_linked = ?, staff_created = ?, staff_linked = ?, positions_created = ?
				where id = ? and status = 'APPLYING'""")
			.params(total, total, counts.learnersCreated(), counts.learnersLinked(), counts.parentsCreated(),
					counts.parentsLinked(), counts.staffCreated(), counts.staffLinked(), counts.positionsCreated(), id)
			.update();
		if (updated != 1) {
			// failed meanwhile as abandoned: the import's transaction must not commit
			throw new IllegalStateException("Roster import " + id + " is no longer applying");
		}
	}

	private void insertErrors(UUID id, List<RowError> errors) {
		List<Object[]> rows = new ArrayList<>(errors.size());
		for (int i = 0; i < errors.size(); i++) {
			RowError error = errors.get(i);
			rows.add(new Object[] { id, i, error.row(), (error.column() != null) ? error.column().key() : null,
					error.code(), error.value(), error.args().toArray(String[]::new) });
		}
		this.template.batchUpdate("""
				insert into roster_import_error (import_id, seq, row_number, column_key, code, value, args)
				values (?, ?, ?, ?, ?, ?, ?)""", rows);
	}

	List<RowError> errors(UUID id, int limit) {
		return this.jdbc.sql("""
				select row_number, column_key, code, value, args from roster_import_error
				where import_id = ? order by seq limit ?""").params(id, limit).query((rs, row) -> {
			String column = rs.getString("column_key");
			String[] args = (String[]) rs.getArray("args").getArray();
			return new RowError(rs.getInt("row_number"), (column != null) ? RosterColumn.ofKey(column) : null,
					rs.getString("code"), rs.getString("value"), Arrays.asList(args));
		}).list();
	}

	/**
	 * Renews the lease of the jobs this node holds.
	 */
	void heartbeat(Collection<UUID> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("update roster_import set heartbeat_at = now() where id = any(?) and status in " + RUNNING)
				.param(ids.toArray(UUID[]::new))
				.update();
		}
	}

	/**
	 * Fails the jobs left running by a node that is gone: those of other nodes whose
	 * lease has not been renewed for {@code staleAfter}, and, at start-up, this node's
	 * own from before a restart.
	 * @return how many were failed
	 */
	int failAbandoned(String node, Duration staleAfter, boolean includingOwn) {
		Timestamp staleBefore = Timestamp.from(Instant.now().minus(staleAfter));
		return this.ownTransaction.execute((status) -> {
			List<UUID> ids = this.jdbc
				.sql("select id from roster_import where status in " + RUNNING
						+ " and ((node = ? and ?) or (node <> ? and heartbeat_at < ?)) for update skip locked")
				.params(node, includingOwn, node, staleBefore)
				.query(UUID.class)
				.list();
			for (UUID id : ids) {
				this.jdbc.sql("""
						update roster_import set status = 'FAILED', error_count = 1, content = null,
							finished_at = now() where id = ?""").param(id).update();
				insertErrors(id, List.of(RowError.ofFile("ABANDONED", List.of())));
			}
			return ids.size();
		});
	}

	private static RosterJob job(ResultSet rs, int row) throws SQLException {
		Timestamp finished = rs.getTimestamp("finished_at");
		return new RosterJob(rs.getObject("id", UUID.class), rs.getLong("organization_id"),
				RosterKind.valueOf(rs.getString("kind")), rs.getString("file_name"),
				SpreadsheetType.valueOf(rs.getString("file_type")), RosterJob.Status.valueOf(rs.getString("status")),
				(Integer) rs.getObject("total_rows"), rs.getInt("processed_rows"), rs.getInt("error_count"),
				rs.getInt("learners_created"), rs.getInt("learners_linked"), rs.getInt("parents_created"),
				rs.getInt("parents_linked"), rs.getInt("staff_created"), rs.getInt("staff_linked"),
				rs.getInt("positions_created"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				(finished != null) ? finished.toInstant() : null);
	}

}
