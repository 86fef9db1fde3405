package kz.qashyq.schedule.myday;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of the schedule tables for tests, made here (the timetable, TV and event modules
 * fill them in the application).
 */
public final class ScheduleTestData {

	private final JdbcClient jdbc;

	public ScheduleTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long timetable(long organizationId, LocalDate validFrom, String status) {
		return this.jdbc
			.sql("""
					insert into timetable (organization_id, valid_from, status, source, created_by, approved_by, approved_at)
					values (?, ?, ?, 'MANUAL', 'test', 'test', now()) returning id""")
			.params(organizationId, validFrom, status)
			.query(Long.class)
			.single();
	}

	public long approvedTimetable(long organizationId, LocalDate validFrom) {
		return timetable(organizationId, validFrom, "APPROVED");
	}

	public long lesson(long timetableId, long groupId, String subject, Long teacherId, int weekday, String start,
			int minutes, String mode, String meetingUrl, Long broadcastId) {
		return this.jdbc.sql("""
				insert into timetable_lesson (timetable_id, group_id, subject, teacher_id, weekday, start_time, minutes,
					mode, meeting_url, tv_broadcast_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(timetableId, groupId, subject, teacherId, weekday, LocalTime.parse(start), minutes, mode,
					meetingUrl, broadcastId)
			.query(Long.class)
			.single();
	}

	public long liveLesson(long timetableId, long groupId, String subject, Long teacherId, int weekday, String start) {
		return lesson(timetableId, groupId, subject, teacherId, weekday, start, 30, "LIVE",
				"https://meet.example.kz/" + subject.toLowerCase().replace(' ', '-'), null);
	}

	public long broadcast(String channel, String language, int grade, String subject, Instant start) {
		return this.jdbc.sql("""
				insert into tv_broadcast (channel, language, grade, subject, topic, starts_at, ends_at, imported_by)
				values (?, ?, ?, ?, 'Topic of ' || ?, ?, ?, 'test') returning id""")
			.params(channel, language, grade, subject, subject, Timestamp.from(start),
					Timestamp.from(start.plusSeconds(1800)))
			.query(Long.class)
			.single();
	}

	public long event(long organizationId, Long groupId, String kind, String title, Instant start) {
		return this.jdbc
			.sql("""
					insert into school_event (organization_id, group_id, kind, title_kk, title_ru, title_en, starts_at, minutes,
						meeting_url, created_by) values (?, ?, ?, ?, ?, ?, ?, 45, 'https://meet.example.kz/event', 'test')
					returning id""")
			.params(organizationId, groupId, kind, title, title, title, Timestamp.from(start))
			.query(Long.class)
			.single();
	}

	public void invite(long eventId, long personId, String role) {
		this.jdbc.sql("insert into event_invitee (event_id, person_id, role) values (?, ?, ?)")
			.params(eventId, personId, role)
			.update();
	}

	public void teaches(long groupId, long personId, String subject) {
		this.jdbc.sql("insert into teaching_assignment (group_id, person_id, subject) values (?, ?, ?)")
			.params(groupId, personId, subject)
			.update();
	}

	public void supervises(long groupId, long personId) {
		this.jdbc.sql("insert into group_supervisor (group_id, person_id, from_date) values (?, ?, date '2019-09-01')")
			.params(groupId, personId)
			.update();
	}

	public void timeZone(long organizationId, String zone) {
		this.jdbc.sql("update organization set time_zone = ? where id = ?").params(zone, organizationId).update();
	}

	public void language(long groupId, String language) {
		this.jdbc.sql("update study_group set language = ? where id = ?").params(language, groupId).update();
	}

}
