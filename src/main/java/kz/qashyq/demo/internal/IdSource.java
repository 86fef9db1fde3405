package kz.qashyq.demo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

import kz.qashyq.demo.internal.CopyBuffers.Table;

/**
 * Ids for the rows written with COPY, taken from the tables' own sequences, so that rows
 * written later by the application never collide with them.
 */
interface IdSource {

	long next(Table table);

	/**
	 * Ids from the database sequences, fetched in blocks on the given connection
	 * ({@code nextval} is not transactional, so a block is never handed out twice). The
	 * blocks start small and double up to the maximum size, so that a small load leaves
	 * only a small gap in a sequence.
	 */
	final class Sequences implements IdSource {

		private final Connection connection;

		private final int maximumBlockSize;

		private final Map<Table, long[]> blocks = new EnumMap<>(Table.class);

		private final Map<Table, Integer> positions = new EnumMap<>(Table.class);

		Sequences(Connection connection, int maximumBlockSize) {
			this.connection = connection;
			this.maximumBlockSize = maximumBlockSize;
		}

		@Override
		public long next(Table table) {
			long[] block = this.blocks.get(table);
			int position = this.positions.getOrDefault(table, 0);
			if (block == null || position >= block.length) {
				int size = (block != null) ? Math.min(block.length * 2, this.maximumBlockSize) : 8;
				block = fetch(table, size);
				this.blocks.put(table, block);
				position = 0;
			}
			this.positions.put(table, position + 1);
			return block[position];
		}

		private long[] fetch(Table table, int size) {
			long[] block = new long[size];
			try (PreparedStatement statement = this.connection
				.prepareStatement("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")) {
				statement.setString(1, table.tableName());
				statement.setInt(2, size);
				try (ResultSet rows = statement.executeQuery()) {
					int i = 0;
					while (rows.next()) {
						block[i++] = rows.getLong(1);
					}
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not take ids for " + table.tableName(), ex);
			}
			return block;
		}

	}

	/**
	 * Ids counted from 1 per table, for a plan that is built but not written.
	 */
	final class Counting implements IdSource {

		private final Map<Table, Long> last = new EnumMap<>(Table.class);

		@Override
		public long next(Table table) {
			return this.last.merge(table, 1L, Long::sum);
		}

	}

}
