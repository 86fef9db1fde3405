package kz.qashyq.content;

/**
 * Where a version of an e-learning complex stands: edited by its teachers, sent for
 * approval, approved by a methodologist, or returned for correction.
 */
public enum ComplexStatus {

	DRAFT, IN_REVIEW, APPROVED, RETURNED;

	/**
	 * Whether the version's components may still be changed.
	 */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
