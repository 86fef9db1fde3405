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
 */
public interface FileStorage {

	/**
	 * Stores a file whole, or refuses it.
	 * @param content the content (read to its end, not closed)
	 * @param originalName the name it was uploaded with
	 * @param accepted the kinds of file the caller accepts
	 * @param actor who uploads it
	 * @return the record of the stored file
	 * @throws FileRejectedException with the translated reason; nothing is kept then
	 */
	StoredFile store(InputStream content, String originalName, Set<FileCategory> accepted, String actor);

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
