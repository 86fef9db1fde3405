package kz.qashyq.demo.internal;

import java.util.List;

/**
 * What the demo planner built: the ids it gave the rows (valid in the database it was
 * written to) and the natural keys that find them again in any database holding the demo
 * data (district and settlement names, BINs, group names, IINs).
 *
 * @param academicYear the academic year of the classes and groups (its first calendar
 * year)
 */
public record DemoPlan(int academicYear, Key cityDistrict, Key ruralDistrict, Key citySettlement, Key ruralSettlement,
		Key citySchool, Key ruralSchool, Key preschool, Key college, Key university, Key centre, Key head, Key deputy,
		Key socialPedagogue, Key teacher, Key curator, Key collegeHead, Key student, Key parent,
		List<Key> parentChildren, List<Key> teacherClasses, Key teacherHomeClass, Key curatorGroup, Key ruralClass,
		Key studentClass, List<Key> parentChildClasses, Key educator, Counts counts) {

	/**
	 * A row's id where it was written, its natural key, and a label (a person's "First
	 * Last", a group's name).
	 */
	public record Key(long id, String natural, String label) {

	}

	/**
	 * How many rows of each kind were planned.
	 */
	public record Counts(int organizations, int groups, int learners, int parents, int staff, int families) {

	}

}
