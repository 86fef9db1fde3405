package kz.qashyq.content;

import java.util.Arrays;
import java.util.List;

/**
 * The components of an e-learning complex (EUMK): the mandatory set (A1-18a; the working
 * study programme and the list of recommended literature are kept apart) and the
 * additional set (A1-18b), which does not affect completeness.
 */
public enum ComplexComponent {

	WORKING_PROGRAMME(true), LITERATURE(true), LECTURES(true), PRACTICALS(true), SELF_STUDY(true), CONTROL(true),
	COURSEWORK_GUIDE(false), SIMULATORS(false), REFERENCE(false), MULTIMEDIA(false), OTHER(false);

	private final boolean mandatory;

	ComplexComponent(boolean mandatory) {
		this.mandatory = mandatory;
	}

	/**
	 * Whether the component belongs to the mandatory set.
	 */
	public boolean mandatory() {
		return this.mandatory;
	}

	/**
	 * The mandatory set, in order.
	 */
	public static List<ComplexComponent> mandatorySet() {
		return Arrays.stream(values()).filter(ComplexComponent::mandatory).toList();
	}

	/**
	 * The message key of the component's name.
	 */
	public String messageKey() {
		return "content.component." + name();
	}

}
