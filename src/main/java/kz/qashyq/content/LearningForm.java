package kz.qashyq.content;

/**
 * The forms of learning with distance technologies (A1-14a), and the kinds of work
 * teachers use (A1-25f), for topics, lessons and materials.
 */
public enum LearningForm {

	VIDEO_LECTURE, LECTURE, MULTIMEDIA_LECTURE, TV_LECTURE, INDEPENDENT_WORK, VIRTUAL_LAB, COMPUTER_TESTING,
	CONSULTATION, WEB_LESSON, CHAT_LESSON

}
