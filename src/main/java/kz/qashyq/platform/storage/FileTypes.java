package kz.qashyq.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.tika.Tika;

/**
 * Decides a file's media type from its content with Tika, and looks inside a zip
 * container for the Office Open XML and OpenDocument formats, which Tika's core alone
 * reports as a bare zip.
 */
final class FileTypes {

	private static final Tika TIKA = new Tika();

	private FileTypes() {
	}

	/**
	 * The media type of a file's content (the name is not consulted).
	 */
	static String detect(Path file) throws IOException {
		String type;
		try (InputStream in = Files.newInputStream(file)) {
			type = TIKA.detect(in);
		}
		if ("application/zip".equals(type) || "application/x-tika-ooxml".equals(type)) {
			return insideZip(file).orElse(type);
		}
		if ("application/x-tika-msoffice".equals(type)) {
			return "application/msword";
		}
		return type;
	}

	/**
	 * The category a media type belongs to, if it is one the platform accepts.
	 */
	static Optional<FileCategory> categoryOf(String mediaType) {
		String type = mediaType.toLowerCase(Locale.ROOT);
		for (FileCategory category : FileCategory.values()) {
			if (category.mediaTypes().contains(type)) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}

	private static Optional<String> insideZip(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry mimetype = zip.getEntry("mimetype");
			if (mimetype != null && mimetype.getSize() < 200) {
				try (InputStream in = zip.getInputStream(mimetype)) {
					String declared = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
					if (declared.startsWith("application/vnd.oasis.opendocument.")) {
						return Optional.of(declared);
					}
				}
			}
			if (zip.getEntry("[Content_Types].xml") == null) {
				return Optional.empty();
			}
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				String name = entries.nextElement().getName();
				if (name.startsWith("word/")) {
					return Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
				}
				if (name.startsWith("xl/")) {
					return Optional.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
				}
				if (name.startsWith("ppt/")) {
					return Optional.of("application/vnd.openxmlformats-officedocument.presentationml.presentation");
				}
			}
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
