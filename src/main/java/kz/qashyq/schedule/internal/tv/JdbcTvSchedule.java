package kz.qashyq.schedule.internal.tv;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import kz.qashyq.schedule.NewTvBroadcast;
import kz.qashyq.schedule.TvBroadcast;
import kz.qashyq.schedule.TvChannel;
import kz.qashyq.schedule.TvSchedule;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The TV schedule facade and the importer's queries, on the {@code tv_broadcast} table.
 */
@Service
class JdbcTvSchedule implements TvSchedule {

	private static final String COLUMNS = "id, channel, language, grade, subject, topic, starts_at, ends_at ";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	JdbcTvSchedule(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	@Override
	public List<TvBroadcast> forGrade(int grade, String language, Instant from, Instant to) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from tv_broadcast where grade = ? and starts_at >= ? and starts_at < ?
				and (cast(? as text) is null or language = ?) order by starts_at, channel""")
			.params(grade, Timestamp.from(from), Timestamp.from(to), language, language)
			.query(JdbcTvSchedule::broadcast)
			.list();
	}

	@Override
	public List<TvBroadcast> between(Instant from, Instant to, TvChannel channel) {
		String name = (channel != null) ? channel.name() : null;
		return this.jdbc.sql("select " + COLUMNS + """
				 from tv_broadcast where starts_at >= ? and starts_at < ?
				and (cast(? as text) is null or channel = ?) order by starts_at, channel""")
			.params(Timestamp.from(from), Timestamp.from(to), name, name)
			.query(JdbcTvSchedule::broadcast)
			.list();
	}

	@Override
	public Optional<TvBroadcast> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from tv_broadcast where id = ?")
			.param(id)
			.query(JdbcTvSchedule::broadcast)
			.optional();
	}

	/**
	 * The stored broadcasts of a channel that overlap the time from {@code from} to
	 * {@code to}.
	 */
	List<TvBroadcast> overlapping(TvChannel channel, Instant from, Instant to) {
		return this.jdbc.sql("select " + COLUMNS + """
				from tv_broadcast where channel = ? and starts_at < ? and ends_at > ? order by starts_at""")
			.params(channel.name(), Timestamp.from(to), Timestamp.from(from))
			.query(JdbcTvSchedule::broadcast)
			.list();
	}

	@Override
	@Transactional
	public int store(List<NewTvBroadcast> broadcasts, String importedBy) {
		broadcasts.forEach(JdbcTvSchedule::check);
		int[][] counts = this.template.batchUpdate("""
				insert into tv_broadcast (channel, language, grade, subject, topic, starts_at, ends_at, imported_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (channel, starts_at) do nothing""", broadcasts, 500,
				(ps, b) -> {
					ps.setString(1, b.channel().name());
					ps.setString(2, b.language());
					ps.setInt(3, b.grade());
					ps.setString(4, b.subject());
					ps.setString(5, b.topic());
					ps.setTimestamp(6, Timestamp.from(b.startsAt()));
					ps.setTimestamp(7, Timestamp.from(b.endsAt()));
					ps.setString(8, importedBy);
				});
		int stored = 0;
		for (int[] batch : counts) {
			for (int count : batch) {
				stored += Math.max(count, 0);
			}
		}
		return stored;
	}

	/**
	 * Stores every broadcast or none: a clash with a row stored meanwhile fails the whole
	 * batch (unique channel and start).
	 */
	void insertAll(List<NewTvBroadcast> broadcasts, String importedBy) {
		this.template.batchUpdate("""
				insert into tv_broadcast (channel, language, grade, subject, topic, starts_at, ends_at, imported_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", broadcasts, 500, (ps, b) -> {
			ps.setString(1, b.channel().name());
			ps.setString(2, b.language());
			ps.setInt(3, b.grade());
			ps.setString(4, b.subject());
			ps.setString(5, b.topic());
			ps.setTimestamp(6, Timestamp.from(b.startsAt()));
			ps.setTimestamp(7, Timestamp.from(b.endsAt()));
			ps.setString(8, importedBy);
		});
	}

	private static void check(NewTvBroadcast b) {
		if (b.channel() == null || b.startsAt() == null || b.endsAt() == null || !b.endsAt().isAfter(b.startsAt())) {
			throw new IllegalArgumentException("A broadcast needs a channel and an end after its start: " + b);
		}
		if (!"kk".equals(b.language()) && !"ru".equals(b.language())) {
			throw new IllegalArgumentException("The language must be kk or ru: " + b);
		}
		if (b.grade() < 0 || b.grade() > 12 || b.subject() == null || b.subject().isBlank()) {
			throw new IllegalArgumentException("The grade must be 0 to 12 and the subject given: " + b);
		}
	}

	private static TvBroadcast broadcast(ResultSet rs, int row) throws SQLException {
		return new TvBroadcast(rs.getLong("id"), TvChannel.valueOf(rs.getString("channel")), rs.getString("language"),
				rs.getInt("grade"), rs.getString("subject"), rs.getString("topic"),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant());
	}

}
