package kz.qashyq.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One thing on a day: a lesson of the approved timetable, a TV broadcast or an event.
 *
 * @param kind {@code LESSON}, {@code TV}, {@code EVENT}, or from other modules
 * ({@link MyDayContributor}) {@code TASK} (an assignment due: start and end are its
 * deadline, the mode its status, the topic its subject, the meeting link the task's page)
 * or {@code TOPIC} (a topic of a published thematic schedule: start and end are its
 * deadline, the topic its subject, the meeting link its page)
 * @param id the lesson's, broadcast's or event's id
 * @param date the local date in the organization's time zone
 * @param start the start as an instant (UTC)
 * @param end the end as an instant (UTC)
 * @param localStart the start in the organization's time zone
 * @param localEnd the end in the organization's time zone
 * @param timeZone the organization's IANA time zone
 * @param title the subject of a lesson or broadcast, the event's title in the user's
 * language
 * @param mode a lesson's delivery mode ({@code LIVE}, {@code SELF_STUDY}, {@code TV},
 * {@code OFFLINE}, {@code IN_PERSON}), an event's kind, null for a broadcast
 * @param meetingUrl the online meeting link, or null
 * @param groupName the class or group, or null
 * @param teacherName a lesson's teacher, or null
 * @param channel the TV channel ({@code EL_ARNA}, {@code BALAPAN}) of a broadcast or of
 * the broadcast a lesson points to, or null
 * @param topic the broadcast's topic or the event's topics, or null
 */
@Schema(description = "A lesson, a TV broadcast or an event, with its times as UTC instants and as local times")
public record MyDayEntry(String kind, long id, LocalDate date, Instant start, Instant end, LocalTime localStart,
		LocalTime localEnd, String timeZone, String title, String mode, String meetingUrl, String groupName,
		String teacherName, String channel, String topic) {

	public static final String LESSON = "LESSON";

	public static final String TV = "TV";

	public static final String EVENT = "EVENT";

	public static final String TASK = "TASK";

	public static final String TOPIC = "TOPIC";

}
