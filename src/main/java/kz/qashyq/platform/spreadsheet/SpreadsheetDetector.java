package kz.qashyq.platform.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.Tika;

/**
 * Decides by content, never by the file name, whether a file is a CSV or an XLSX
 * spreadsheet. A zip is an XLSX only when it holds {@code [Content_Types].xml} and
 * {@code xl/workbook.xml}; reading it through also finds a truncated file, and the
 * uncompressed size is capped (a zip bomb is refused). Text is a CSV when it has no
 * control characters; Tika recognises the formats that are neither (PDF, images,
 * executables, HTML, old Excel).
 */
public final class SpreadsheetDetector {

	/** More than a 10 MB XLSX ever holds uncompressed; a zip bomb stops here. */
	static final long MAX_UNCOMPRESSED = 400L * 1024 * 1024;

	private static final Tika TIKA = new Tika();

	private SpreadsheetDetector() {
	}

	/**
	 * @throws SpreadsheetException {@code FILE_EMPTY}, {@code FILE_OLD_EXCEL},
	 * {@code FILE_CORRUPT} or {@code FILE_NOT_SPREADSHEET}
	 */
	public static SpreadsheetType detect(byte[] content) {
		if (content == null || content.length == 0) {
			throw new SpreadsheetException("FILE_EMPTY");
		}
		if (startsWithUnicodeBom(content)) {
			return SpreadsheetType.CSV;
		}
		String mediaType = TIKA.detect(content);
		if (mediaType.equals("application/zip") || mediaType.startsWith("application/x-tika-ooxml")
				|| mediaType.startsWith("application/vnd.openxmlformats")) {
			checkWorkbookZip(content);
			return SpreadsheetType.XLSX;
		}
		if (mediaType.equals("application/x-tika-msoffice") || mediaType.equals("application/vnd.ms-excel")) {
			throw new SpreadsheetException("FILE_OLD_EXCEL");
		}
		if (mediaType.equals("text/plain") || mediaType.equals("text/csv")
				|| (mediaType.equals("application/octet-stream") && looksLikeText(content))) {
			return SpreadsheetType.CSV;
		}
		throw new SpreadsheetException("FILE_NOT_SPREADSHEET");
	}

	private static boolean startsWithUnicodeBom(byte[] content) {
		return (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF)
				|| (content.length >= 2 && (((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE)
						|| ((content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF)));
	}

	/**
	 * Single-byte text (Windows-1251, which Tika calls octet-stream): no control
	 * characters but tab and line ends in the first 64 KB.
	 */
	static boolean looksLikeText(byte[] content) {
		int end = Math.min(content.length, 64 * 1024);
		for (int i = 0; i < end; i++) {
			int b = content[i] & 0xFF;
			if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
				return false;
			}
		}
		return true;
	}

	private static void checkWorkbookZip(byte[] content) {
		boolean contentTypes = false;
		boolean workbook = false;
		long total = 0;
		byte[] buffer = new byte[8192];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				contentTypes |= entry.getName().equals("[Content_Types].xml");
				workbook |= entry.getName().equals("xl/workbook.xml");
				total += drain(zip, buffer);
				if (total > MAX_UNCOMPRESSED) {
					throw new SpreadsheetException("FILE_CORRUPT");
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new SpreadsheetException("FILE_CORRUPT", ex);
		}
		if (!workbook) {
			// a zip, a Word or OpenDocument file: not a workbook whatever its name
			throw new SpreadsheetException("FILE_NOT_SPREADSHEET");
		}
		if (!contentTypes) {
			throw new SpreadsheetException("FILE_CORRUPT");
		}
	}

	private static long drain(InputStream in, byte[] buffer) throws IOException {
		long count = 0;
		int read;
		while ((read = in.read(buffer)) != -1) {
			count += read;
			if (count > MAX_UNCOMPRESSED) {
				break;
			}
		}
		return count;
	}

}
