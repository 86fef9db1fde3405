package kz.qashyq.platform.storage;

import java.time.Instant;
import java.util.UUID;

/**
 * The acknowledgement of a stored file: its id (what other tables refer to), the hash of
 * its content, its size, the media type detected from the content and the original name
 * (without any path).
 *
 * @param id the file's id
 * @param sha256 the SHA-256 of the content, in hex (the content's address in the store)
 * @param size the size in bytes
 * @param mediaType the media type detected from the content
 * @param category the kind of file
 * @param originalName the name the file was uploaded with, without a path
 * @param uploadedBy who uploaded it
 * @param uploadedAt when it was stored
 */
public record StoredFile(UUID id, String sha256, long size, String mediaType, FileCategory category,
		String originalName, String uploadedBy, Instant uploadedAt) {

}
