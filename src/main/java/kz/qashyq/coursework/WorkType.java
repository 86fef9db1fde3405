package kz.qashyq.coursework;

/**
 * The kinds of work an assignment asks for (A1-15b).
 */
public enum WorkType {

	PRACTICAL, CONTROL_WORK, TEST, INDIVIDUAL, LAB, OTHER;

	public String messageKey() {
		return "coursework.workType." + name();
	}

}
