package kz.qashyq.platform.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where files are kept and how large each kind may be.
 *
 * @param directory the local folder of the default store
 * @param maxDocument the limit for PDF, office and text files
 * @param maxImage the limit for one image (a phone photo)
 * @param maxAudio the limit for one audio file
 * @param maxVideo the limit for one video file
 */
@ConfigurationProperties("qashyq.storage")
public record StorageProperties(Path directory, DataSize maxDocument, DataSize maxImage, DataSize maxAudio,
		DataSize maxVideo) {

	public StorageProperties {
		directory = (directory != null) ? directory : Path.of("data", "files");
		maxDocument = (maxDocument != null) ? maxDocument : DataSize.ofMegabytes(20);
		maxImage = (maxImage != null) ? maxImage : DataSize.ofMegabytes(15);
		maxAudio = (maxAudio != null) ? maxAudio : DataSize.ofMegabytes(50);
		maxVideo = (maxVideo != null) ? maxVideo : DataSize.ofMegabytes(100);
	}

	long limit(FileCategory category) {
		return switch (category) {
			case PDF, OFFICE, TEXT -> this.maxDocument.toBytes();
			case IMAGE -> this.maxImage.toBytes();
			case AUDIO -> this.maxAudio.toBytes();
			case VIDEO -> this.maxVideo.toBytes();
		};
	}

	long largestLimit() {
		long largest = 0;
		for (FileCategory category : FileCategory.values()) {
			largest = Math.max(largest, limit(category));
		}
		return largest;
	}

}
