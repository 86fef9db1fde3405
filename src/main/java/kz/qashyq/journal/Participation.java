package kz.qashyq.journal;

/**
 * How a learner took part in a lesson (O-1.28f, "no child left out"): online on the
 * platform, by the TV lesson, by post or another offline packet, or in person.
 */
public enum Participation {

	ONLINE, TV, POST, IN_PERSON

}
