package kz.qashyq.demo.internal;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

import kz.qashyq.policy.GradeBand;
import kz.qashyq.policy.LessonRules;
import kz.qashyq.policy.PlannedLesson;
import kz.qashyq.policy.Policies;
import kz.qashyq.policy.Regime;
import org.postgresql.PGConnection;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Approved timetables for the benchmark organizations, planned without the solver: for
 * every class or group with learners (kindergarten groups left out) five or six lessons a
 * teaching day (no more than the policy allows its band), on the band's grid of the
 * policy in force on the Monday of the current week (earliest start, lesson length,
 * breaks), each with one of the class's teaching assignments. A teacher is only placed
 * where none of their lessons overlaps; the preferred assignment of a slot shifts with
 * the slot, so that teachers who share classes rarely collide. The timetable is in force
 * from that Monday, its lessons are live online in the distance regime (one meeting link
 * per class and subject) and in person otherwise; the study load is derived from it.
 */
@Component
class BenchmarkTimetables {

	static final String ACTOR = "generator";

	private final JdbcClient jdbc;

	private final DataSource dataSource;

	private final Policies policies;

	private final String meetingBaseUrl;

	BenchmarkTimetables(JdbcClient jdbc, DataSource dataSource, Policies policies,
			@Value("${qashyq.events.meeting-base-url:https://meet.jit.si/qashyq-}") String meetingBaseUrl) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.policies = policies;
		this.meetingBaseUrl = meetingBaseUrl;
	}

	/** What was written. */
	record Counts(long timetables, long lessons, long studyLoad) {

		Counts plus(Counts other) {
			return new Counts(this.timetables + other.timetables, this.lessons + other.lessons,
					this.studyLoad + other.studyLoad);
		}

	}

	/**
	 * Plans and writes the timetables of the given organizations.
	 * @param now the instant whose week the timetables cover
	 */
	Counts write(List<Long> organizationIds, Instant now, long seed) {
		Map<Long, Organization> organizations = load(organizationIds);
		Random random = new Random(seed);
		StringBuilder lessons = new StringBuilder();
		long lessonCount = 0;
		long timetables = 0;
		for (Organization organization : organizations.values()) {
			if (organization.groups.isEmpty()) {
				continue;
			}
			LocalDate monday = LocalDate.ofInstant(now, organization.zone)
				.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			List<Lesson> planned = plan(organization, monday);
			if (planned.isEmpty()) {
				continue;
			}
			boolean live = this.policies.regimeOn(organization.id, monday) == Regime.DISTANCE;
			long timetableId = this.jdbc
				.sql("""
						insert into timetable (organization_id, valid_from, status, source, note, created_by, approved_by,
							approved_at) values (?, ?, 'APPROVED', 'GENERATED', 'benchmark data', ?, ?, now()) returning id""")
				.params(organization.id, monday, ACTOR, ACTOR)
				.query(Long.class)
				.single();
			timetables++;
			Map<String, String> rooms = new HashMap<>();
			for (Lesson lesson : planned) {
				String link = live ? rooms.computeIfAbsent(lesson.groupId + "/" + lesson.subject, (key) -> link(random))
						: null;
				lessons.append(timetableId)
					.append('\t')
					.append(lesson.groupId)
					.append('\t')
					.append(lesson.subject)
					.append('\t')
					.append(lesson.teacherId)
					.append('\t')
					.append(lesson.weekday)
					.append('\t')
					.append(LocalTime.ofSecondOfDay(lesson.start * 60L))
					.append('\t')
					.append(lesson.minutes)
					.append('\t')
					.append(live ? "LIVE" : "IN_PERSON")
					.append('\t')
					.append((link != null) ? link : "\\N")
					.append('\n');
				lessonCount++;
			}
		}
		copyLessons(lessons);
		long studyLoad = this.jdbc.sql("""
				insert into study_load (group_id, subject, teacher_id, hours_per_week, live)
				select l.group_id, l.subject, min(l.teacher_id), count(*), bool_or(l.mode = 'LIVE')
				from timetable t join timetable_lesson l on l.timetable_id = t.id
				where t.organization_id in (:ids) and t.created_by = :actor and t.status = 'APPROVED'
				group by l.group_id, l.subject
				on conflict (group_id, subject) do nothing""")
			.param("ids", organizationIds)
			.param("actor", ACTOR)
			.update();
		return new Counts(timetables, lessonCount, studyLoad);
	}

	private String link(Random random) {
		byte[] room = new byte[15];
		random.nextBytes(room);
		return this.meetingBaseUrl + Base64.getUrlEncoder().withoutPadding().encodeToString(room);
	}

	private void copyLessons(StringBuilder lessons) {
		if (lessons.length() == 0) {
			return;
		}
		try (Connection connection = this.dataSource.getConnection()) {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY timetable_lesson (timetable_id, group_id, subject, teacher_id, weekday, start_time, "
						+ "minutes, mode, meeting_url) FROM STDIN", new StringReader(lessons.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("COPY into timetable_lesson failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The week of one organization, day by day and class by class. Lessons of a class
	 * take its band's slots in order, so a class is never in two places at once; a
	 * teacher's lessons are checked against their other lessons of the day.
	 */
	List<Lesson> plan(Organization organization, LocalDate monday) {
		Map<GradeBand, Optional<Grid>> grids = new HashMap<>();
		List<Lesson> lessons = new ArrayList<>();
		Map<Long, List<int[]>> busy = new HashMap<>();
		for (int weekday = 1; weekday <= 7; weekday++) {
			busy.clear();
			for (int g = 0; g < organization.groups.size(); g++) {
				Group group = organization.groups.get(g);
				int day = weekday;
				Optional<Grid> found = grids.computeIfAbsent(group.band, (band) -> grid(organization.id, band, monday));
				if (found.isEmpty() || !found.get().days.contains(DayOfWeek.of(day))) {
					continue;
				}
				Grid grid = found.get();
				int wanted = Math.min(grid.starts.size(), 5 + (g + day) % 2);
				int placed = 0;
				int size = group.assignments.size();
				for (int s = 0; s < grid.starts.size() && placed < wanted; s++) {
					int start = grid.starts.get(s);
					for (int k = 0; k < size; k++) {
						Assignment assignment = group.assignments.get((s + day + k) % size);
						List<int[]> taken = busy.computeIfAbsent(assignment.teacherId, (t) -> new ArrayList<>());
						if (overlaps(taken, start, start + grid.minutes)) {
							continue;
						}
						taken.add(new int[] { start, start + grid.minutes });
						lessons.add(new Lesson(group.id, assignment.subject, assignment.teacherId, day, start,
								grid.minutes));
						placed++;
						break;
					}
				}
			}
		}
		return lessons;
	}

	private static boolean overlaps(List<int[]> taken, int from, int to) {
		for (int[] interval : taken) {
			if (from < interval[1] && interval[0] < to) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The slots of a band as the timetable generator builds them: from the earliest
	 * start, one lesson and one break apart, as many as the policy allows a day; only
	 * those the policy accepts on Monday.
	 */
	private Optional<Grid> grid(long organizationId, GradeBand band, LocalDate monday) {
		Optional<LessonRules> found = this.policies.lessonRules(organizationId, band, monday);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		LessonRules rules = found.get();
		boolean live = this.policies.regimeOn(organizationId, monday) == Regime.DISTANCE;
		int minutes = rules.maxMinutes(live);
		int step = rules.maxLessonMinutes() + rules.breakMinutes();
		int first = rules.earliestStart().getHour() * 60 + rules.earliestStart().getMinute();
		List<Integer> starts = new ArrayList<>();
		for (int i = 0; i < rules.maxLessonsPerDay(); i++) {
			int start = first + i * step;
			if (start + minutes > 24 * 60) {
				break;
			}
			if (this.policies
				.check(new PlannedLesson(organizationId, band, monday, LocalTime.ofSecondOfDay(start * 60L), minutes,
						live))
				.isEmpty()) {
				starts.add(start);
			}
		}
		return starts.isEmpty() ? Optional.empty() : Optional.of(new Grid(starts, minutes, rules.teachingDays()));
	}

	/**
	 * The organizations with their classes and groups (kindergarten groups and groups
	 * without learners or teaching assignments left out) and their assignments. A class's
	 * assignments are ordered by teacher position in the organization minus the class's
	 * position (how the generator hands out teachers), so that the same slot prefers
	 * different teachers in neighbouring classes.
	 */
	Map<Long, Organization> load(List<Long> organizationIds) {
		Map<Long, Organization> organizations = new LinkedHashMap<>();
		Map<Long, Group> groups = new HashMap<>();
		this.jdbc.sql("""
				select g.id, g.organization_id, g.kind, g.grade, o.time_zone from study_group g
				join organization o on o.id = g.organization_id
				where g.organization_id in (:ids) and g.kind <> 'PRESCHOOL_GROUP'
				and exists (select 1 from learner l where l.group_id = g.id)
				order by g.organization_id, g.id""").param("ids", organizationIds).query((rs) -> {
			ZoneId zone = ZoneId.of(rs.getString("time_zone"));
			Organization organization = organizations.computeIfAbsent(rs.getLong("organization_id"),
					(id) -> new Organization(id, zone));
			Group group = new Group(rs.getLong("id"),
					GradeBand.of(rs.getString("kind"), (Integer) rs.getObject("grade")));
			organization.groups.add(group);
			groups.put(group.id, group);
		});
		this.jdbc.sql("""
				select t.group_id, t.person_id, t.subject from teaching_assignment t
				join study_group g on g.id = t.group_id
				where g.organization_id in (:ids) order by t.group_id, t.person_id, t.subject""")
			.param("ids", organizationIds)
			.query((rs) -> {
				Group group = groups.get(rs.getLong("group_id"));
				if (group != null) {
					group.assignments.add(new Assignment(rs.getLong("person_id"), rs.getString("subject")));
				}
			});
		for (Organization organization : organizations.values()) {
			organization.groups.removeIf((group) -> group.assignments.isEmpty());
			List<Long> teachers = organization.groups.stream()
				.flatMap((group) -> group.assignments.stream())
				.map(Assignment::teacherId)
				.distinct()
				.sorted()
				.toList();
			Map<Long, Integer> position = new HashMap<>();
			for (int i = 0; i < teachers.size(); i++) {
				position.put(teachers.get(i), i);
			}
			for (int g = 0; g < organization.groups.size(); g++) {
				Group group = organization.groups.get(g);
				int index = g;
				group.assignments.sort(Comparator
					.comparingInt((Assignment a) -> Math.floorMod(position.get(a.teacherId) - index, teachers.size()))
					.thenComparing(Assignment::subject));
			}
		}
		return organizations;
	}

	static final class Organization {

		final long id;

		final ZoneId zone;

		final List<Group> groups = new ArrayList<>();

		Organization(long id, ZoneId zone) {
			this.id = id;
			this.zone = zone;
		}

	}

	static final class Group {

		final long id;

		final GradeBand band;

		final List<Assignment> assignments = new ArrayList<>();

		Group(long id, GradeBand band) {
			this.id = id;
			this.band = band;
		}

	}

	record Assignment(long teacherId, String subject) {

	}

	record Lesson(long groupId, String subject, long teacherId, int weekday, int start, int minutes) {

	}

	private record Grid(List<Integer> starts, int minutes, Set<DayOfWeek> days) {

	}

}
