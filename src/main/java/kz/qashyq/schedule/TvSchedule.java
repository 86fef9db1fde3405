package kz.qashyq.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The national TV-lesson schedule (O-3.1a, A1-8.2a) as other modules and the schedule's
 * own pages use it. The schedule is public information: queries perform no access check.
 */
public interface TvSchedule {

	/**
	 * The time zone of the national broadcast: the times of an imported schedule file are
	 * local times here.
	 */
	ZoneId BROADCAST_ZONE = ZoneId.of("Asia/Almaty");

	/**
	 * The broadcasts for a grade that start at or after {@code from} and before
	 * {@code to}, by start.
	 * @param grade 0 to 12
	 * @param language {@code kk} or {@code ru}, or null for both
	 * @param from inclusive, never null
	 * @param to exclusive, never null
	 */
	List<TvBroadcast> forGrade(int grade, String language, Instant from, Instant to);

	/**
	 * The broadcasts that start at or after {@code from} and before {@code to}, by start.
	 * @param channel one channel, or null for both
	 */
	List<TvBroadcast> between(Instant from, Instant to, TvChannel channel);

	/**
	 * One broadcast, or empty if there is none with that id.
	 */
	Optional<TvBroadcast> find(long id);

	/**
	 * Stores broadcasts loaded by trusted code (demo data); a broadcast whose channel and
	 * start are taken already is skipped. No access check: users import through the TV
	 * schedule page.
	 * @param importedBy who is recorded as having imported them
	 * @return how many were stored
	 */
	int store(List<NewTvBroadcast> broadcasts, String importedBy);

}
