package kz.qashyq.demo.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.qashyq.coursework.GradingScale;
import kz.qashyq.coursework.GradingScales;
import kz.qashyq.schedule.ScheduledLesson;
import kz.qashyq.schedule.Timetables;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo journal, written after the timetables are approved: attendance at the current
 * week's past lessons of every demo class and group (most present online; some absent,
 * late or excused; learners without internet took part by TV or by post), a few manual
 * marks, and the preschool groups' daily attendance of the week with parent's-choice
 * absences (O-1.5e). Marks from coursework arrive later through {@code WorkGraded}. Every
 * choice is a hash of the ids, so the data is the same on every first start; a few
 * set-based statements per class keep it fast.
 */
@Component
class DemoJournal {

	private static final Log logger = LogFactory.getLog(DemoJournal.class);

	private static final String ACTOR = "demo";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Timetables timetables;

	private final GradingScales scales;

	private final Clock clock;

	DemoJournal(JdbcClient jdbc, JdbcTemplate template, Timetables timetables, GradingScales scales, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.timetables = timetables;
		this.scales = scales;
		this.clock = clock;
	}

	void load() {
		long started = System.nanoTime();
		List<GroupRow> groups = this.jdbc.sql("""
				select g.id, g.kind, g.organization_id, o.time_zone from study_group g
				join organization o on o.id = g.organization_id order by g.id""")
			.query((rs, row) -> new GroupRow(rs.getLong("id"), rs.getString("kind"), rs.getLong("organization_id"),
					ZoneId.of(rs.getString("time_zone"))))
			.list();
		int attendance = 0;
		int marks = 0;
		int days = 0;
		for (GroupRow group : groups) {
			LocalDateTime now = LocalDateTime.now(this.clock.withZone(group.zone()));
			LocalDate monday = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			List<LearnerRow> learners = this.jdbc.sql("""
					select person_id, has_internet from learner where group_id = ? order by person_id""")
				.param(group.id())
				.query((rs, row) -> new LearnerRow(rs.getLong("person_id"), rs.getBoolean("has_internet")))
				.list();
			if (learners.isEmpty()) {
				continue;
			}
			if ("PRESCHOOL_GROUP".equals(group.kind())) {
				days += preschool(group, learners, monday, now.toLocalDate());
				continue;
			}
			List<ScheduledLesson> past = this.timetables.lessonsOf(group.id(), monday, now.toLocalDate())
				.stream()
				.filter((l) -> !LocalDateTime.of(l.date(), l.localStart()).plusMinutes(l.minutes()).isAfter(now))
				.toList();
			if (past.isEmpty()) {
				continue;
			}
			Map<String, Long> lessonIds = lessons(group, past);
			attendance += attendance(group, past, lessonIds, learners);
			marks += marks(group, past, learners);
		}
		logger.info(String.format(
				"Demo journal written in %d ms: %d attendance marks, %d manual marks, %d preschool pupil-days",
				(System.nanoTime() - started) / 1_000_000, attendance, marks, days));
	}

	private Map<String, Long> lessons(GroupRow group, List<ScheduledLesson> past) {
		Map<String, Long> ids = new HashMap<>();
		this.jdbc.sql("""
				insert into journal_lesson (group_id, subject, lesson_date, start_time, timetable_lesson_id, created_by)
				select ?, s, cast(d as date), cast(t as time), l, ? from unnest(cast(? as text[]), cast(? as text[]),
					cast(? as text[]), cast(? as bigint[])) as x (s, d, t, l)
				on conflict (group_id, subject, lesson_date, start_time) do nothing
				returning id, subject, lesson_date, start_time""")
			.params(group.id(), ACTOR, past.stream().map(ScheduledLesson::subject).toArray(String[]::new),
					past.stream().map((l) -> l.date().toString()).toArray(String[]::new),
					past.stream().map((l) -> l.localStart().toString()).toArray(String[]::new),
					past.stream().map(ScheduledLesson::lessonId).toArray(Long[]::new))
			.query((rs, row) -> {
				ids.put(key(rs.getString("subject"), rs.getObject("lesson_date", LocalDate.class),
						rs.getObject("start_time", LocalTime.class)), rs.getLong("id"));
				return null;
			})
			.list();
		return ids;
	}

