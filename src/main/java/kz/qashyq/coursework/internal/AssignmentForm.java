package kz.qashyq.coursework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;

import kz.qashyq.coursework.internal.Rubrics.CriterionInput;

/**
 * An assignment as entered (A1-15a, A1-15b, A1-24j, A1-25j, A1-27e): release and deadline
 * as local date-times ({@code 2026-04-06T09:00}) in the organization's time zone.
 *
 * @param subject the subject, one the teacher teaches in the class
 * @param title the topic or title
 * @param instructions what to do, may be blank
 * @param workType a {@link kz.qashyq.coursework.WorkType} name
 * @param summative true for a summative (marked) work, false for formative
 * @param topicId a topic of the class's calendar-thematic plan, or null
 * @param release the local release time, or blank for now
 * @param deadline the local deadline, required
 * @param channels {@link kz.qashyq.coursework.Channel} names
 * @param totalPoints the points possible of the whole work, which must be the sum of the
 * criteria; null to take that sum
 * @param criteria the rubric
 * @param learnerIds the learners it is for, empty for the whole class
 * @param materials attached files
 */
public record AssignmentForm(String subject, String title, String instructions, String workType, boolean summative,
		Long topicId, String release, String deadline, List<String> channels, BigDecimal totalPoints,
		List<CriterionInput> criteria, List<Long> learnerIds, List<Upload> materials) {

	public AssignmentForm {
		channels = (channels != null) ? List.copyOf(channels) : List.of();
		criteria = (criteria != null) ? List.copyOf(criteria) : List.of();
		learnerIds = (learnerIds != null) ? List.copyOf(learnerIds) : List.of();
		materials = (materials != null) ? List.copyOf(materials) : List.of();
	}

	/**
	 * A file as uploaded: its name and a way to read it.
	 */
	public record Upload(String name, Opener content) {
	}

	@FunctionalInterface
	public interface Opener {

		InputStream open() throws IOException;

	}

}
