package kz.qashyq.coursework;

/**
 * The channels through which work comes back (A1-27e): the platform itself, e-mail, the
 * Aitu and WhatsApp messengers, the post, or another way.
 */
public enum Channel {

	PLATFORM, EMAIL, AITU, WHATSAPP, POST, OTHER;

	public String messageKey() {
		return "coursework.channel." + name();
	}

}
