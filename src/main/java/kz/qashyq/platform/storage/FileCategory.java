package kz.qashyq.platform.storage;

import java.util.Set;

/**
 * The kinds of file the platform accepts, each with the media types that belong to it (as
 * detected from the content) and the property that sets its size limit.
 */
public enum FileCategory {

	PDF(Set.of("application/pdf")),

	OFFICE(Set.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/vnd.oasis.opendocument.presentation", "application/msword", "application/vnd.ms-excel",
			"application/vnd.ms-powerpoint", "application/rtf")),

	IMAGE(Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "image/heif")),

	AUDIO(Set.of("audio/mpeg", "audio/mp4", "audio/ogg", "audio/vnd.wave", "audio/wav", "audio/x-wav", "audio/webm",
			"audio/x-m4a", "audio/aac")),

	VIDEO(Set.of("video/mp4", "video/webm", "video/quicktime", "video/x-matroska", "video/3gpp", "video/ogg")),

	TEXT(Set.of("text/plain"));

	private final Set<String> mediaTypes;

	FileCategory(Set<String> mediaTypes) {
		this.mediaTypes = mediaTypes;
	}

	public Set<String> mediaTypes() {
		return this.mediaTypes;
	}

	/**
	 * Documents, images, audio and video: what a learner or a teacher may attach.
	 */
	public static Set<FileCategory> any() {
		return Set.of(values());
	}

}
