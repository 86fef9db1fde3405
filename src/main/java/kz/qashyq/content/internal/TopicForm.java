package kz.qashyq.content.internal;

import java.util.List;

/**
 * A topic of a calendar-thematic plan as the form sends it; all fields may be null.
 *
 * @param title the topic
 * @param hours the working time in hours
 * @param plannedDate the date it is taught (YYYY-MM-DD)
 * @param deadline the completion deadline (YYYY-MM-DD)
 * @param form the form of learning ({@code LearningForm})
 * @param notes the teacher's notes
 * @param links external resources, one per line: an address, or a title, a bar and an
 * address
 * @param materials ids of materials of the knowledge bank
 */
public record TopicForm(String title, String hours, String plannedDate, String deadline, String form, String notes,
		String links, List<Long> materials) implements java.io.Serializable {

	public static TopicForm empty() {
		return new TopicForm("", "1", "", "", "", "", "", List.of());
	}

}
