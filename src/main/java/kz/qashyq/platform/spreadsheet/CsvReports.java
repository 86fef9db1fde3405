package kz.qashyq.platform.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV files for people to open in a spreadsheet program (error reports of the importers):
 * UTF-8 with a byte order mark, semicolons, and values that would run as formulas kept as
 * text.
 */
public final class CsvReports {

	private CsvReports() {
	}

	/**
	 * A value a spreadsheet program would run as a formula ({@code =HYPERLINK(...)}),
	 * prefixed so that it stays text (CSV injection).
	 */
	public static String neutralized(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		char first = value.charAt(0);
		return (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
				? "'" + value : value;
	}

	/**
	 * The rows as a CSV file; callers neutralize the values that came from users.
	 */
	public static byte[] csv(List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(';').get();
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), format)) {
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
