package kz.qashyq.demo.internal;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows of the directory's tables in PostgreSQL's COPY text format, written to the
 * database table by table in foreign-key order with {@link CopyManager}. The demo data
 * and the benchmark generator build their rows here; nothing else writes this way (see
 * ADR 0003).
 */
final class CopyBuffers {

	/**
	 * The tables written, in an order that satisfies their foreign keys. Tables whose ids
	 * nobody refers to let the database assign them.
	 */
	enum Table {

		DISTRICT("district", "id, region_id, kind, name_kk, name_ru, name_en"),

		SETTLEMENT("settlement", "id, district_id, name_kk, name_ru, name_en, urban, remote, infection_registered"),

		KAZPOST_BRANCH("kazpost_branch", "id, postcode, settlement_id, address"),

		ORGANIZATION("organization",
				"id, settlement_id, kind, ownership, name_kk, name_ru, name_en, bin, languages, time_zone, address, has_dormitory"),

		STUDY_GROUP("study_group",
				"id, organization_id, kind, name, grade, letter, shift, specialty, course_year, graduating, language, academic_year"),

		HOUSEHOLD_DEVICE("household_device", "id, description"),

		PERSON("person",
				"id, iin, last_name, first_name, middle_name, birth_date, gender, phone, email, postal_address, kazpost_branch_id"),

		CONTACT_CHANNEL("contact_channel", "person_id, channel, value"),

		LEARNER("learner",
				"person_id, organization_id, group_id, kind, enrolled_on, device_access, household_device_id, has_internet"),

		PARENT_LINK("parent_link", "learner_id, parent_id, relation, primary_contact"),

		SOCIAL_FLAG("social_flag", "learner_id, flag, valid_from, valid_to, document, document_date, set_by"),

		STAFF_POSITION("staff_position", "person_id, organization_id, position, subject, from_date, to_date"),

		GROUP_SUPERVISOR("group_supervisor", "group_id, person_id, from_date, to_date"),

		TEACHING_ASSIGNMENT("teaching_assignment", "group_id, person_id, subject");

		private final String table;

		private final String columns;

		private final int width;

		Table(String table, String columns) {
			this.table = table;
			this.columns = columns;
			this.width = columns.split(",").length;
		}

		String tableName() {
			return this.table;
		}

	}

	private final Map<Table, StringBuilder> text = new EnumMap<>(Table.class);

	private final Map<Table, Long> pending = new EnumMap<>(Table.class);

	private final Map<Table, Long> written = new EnumMap<>(Table.class);

	CopyBuffers() {
		for (Table table : Table.values()) {
			this.text.put(table, new StringBuilder());
			this.pending.put(table, 0L);
			this.written.put(table, 0L);
		}
	}

	/**
	 * Adds a row; values are written in the table's column order (null, strings, numbers,
	 * booleans, dates, string arrays).
	 */
	void add(Table table, Object... values) {
		if (values.length != table.width) {
			throw new IllegalArgumentException(table + " has " + table.width + " columns, got " + values.length);
		}
		StringBuilder line = this.text.get(table);
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				line.append('\t');
			}
			append(line, values[i]);
		}
		line.append('\n');
		this.pending.merge(table, 1L, Long::sum);
	}

	private static void append(StringBuilder line, Object value) {
		if (value == null) {
			line.append("\\N");
		}
		else if (value instanceof Boolean bool) {
			line.append(bool ? 't' : 'f');
		}
		else if (value instanceof Number || value instanceof LocalDate) {
			line.append(value);
		}
		else if (value instanceof String[] array) {
			line.append('{');
			for (int i = 0; i < array.length; i++) {
				if (i > 0) {
					line.append(',');
				}
				line.append(array[i]);
			}
			line.append('}');
		}
		else {
			escape(line, value.toString());
		}
	}

	private static void escape(StringBuilder line, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> line.append("\\\\");
				case '\t' -> line.append("\\t");
				case '\n' -> line.append("\\n");
				case '\r' -> line.append("\\r");
				default -> line.append(c);
			}
		}
	}

	/** Whether no rows wait to be written. */
	boolean isEmpty() {
		return this.pending.values().stream().allMatch((rows) -> rows == 0);
	}

	/** Rows added and not yet written. */
	long pending(Table table) {
		return this.pending.get(table);
	}

	/** Rows written so far. */
	long written(Table table) {
		return this.written.get(table);
	}

	/** Rows added so far, written or not. */
	long total(Table table) {
		return this.written.get(table) + this.pending.get(table);
	}

	/**
	 * Writes the pending rows with COPY on the given connection (in its transaction, if
	 * any) and empties the buffers.
	 * @return the number of rows written
	 */
	long copyTo(Connection connection) throws SQLException {
		CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
		long rows = 0;
		for (Table table : Table.values()) {
			StringBuilder buffer = this.text.get(table);
			if (buffer.length() == 0) {
				continue;
			}
			try {
				rows += copy.copyIn("COPY " + table.table + " (" + table.columns + ") FROM STDIN",
						new CharSequenceReader(buffer), 1 << 16);
			}
			catch (IOException ex) {
				throw new SQLException("COPY into " + table.table + " failed: " + ex.getMessage(), ex);
			}
			this.written.merge(table, this.pending.get(table), Long::sum);
			this.pending.put(table, 0L);
			buffer.setLength(0);
			buffer.trimToSize();
		}
		return rows;
	}

	/**
	 * A reader over a character sequence, so that a large buffer is not copied into a
	 * string first.
	 */
	private static final class CharSequenceReader extends Reader {

		private final CharSequence text;

		private int position;

		CharSequenceReader(CharSequence text) {
			this.text = text;
		}

		@Override
		public int read(char[] target, int offset, int length) {
			if (this.position >= this.text.length()) {
				return -1;
			}
			int count = Math.min(length, this.text.length() - this.position);
			if (this.text instanceof StringBuilder builder) {
				builder.getChars(this.position, this.position + count, target, offset);
			}
			else {
				for (int i = 0; i < count; i++) {
					target[offset + i] = this.text.charAt(this.position + i);
				}
			}
			this.position += count;
			return count;
		}

		@Override
		public void close() {
		}

	}

}
