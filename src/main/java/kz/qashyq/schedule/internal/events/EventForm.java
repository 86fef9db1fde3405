package kz.qashyq.schedule.internal.events;

/**
 * A webinar (A1-29a) or meeting (O-1.24) as typed into the organization's events page;
 * any field may be null or blank.
 *
 * @param kind {@code WEBINAR} or {@code MEETING}
 * @param title the topic
 * @param date {@code yyyy-MM-dd}
 * @param time {@code HH:mm}, local to the organization
 * @param minutes the length
 * @param platform the webinar's platform (required for a webinar)
 * @param link the meeting link; a new one is made when blank
 * @param inPerson a meeting held in person rather than as a teleconference
 * @param reason why a meeting is held in person (required then)
 */
public record EventForm(String kind, String title, String date, String time, String minutes, String platform,
		String link, Boolean inPerson, String reason) {

	public static EventForm empty() {
		return new EventForm("WEBINAR", "", "", "", "60", "", "", false, "");
	}

}