	private int attendance(GroupRow group, List<ScheduledLesson> past, Map<String, Long> lessonIds,
			List<LearnerRow> learners) {
		List<Object[]> rows = new ArrayList<>();
		for (ScheduledLesson lesson : past) {
			Long lessonId = lessonIds.get(key(lesson.subject(), lesson.date(), lesson.localStart()));
			if (lessonId == null) {
				continue;
			}
			for (LearnerRow learner : learners) {
				int roll = hash(lessonId, learner.id()) % 100;
				String status = (roll < 5) ? "ABSENT" : (roll < 9) ? "EXCUSED" : (roll < 13) ? "LATE" : "PRESENT";
				String participation = null;
				if (!status.equals("ABSENT") && !status.equals("EXCUSED")) {
					participation = !learner.hasInternet() ? ((hash(learner.id(), 7) % 2 == 0) ? "POST" : "TV")
							: (roll > 96) ? "TV" : "ONLINE";
				}
				rows.add(new Object[] { lessonId, learner.id(), status, participation,
						status.equals("EXCUSED") ? "ILLNESS_CERTIFICATE" : null, ACTOR });
			}
		}
		this.template.batchUpdate("""
				insert into lesson_attendance (lesson_id, learner_id, status, participation, reason, marked_by)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""", rows);
		return rows.size();
	}

	private int marks(GroupRow group, List<ScheduledLesson> past, List<LearnerRow> learners) {
		GradingScale scale = this.scales.scaleOf(group.organizationId());
		List<Object[]> rows = new ArrayList<>();
		for (ScheduledLesson lesson : past) {
			for (LearnerRow learner : learners) {
				int roll = hash(lesson.lessonId() * 31 + lesson.date().getDayOfYear(), learner.id()) % 100;
				if (roll >= 8) {
					continue;
				}
				BigDecimal mark = switch (scale) {
					case FIVE_POINT -> BigDecimal.valueOf(3 + roll % 3);
					case HUNDRED_POINT -> BigDecimal.valueOf(60 + roll * 5);
					case POINTS -> BigDecimal.valueOf(5 + roll);
				};
				rows.add(new Object[] { group.organizationId(), group.id(), learner.id(), lesson.subject(),
						lesson.date(), scale.name(), mark, ACTOR });
			}
		}
		this.template.batchUpdate(
				"""
						insert into journal_mark (organization_id, group_id, learner_id, subject, mark_date, kind, scale, mark, source,
							entered_by) values (?, ?, ?, ?, ?, 'CURRENT', ?, ?, 'MANUAL', ?)""",
				rows);
		return rows.size();
	}

	/**
	 * O-1.6b, O-1.5e: each working day of the week up to today; every seventh pupil's
	 * parent chose "stays at home" for the week, coded as the parent's choice.
	 */
	private int preschool(GroupRow group, List<LearnerRow> pupils, LocalDate monday, LocalDate today) {
		List<Object[]> choices = new ArrayList<>();
		List<Object[]> days = new ArrayList<>();
		for (LearnerRow pupil : pupils) {
			boolean staysHome = hash(pupil.id(), 3) % 7 == 0;
			if (staysHome) {
				choices.add(new Object[] { pupil.id(), monday, monday.plusDays(4), true, ACTOR });
			}
			for (LocalDate day = monday; !day.isAfter(today)
					&& day.getDayOfWeek().getValue() <= 5; day = day.plusDays(1)) {
				int roll = hash(pupil.id(), day.getDayOfYear()) % 100;
				boolean present = !staysHome && roll >= 8;
				String reason = staysHome ? "PARENTS_CHOICE" : present ? null : "ILLNESS";
				days.add(new Object[] { pupil.id(), day, group.id(), present, reason, staysHome, ACTOR });
			}
		}
		this.template.batchUpdate("""
				insert into preschool_attendance_choice (learner_id, from_date, to_date, stays_home, recorded_by)
				values (?, ?, ?, ?, ?)""", choices);
		this.template.batchUpdate("""
				insert into preschool_attendance (learner_id, day, group_id, present, reason, parents_choice, marked_by)
				values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", days);
		return days.size();
	}

	private static String key(String subject, LocalDate date, LocalTime start) {
		return subject + "|" + date + "|" + start;
	}

	private static int hash(long a, long b) {
		long h = a * 0x9E3779B97F4A7C15L + b * 0xC2B2AE3D27D4EB4FL;
		h ^= (h >>> 31);
		h *= 0x94D049BB133111EBL;
		h ^= (h >>> 29);
		return (int) Math.floorMod(h, 1_000_003L);
	}

	record GroupRow(long id, String kind, long organizationId, ZoneId zone) {

	}

	record LearnerRow(long id, boolean hasInternet) {

	}

}
