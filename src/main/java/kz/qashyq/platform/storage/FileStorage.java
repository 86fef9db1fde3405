package kz.qashyq.platform.storage;

import java.io.InputStream;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The storage port. A file is read to its end while its hash and size are computed,
 * refused when it is empty, larger than its kind allows, named with a path, or when its
 * content is not what its name says or not of an accepted kind; only then is it moved
 * into place under its hash and recorded. The caller checks who may store and read a
 * file: the store knows nothing of roles.
 * <p>
 * Storing has two steps. {@link #stage} does the slow part (reading, hashing, detecting
 * the type, writing the content) and touches no database, so a caller runs it before its
 * transaction and holds no connection or lock while a phone's photo is hashed.
 * {@link #record} writes the file's row in the caller's transaction. Content staged by a
 * transaction that then rolls back stays on disk unreferenced; it is addressed by its
 * hash, so a later upload of the same content reuses it.
 */
public interface FileStorage {

	/**
	 * Checks a file whole and puts its content in place, without recording it.
	 * @param content the content (read to its end, not closed)
	 * @param originalName the name it was uploaded with
	 * @param accepted the kinds of file the caller accepts
	 * @param actor who uploads it
	 * @return the file as it will be recorded
	 * @throws FileRejectedException with the translated reason; nothing is kept then
	 */
	StoredFile stage(InputStream content, String originalName, Set<FileCategory> accepted, String actor);

	/**
	 * Records a staged file, in the caller's transaction.
	 * @return the same file
	 */
	StoredFile record(StoredFile staged);

	/**
	 * Stages and records a file whole, or refuses it.
	 * @param content the content (read to its end, not closed)
	 * @param originalName the name it was uploaded with
	 * @param accepted the kinds of file the caller accepts
	 * @param actor who uploads it
	 * @return the record of the stored file
	 * @throws FileRejectedException with the translated reason; nothing is kept then
	 */
	default StoredFile store(InputStream content, String originalName, Set<FileCategory> accepted, String actor) {
		return record(stage(content, originalName, accepted, actor));
	}

	/**
	 * The record of a stored file.
	 */
	Optional<StoredFile> find(UUID id);

	/**
	 * Opens a stored file's content; the caller closes the stream.
	 * @throws java.util.NoSuchElementException for an unknown id
	 */
	InputStream open(UUID id);

	/**
	 * The size limit of a kind of file, in bytes.
	 */
	long limit(FileCategory category);

}
