package kz.qashyq.schedule;

import java.time.Instant;

import kz.qashyq.platform.i18n.LocalizedName;

/**
 * An event as a person's day, week or calendar feed shows it.
 *
 * @param id the event's id
 * @param organizationId the organization that holds it
 * @param groupId the class or group it is for, or null for an event of the whole
 * organization (webinars, meetings)
 * @param kind what it is
 * @param title its title in the three languages
 * @param topics its topics in the three languages, one per line, or null
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param meetingUrl the online meeting link, or null (an in-person meeting)
 * @param role how the person is invited: {@code LEARNER}, {@code PARENT}, {@code TEACHER}
 * or {@code STAFF}
 */
public record EventSummary(long id, long organizationId, Long groupId, EventKind kind, LocalizedName title,
		LocalizedName topics, Instant startsAt, Instant endsAt, String meetingUrl, String role) {

}
