package kz.qashyq.policy;

/**
 * The groups of learners to which the order gives different rules: start times (O-1.10b,
 * O-2.10) and the times of the order's events (O-1.11a, O-1.12a, O-1.13a).
 */
public enum GradeBand {

	/** Kindergarten groups of a preschool organization. */
	PRESCHOOL,
	/** Pre-school preparation classes (grade 0) of a school. */
	PRESCHOOL_CLASS,
	/** Grades 1–4. */
	PRIMARY,
	/** Grades 5–9. */
	BASIC,
	/** Grades 10–12. */
	SENIOR,
	/** TVET and post-secondary groups. */
	TVET,
	/** University and postgraduate groups. */
	HIGHER,
	/** Circles of additional education. */
	ADDITIONAL;

	/**
	 * The band of a class or group.
	 * @param groupKind the study group's kind ({@code SCHOOL_CLASS},
	 * {@code PRESCHOOL_GROUP}, {@code TVET_GROUP}, {@code UNIVERSITY_GROUP},
	 * {@code CIRCLE})
	 * @param grade the grade of a school class, null otherwise
	 */
	public static GradeBand of(String groupKind, Integer grade) {
		return switch (groupKind) {
			case "SCHOOL_CLASS" -> ofGrade(grade);
			case "PRESCHOOL_GROUP" -> PRESCHOOL;
			case "TVET_GROUP" -> TVET;
			case "UNIVERSITY_GROUP" -> HIGHER;
			case "CIRCLE" -> ADDITIONAL;
			default -> throw new IllegalArgumentException("Unknown group kind " + groupKind);
		};
	}

	/**
	 * The band of a school grade (0 to 12).
	 */
	public static GradeBand ofGrade(Integer grade) {
		if (grade == null || grade < 0 || grade > 12) {
			throw new IllegalArgumentException("A school class needs a grade from 0 to 12, not " + grade);
		}
		if (grade == 0) {
			return PRESCHOOL_CLASS;
		}
		if (grade <= 4) {
			return PRIMARY;
		}
		return (grade <= 9) ? BASIC : SENIOR;
	}

	/**
	 * Whether the band belongs to a general-education school (grades 0 to 12).
	 */
	public boolean isSchool() {
		return this == PRESCHOOL_CLASS || this == PRIMARY || this == BASIC || this == SENIOR;
	}

	public String messageKey() {
		return "band." + name();
	}

}
