package kz.qashyq.demo.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.schedule.EventTemplate;
import kz.qashyq.schedule.Events;
import kz.qashyq.schedule.NewTvBroadcast;
import kz.qashyq.schedule.TvChannel;
import kz.qashyq.schedule.TvSchedule;

import org.springframework.stereotype.Component;

/**
 * The schedule's demo data: a week of TV lessons in the current week and in the week of 6
 * April 2020 (Monday to Friday; EL ARNA for grades 5–11, Balapan for grades 1–4; a Kazakh
 * block in the morning and a Russian one in the afternoon, 30 minutes each), and the
 * order's 2020 events applied to the demo region's schools.
 */
@Component
class DemoSchedule {

	static final LocalDate APRIL_2020_WEEK = LocalDate.of(2020, 4, 6);

	private static final String[][] PRIMARY = { { "Математика", "Математика" }, { "Сауат ашу", "Обучение грамоте" },
			{ "Дүниетану", "Познание мира" }, { "Жаратылыстану", "Естествознание" },
			{ "Әдебиеттік оқу", "Литературное чтение" } };

	private static final String[][] SECONDARY = { { "Алгебра", "Алгебра" }, { "Физика", "Физика" },
			{ "Қазақстан тарихы", "История Казахстана" }, { "Биология", "Биология" }, { "Химия", "Химия" },
			{ "География", "География" }, { "Ағылшын тілі", "Английский язык" } };

	private final TvSchedule tv;

	private final Events events;

	private final Clock clock;

	DemoSchedule(TvSchedule tv, Events events, Clock clock) {
		this.tv = tv;
		this.events = events;
		this.clock = clock;
	}

	void load() {
		LocalDate today = LocalDate.now(this.clock.withZone(TvSchedule.BROADCAST_ZONE));
		this.tv.store(week(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))), "demo");
		if (!today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).equals(APRIL_2020_WEEK)) {
			this.tv.store(week(APRIL_2020_WEEK), "demo");
		}
		for (EventTemplate template : this.events.templates()) {
			this.events.applyTemplate(template.code(), ScopeRef.region(DemoPlanner.REGION_ID), "demo");
		}
	}

	static List<NewTvBroadcast> week(LocalDate monday) {
		List<NewTvBroadcast> broadcasts = new ArrayList<>();
		for (int d = 0; d < 5; d++) {
			LocalDate day = monday.plusDays(d);
			for (int grade = 5; grade <= 11; grade++) {
				String[] subject = SECONDARY[(grade + d) % SECONDARY.length];
				broadcasts.add(broadcast(TvChannel.EL_ARNA, "kk", grade, subject[0], day,
						LocalTime.of(8, 0).plusMinutes(30L * (grade - 5))));
				broadcasts.add(broadcast(TvChannel.EL_ARNA, "ru", grade, subject[1], day,
						LocalTime.of(14, 0).plusMinutes(30L * (grade - 5))));
			}
			for (int grade = 1; grade <= 4; grade++) {
				String[] subject = PRIMARY[(grade + d) % PRIMARY.length];
				broadcasts.add(broadcast(TvChannel.BALAPAN, "kk", grade, subject[0], day,
						LocalTime.of(9, 0).plusMinutes(30L * (grade - 1))));
				broadcasts.add(broadcast(TvChannel.BALAPAN, "ru", grade, subject[1], day,
						LocalTime.of(15, 0).plusMinutes(30L * (grade - 1))));
			}
		}
		return broadcasts;
	}

	private static NewTvBroadcast broadcast(TvChannel channel, String language, int grade, String subject,
			LocalDate day, LocalTime start) {
		ZonedDateTime starts = ZonedDateTime.of(day, start, TvSchedule.BROADCAST_ZONE);
		return new NewTvBroadcast(channel, language, grade, subject, null, starts.toInstant(),
				starts.plusMinutes(30).toInstant());
	}

}
