package kz.qashyq.schedule.internal.tv;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.schedule.TvBroadcast;
import kz.qashyq.schedule.TvChannel;
import kz.qashyq.schedule.TvSchedule;

import org.springframework.stereotype.Service;

/**
 * The week page of the TV schedule: broadcasts of one week (Monday to Sunday, times of
 * the national broadcast), optionally of one channel. Every signed-in user may read it.
 */
@Service
public class TvWeekView {

	private final TvSchedule schedule;

	TvWeekView(TvSchedule schedule) {
		this.schedule = schedule;
	}

	public record Item(LocalTime start, LocalTime end, TvChannel channel, String language, int grade, String subject,
			String topic) {
	}

	public record Day(LocalDate date, List<Item> items) {
	}

	public record Week(LocalDate monday, LocalDate previous, LocalDate next, TvChannel channel, List<Day> days,
			int count, boolean canImport) {
	}

	/**
	 * @param anyDay a day of the week to show
	 * @param channel one channel, or null for both
	 */
	public Week week(LocalDate anyDay, TvChannel channel) {
		QashyqUser user = CurrentUser.get();
		LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		Instant from = monday.atStartOfDay(TvSchedule.BROADCAST_ZONE).toInstant();
		Instant to = monday.plusWeeks(1).atStartOfDay(TvSchedule.BROADCAST_ZONE).toInstant();
		Map<LocalDate, List<Item>> byDay = new TreeMap<>();
		List<TvBroadcast> broadcasts = this.schedule.between(from, to, channel);
		for (TvBroadcast b : broadcasts) {
			var start = b.startsAt().atZone(TvSchedule.BROADCAST_ZONE);
			var end = b.endsAt().atZone(TvSchedule.BROADCAST_ZONE);
			byDay.computeIfAbsent(start.toLocalDate(), (key) -> new ArrayList<>())
				.add(new Item(start.toLocalTime(), end.toLocalTime(), b.channel(), b.language(), b.grade(), b.subject(),
						b.topic()));
		}
		List<Day> days = byDay.entrySet().stream().map((e) -> new Day(e.getKey(), e.getValue())).toList();
		return new Week(monday, monday.minusWeeks(1), monday.plusWeeks(1), channel, days, broadcasts.size(),
				user.can(Permission.MANAGE_TV_SCHEDULE, ScopePath.republic()) && !user.isReadOnly());
	}

}
