package kz.qashyq.guidance.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The guides, one for each kind of participant of distance learning (O-3.1d). The steps
 * of each are in {@link GuideCatalogue}, their texts in the {@code i18n/guidance}
 * bundles.
 */
public enum Guide {

	LEARNER, PARENT, TEACHER,
	/**
	 * The class teacher of a school class, the curator of a college or university group.
	 */
	CLASS_TEACHER,
	/** The educator who leads a kindergarten group. */
	EDUCATOR, HEAD, DEPUTY, DET_RESPONSIBLE, SOCIAL_PEDAGOGUE, PSYCHOLOGIST, LIBRARIAN,
	/** Regional education departments and district education divisions. */
	EDUCATION_AUTHORITY, MINISTRY,
	/** Quality-assurance observers and methodological centres: read-only. */
	OBSERVER;

	/** The guide's name in addresses: {@code class-teacher}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The prefix of the guide's message keys: {@code guide.class-teacher}. */
	public String messageKey() {
		return "guide." + slug();
	}

	/** The message key of the guide's title. */
	public String titleKey() {
		return messageKey() + ".title";
	}

	/** The message key of the guide's introduction. */
	public String introKey() {
		return messageKey() + ".intro";
	}

	/**
	 * The guide of a stored name, or null for a name this release does not know.
	 */
	static Guide ofName(String name) {
		return Arrays.stream(values()).filter((guide) -> guide.name().equals(name)).findFirst().orElse(null);
	}

	public static Optional<Guide> ofSlug(String slug) {
		return Arrays.stream(values()).filter((guide) -> guide.slug().equals(slug)).findFirst();
	}

}
