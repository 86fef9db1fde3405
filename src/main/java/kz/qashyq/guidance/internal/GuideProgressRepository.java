package kz.qashyq.guidance.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each account's progress through its guides: openings, steps done, completion.
 */
@Repository
class GuideProgressRepository {

	private static final String PROGRESS = """
			select g.guide, g.views, g.first_viewed_at, g.completed_at,
				array(select d.step from guide_step_done d where d.account_id = g.account_id and d.guide = g.guide) as steps
			from guide_progress g""";

	private final JdbcClient jdbc;

	GuideProgressRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts one opening of the guide.
	 */
	void countView(long accountId, Long personId, Guide guide, Instant at) {
		this.jdbc.sql("""
				insert into guide_progress (account_id, guide, person_id, views, first_viewed_at, last_viewed_at)
				values (?, ?, ?, 1, ?, ?)
				on conflict (account_id, guide) do update set views = guide_progress.views + 1,
					last_viewed_at = excluded.last_viewed_at, person_id = excluded.person_id,
					first_viewed_at = coalesce(guide_progress.first_viewed_at, excluded.first_viewed_at)""")
			.params(accountId, guide.name(), personId, Timestamp.from(at), Timestamp.from(at))
			.update();
	}

	/**
	 * Records a step as done (once); the guide's row is created unopened if it is
	 * missing.
	 */
	void markDone(long accountId, Long personId, Guide guide, String step, Instant at) {
		this.jdbc.sql("""
				insert into guide_progress (account_id, guide, person_id) values (?, ?, ?)
				on conflict (account_id, guide) do nothing""").params(accountId, guide.name(), personId).update();
		this.jdbc.sql("""
				insert into guide_step_done (account_id, guide, step, done_at) values (?, ?, ?, ?)
				on conflict do nothing""").params(accountId, guide.name(), step, Timestamp.from(at)).update();
	}

	/**
	 * Marks the guide completed, unless it was completed before.
	 */
	void complete(long accountId, Guide guide, Instant at) {
		this.jdbc
			.sql("""
					update guide_progress set completed_at = ? where account_id = ? and guide = ? and completed_at is null""")
			.params(Timestamp.from(at), accountId, guide.name())
			.update();
	}

	Optional<Progress> progress(long accountId, Guide guide) {
		return this.jdbc.sql(PROGRESS + " where g.account_id = ? and g.guide = ?")
			.params(accountId, guide.name())
			.query(GuideProgressRepository::progress)
			.optional();
	}

	/**
	 * The account's progress in every guide it has opened or worked on; one statement.
	 */
	List<Progress> progressOf(long accountId) {
		return this.jdbc.sql(PROGRESS + " where g.account_id = ? order by g.guide")
			.param(accountId)
			.query(GuideProgressRepository::progress)
			.list()
			.stream()
			.filter((progress) -> progress.guide() != null)
			.toList();
	}

	/**
	 * The guides each of the people has completed (through any of their accounts); people
	 * who completed none are left out.
	 */
	Map<Long, Set<Guide>> completedBy(Collection<Long> personIds) {
		Map<Long, Set<Guide>> completed = new HashMap<>();
		if (personIds.isEmpty()) {
			return completed;
		}
		this.jdbc.sql("""
				select person_id, guide from guide_progress
				where person_id = any(?) and completed_at is not null""")
			.param(personIds.toArray(Long[]::new))
			.query((rs) -> {
				Guide guide = Guide.ofName(rs.getString("guide"));
				if (guide != null) {
					completed.computeIfAbsent(rs.getLong("person_id"), (id) -> EnumSet.noneOf(Guide.class)).add(guide);
				}
			});
		return completed;
	}

	private static Progress progress(ResultSet rs, int row) throws SQLException {
		Array steps = rs.getArray("steps");
		Timestamp first = rs.getTimestamp("first_viewed_at");
		Timestamp completed = rs.getTimestamp("completed_at");
		return new Progress(Guide.ofName(rs.getString("guide")), rs.getInt("views"),
				(first != null) ? first.toInstant() : null, (completed != null) ? completed.toInstant() : null,
				Set.of((String[]) steps.getArray()));
	}

	/**
	 * An account's progress in one guide.
	 *
	 * @param guide the guide (null for a guide this release no longer has)
	 * @param views how often it was opened
	 * @param firstViewedAt when it was first opened, or null
	 * @param completedAt when its last step was done, or null
	 * @param stepsDone the steps done
	 */
	record Progress(Guide guide, int views, Instant firstViewedAt, Instant completedAt, Set<String> stepsDone) {
	}

}
