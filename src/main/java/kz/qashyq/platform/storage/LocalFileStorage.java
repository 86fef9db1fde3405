package kz.qashyq.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.apache.tika.Tika;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The default store: a local folder, one file per content hash
 * ({@code <directory>/ab/cd/abcd…}), written to a temporary file first and moved into
 * place only once it is whole and accepted; the record goes to {@code stored_file}. Two
 * uploads of the same content share one file on disk.
 */
@Service
@EnableConfigurationProperties(StorageProperties.class)
class LocalFileStorage implements FileStorage {

	private static final Tika NAMES = new Tika();

	private static final int MAX_NAME_LENGTH = 200;

	private final StorageProperties properties;

	private final JdbcClient jdbc;

	private final Clock clock;

	LocalFileStorage(StorageProperties properties, JdbcClient jdbc, Clock clock) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public StoredFile stage(InputStream content, String originalName, Set<FileCategory> accepted, String actor) {
		String name = checkName(originalName);
		Path temporary = null;
		try {
			Path directory = directory();
			temporary = Files.createTempFile(directory, "upload-", ".part");
			MessageDigest digest = sha256();
			long size = copy(content, temporary, digest, this.properties.largestLimit(), name);
			if (size == 0) {
				throw new FileRejectedException("storage.rejected.empty", name);
			}
			String mediaType = FileTypes.detect(temporary);
			FileCategory category = FileTypes.categoryOf(mediaType)
				.filter(accepted::contains)
				.orElseThrow(() -> new FileRejectedException("storage.rejected.type", name, mediaType, accepted));
			checkNameMatches(name, category);
			String storedName = nameFor(name, mediaType);
			if (size > limit(category)) {
				throw new FileRejectedException("storage.rejected.size", name, megabytes(size),
						megabytes(limit(category)));
			}
			String hash = HexFormat.of().formatHex(digest.digest());
			Path target = pathOf(hash);
			Files.createDirectories(target.getParent());
			moveIntoPlace(temporary, target);
			temporary = null;
			return new StoredFile(UUID.randomUUID(), hash, size, mediaType, category, storedName, actor,
					Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (temporary != null) {
				try {
					Files.deleteIfExists(temporary);
				}
				catch (IOException ex) {
					// a left-over part file is harmless: it is never referred to
				}
			}
		}
	}

	@Override
	public StoredFile record(StoredFile staged) {
		this.jdbc.sql(
				"insert into stored_file (id, sha256, size, media_type, category, original_name, uploaded_by, uploaded_at) "
						+ "values (:id, :sha256, :size, :mediaType, :category, :name, :actor, :at)")
			.param("id", staged.id())
			.param("sha256", staged.sha256())
			.param("size", staged.size())
			.param("mediaType", staged.mediaType())
			.param("category", staged.category().name())
			.param("name", staged.originalName())
			.param("actor", staged.uploadedBy())
			.param("at", Timestamp.from(staged.uploadedAt()))
			.update();
		return staged;
	}

	@Override
	public Optional<StoredFile> find(UUID id) {
		return this.jdbc
			.sql("select id, sha256, size, media_type, category, original_name, uploaded_by, uploaded_at "
					+ "from stored_file where id = :id")
			.param("id", id)
			.query((rs, n) -> new StoredFile(rs.getObject("id", UUID.class), rs.getString("sha256"), rs.getLong("size"),
					rs.getString("media_type"), FileCategory.valueOf(rs.getString("category")),
					rs.getString("original_name"), rs.getString("uploaded_by"),
					rs.getTimestamp("uploaded_at").toInstant()))
			.optional();
	}

	@Override
	public InputStream open(UUID id) {
		StoredFile file = find(id).orElseThrow(() -> new NoSuchElementException("no stored file " + id));
		try {
			return Files.newInputStream(pathOf(file.sha256()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public long limit(FileCategory category) {
		return this.properties.limit(category);
	}

	private Path directory() throws IOException {
		Path directory = this.properties.directory().toAbsolutePath();
		Files.createDirectories(directory);
		return directory;
	}

	private Path pathOf(String hash) {
		return this.properties.directory()
			.toAbsolutePath()
			.resolve(hash.substring(0, 2))
			.resolve(hash.substring(2, 4))
			.resolve(hash);
	}

	/**
	 * A name is kept without any path: one with a separator or a parent reference is
	 * refused rather than silently cut. Control characters (a NUL byte among them) and
	 * invisible formatting characters (the bidirectional overrides that make
	 * {@code "cv\u202Efdp.exe"} read as {@code "cvexe.pdf"}) are removed.
	 */
	static String checkName(String originalName) {
		String name = (originalName != null) ? originalName : "";
		StringBuilder kept = new StringBuilder(name.length());
		name.codePoints()
			.filter((c) -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
			.forEach(kept::appendCodePoint);
		name = kept.toString().strip();
		if (name.isEmpty()) {
			throw new FileRejectedException("storage.rejected.noname");
		}
		if (name.contains("/") || name.contains("\\") || name.contains("..") || name.contains(":")) {
			throw new FileRejectedException("storage.rejected.path", name);
		}
		if (name.length() > MAX_NAME_LENGTH) {
			throw new FileRejectedException("storage.rejected.name", name.substring(0, 40) + "…", MAX_NAME_LENGTH);
		}
		return name;
	}

	/**
	 * The name a file is kept and downloaded under: its extension says what the content
	 * is. A JPEG named {@code photo.svg} or {@code page.html} is kept as
	 * {@code photo.jpg} or {@code page.jpg}, so no browser takes it for a drawing or a
	 * page with scripts; a name without an extension gets one. Plain text keeps a text
	 * extension such as {@code .csv}, unless that is a kind a browser runs (HTML, XML,
	 * scripts).
	 */
	static String nameFor(String name, String mediaType) {
		String byName = NAMES.detect(name.toLowerCase(Locale.ROOT));
		if (byName.equals(mediaType)
				|| ("text/plain".equals(mediaType) && byName.startsWith("text/") && !ACTIVE_TEXT.contains(byName))) {
			return name;
		}
		String extension;
		try {
			extension = MimeTypes.getDefaultMimeTypes().forName(mediaType).getExtension();
		}
		catch (MimeTypeException ex) {
			extension = "";
		}
		if (extension.isEmpty()) {
			return name;
		}
		int dot = name.lastIndexOf('.');
		String base = (dot > 0) ? name.substring(0, dot) : name;
		return base + extension;
	}

	/** Text a browser would render or run rather than show. */
	private static final Set<String> ACTIVE_TEXT = Set.of("text/html", "text/xml", "text/javascript",
			"text/x-javascript", "text/ecmascript", "text/css");

	/**
	 * A name whose extension says one kind of file while the content is another (a PDF
	 * named {@code photo.jpg}, a program named {@code work.docx}) is refused.
	 */
	private static void checkNameMatches(String name, FileCategory category) {
		String byName = NAMES.detect(name.toLowerCase(Locale.ROOT));
		if ("application/octet-stream".equals(byName)) {
			return;
		}
		Optional<FileCategory> named = FileTypes.categoryOf(byName);
		if (named.isPresent() && named.get() != category) {
			throw new FileRejectedException("storage.rejected.mismatch", name, category, named.get());
		}
	}

	private static long copy(InputStream content, Path target, MessageDigest digest, long limit, String name)
			throws IOException {
		long size = 0;
		byte[] buffer = new byte[64 * 1024];
		try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
			int read;
			while ((read = content.read(buffer)) != -1) {
				size += read;
				if (size > limit) {
					throw new FileRejectedException("storage.rejected.size", name, megabytes(size), megabytes(limit));
				}
				out.write(buffer, 0, read);
			}
		}
		return size;
	}

	private static void moveIntoPlace(Path temporary, Path target) throws IOException {
		if (Files.exists(target)) {
			// the same content is already stored
			Files.delete(temporary);
			return;
		}
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException ex) {
			Files.delete(temporary);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static String megabytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
