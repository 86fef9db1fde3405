package kz.qashyq.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * The lesson rules of one grade band in the policy version in force on a date.
 *
 * @param versionId the policy version the rules come from
 * @param presetCode the preset of that version (for example {@code ORDER_123_2020})
 * @param validFrom the first day of that version
 * @param band the grade band
 * @param maxLessonMinutes the longest lesson (O-1.10a: 30 in schools)
 * @param maxLiveMinutes the longest live online session, or null for no separate limit
 * (A1-24c: 15 in TVET)
 * @param earliestStart the earliest start of a lesson (O-1.10b, O-2.10)
 * @param teachingDays the weekdays with lessons (O-1.10c: Monday to Friday)
 * @param breakMinutes the shortest break between two lessons of a class (O-1.10d)
 * @param maxLessonsPerDay the most lessons a class has on one day
 * @param distance whether the date lies in the distance period of the band's
 * organizations
 */
public record LessonRules(long versionId, String presetCode, LocalDate validFrom, GradeBand band, int maxLessonMinutes,
		Integer maxLiveMinutes, LocalTime earliestStart, Set<DayOfWeek> teachingDays, int breakMinutes,
		int maxLessonsPerDay, boolean distance) {

	/**
	 * The longest session of the given kind: a live session may be shorter than a lesson.
	 */
	public int maxMinutes(boolean live) {
		return (live && this.maxLiveMinutes != null) ? Math.min(this.maxLiveMinutes, this.maxLessonMinutes)
				: this.maxLessonMinutes;
	}

}
