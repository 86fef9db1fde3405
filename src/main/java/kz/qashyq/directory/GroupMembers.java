package kz.qashyq.directory;

import java.util.List;

/**
 * The people of one class or group: its learners, their parents and legal
 * representatives, the teachers who teach in it and its current class teacher or curator.
 * Names only, no personal data.
 *
 * @param groupId the class or group
 * @param name its name (for example {@code 7А} or {@code ПО-21})
 * @param kind its kind ({@code SCHOOL_CLASS}, {@code PRESCHOOL_GROUP},
 * {@code TVET_GROUP}, {@code UNIVERSITY_GROUP}, {@code CIRCLE})
 * @param learners its learners, by name
 * @param parents the parents and legal representatives of its learners, by name, each
 * once
 * @param teachers the people with a teaching assignment in it, by name
 * @param supervisor its current class teacher or curator, or null
 */
public record GroupMembers(long groupId, String name, String kind, List<PersonName> learners, List<PersonName> parents,
		List<PersonName> teachers, PersonName supervisor) {

	public GroupMembers {
		learners = List.copyOf(learners);
		parents = List.copyOf(parents);
		teachers = List.copyOf(teachers);
	}

	/**
	 * A person of the directory by name.
	 *
	 * @param personId the person's id
	 * @param fullName last name, first name and middle name if any
	 */
	public record PersonName(long personId, String fullName) {
	}

}
