package kz.qashyq.guidance.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The steps of every guide, in order. A step's title and text are the message keys
 * {@code guide.<guide>.<step>.title} and {@code .text} in the three languages; its link
 * is the page where the step is done, a page the guide's readers may open.
 * {@code {organization}} and {@code {group}} in a link stand for the organization or the
 * class or group of the reader's grant.
 */
public final class GuideCatalogue {

	private static final Map<Guide, List<GuideStep>> STEPS = new EnumMap<>(Guide.class);

	static {
		STEPS.put(Guide.LEARNER,
				List.of(step("myday", "/schedule/my/day"), step("schedule", "/content/my/schedule"),
						step("tasks", "/coursework/my/tasks"), step("journal", "/journal"),
						step("offline", "/schedule/tv"), step("password", "/account/password")));
		STEPS.put(Guide.PARENT,
				List.of(step("myday", "/schedule/my/day"), step("tasks", "/coursework/my/tasks"),
						step("journal", "/journal"), step("schedule", "/content/my/schedule"),
						step("offline", "/schedule/tv"), step("contact", "/")));
		STEPS.put(Guide.TEACHER,
				List.of(step("myday", "/schedule/my/day"), step("journal", "/journal"),
						step("assignment", "/coursework/assignments"), step("inbox", "/coursework/inbox"),
						step("offline", "/coursework/assignments"), step("plans", "/content")));
		STEPS.put(Guide.CLASS_TEACHER,
				List.of(step("overview", "/journal/groups/{group}/overview"), step("overdue", "/coursework/supervised"),
						step("class", "/directory/groups/{group}"), step("week", "/schedule/groups/{group}/week"),
						step("offline", "/schedule/tv")));
		STEPS.put(Guide.EDUCATOR,
				List.of(step("sheet", "/journal/preschool/groups/{group}"), step("group", "/directory/groups/{group}"),
						step("week", "/schedule/groups/{group}/week"), step("journal", "/journal")));
		STEPS.put(Guide.HEAD, List.of(step("school", "/directory/organizations/{organization}"),
				step("regime", "/policy/organizations/{organization}"), step("timetable", "/timetables"),
				step("journal", "/journal"), step("onboarding", "/guide/organizations/{organization}/not-completed"),
				step("observers", "/access/observers")));
		STEPS.put(Guide.DEPUTY, List.of(step("load", "/timetables/study-load"), step("timetable", "/timetables"),
				step("content", "/content"), step("channels", "/coursework/organizations/{organization}/channels"),
				step("journal", "/journal"), step("onboarding", "/guide/organizations/{organization}/not-completed")));
		STEPS.put(Guide.DET_RESPONSIBLE, List.of(step("roster", "/directory/organizations/{organization}/roster"),
				step("timetable", "/timetables"), step("events", "/schedule/organizations/{organization}/events"),
				step("content", "/content"), step("onboarding", "/guide/organizations/{organization}/not-completed")));
		STEPS.put(Guide.SOCIAL_PEDAGOGUE,
				List.of(step("school", "/directory/organizations/{organization}"), step("journal", "/journal"),
						step("offline", "/schedule/tv"),
						step("events", "/schedule/organizations/{organization}/events")));
		STEPS.put(Guide.PSYCHOLOGIST,
				List.of(step("school", "/directory/organizations/{organization}"),
						step("events", "/schedule/organizations/{organization}/events"),
						step("regime", "/policy/organizations/{organization}"), step("tv", "/schedule/tv")));
		STEPS.put(Guide.LIBRARIAN,
				List.of(step("bank", "/content"), step("materials", "/content/organizations/{organization}/materials"),
						step("school", "/directory/organizations/{organization}"), step("tv", "/schedule/tv")));
		STEPS.put(Guide.EDUCATION_AUTHORITY,
				List.of(step("tree", "/"), step("regimes", "/policy"), step("events", "/schedule/events/templates"),
						step("audit", "/access/audit"), step("tv", "/schedule/tv")));
		STEPS.put(Guide.MINISTRY, List.of(step("policy", "/policy"), step("tv", "/schedule/tv"), step("tree", "/"),
				step("events", "/schedule/events/templates"), step("audit", "/access/audit")));
		STEPS.put(Guide.OBSERVER, List.of(step("tree", "/"), step("policy", "/policy"), step("content", "/content"),
				step("tv", "/schedule/tv")));
	}

	private GuideCatalogue() {
	}

	/**
	 * The steps of the guide, in order; never empty.
	 */
	public static List<GuideStep> steps(Guide guide) {
		return STEPS.get(guide);
	}

	private static GuideStep step(String id, String link) {
		return new GuideStep(id, link);
	}

	/**
	 * One step of a guide.
	 *
	 * @param id the step's name within its guide
	 * @param link the page where it is done, with {@code {organization}} or
	 * {@code {group}} standing for the reader's
	 */
	public record GuideStep(String id, String link) {

		public String titleKey(Guide guide) {
			return guide.messageKey() + "." + this.id + ".title";
		}

		public String textKey(Guide guide) {
			return guide.messageKey() + "." + this.id + ".text";
		}

	}

}
