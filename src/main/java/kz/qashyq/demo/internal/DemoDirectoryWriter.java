package kz.qashyq.demo.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Writes the demo directory (no accounts) into a database with COPY, on the caller's
 * connection and in the caller's transaction.
 */
public final class DemoDirectoryWriter {

	private DemoDirectoryWriter() {
	}

	/**
	 * Plans the demo data for the academic year and writes it.
	 * @return the plan, with the ids the rows got in this database
	 */
	public static DemoPlan write(Connection connection, int academicYear) throws SQLException {
		CopyBuffers out = new CopyBuffers();
		DemoPlan plan = new DemoPlanner(academicYear, timeZoneOfRegion(connection),
				new IdSource.Sequences(connection, 4096), out)
			.plan();
		out.copyTo(connection);
		return plan;
	}

	private static String timeZoneOfRegion(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select time_zone from region where id = ?")) {
			statement.setLong(1, DemoPlanner.REGION_ID);
			try (ResultSet rows = statement.executeQuery()) {
				if (!rows.next()) {
					throw new IllegalStateException("Region " + DemoPlanner.REGION_ID + " (Karaganda) is missing");
				}
				return rows.getString(1);
			}
		}
	}

}
