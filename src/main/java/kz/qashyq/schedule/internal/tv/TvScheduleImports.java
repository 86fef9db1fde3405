package kz.qashyq.schedule.internal.tv;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.spreadsheet.Sheet;
import kz.qashyq.platform.spreadsheet.SpreadsheetDetector;
import kz.qashyq.platform.spreadsheet.SpreadsheetException;
import kz.qashyq.platform.spreadsheet.SpreadsheetReader;
import kz.qashyq.platform.spreadsheet.SpreadsheetType;
import kz.qashyq.schedule.NewTvBroadcast;
import kz.qashyq.schedule.TvBroadcast;
import kz.qashyq.schedule.TvChannel;
import kz.qashyq.schedule.TvSchedule;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * O-3.1a: imports the national TV-lesson schedule from a CSV or XLSX file, all or
 * nothing. Every row is checked (required fields, channel, language, grade 0 to 12, date,
 * times, end after start, no overlap on one channel within the file or with the stored
 * schedule); one problem anywhere stores nothing and the problems are returned with their
 * row and column. The file's dates and times are local times of the national broadcast
 * ({@link TvSchedule#BROADCAST_ZONE}); they are stored as instants. A row equal to a
 * stored broadcast is left as it is, so a file can be imported again.
 */
@Service
public class TvScheduleImports {

	static final int MAX_ERRORS = 500;

	private static final int MAX_TEXT = 300;

	private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

	private final JdbcTvSchedule repository;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final TransactionTemplate transaction;

	private final DataSize maxFileSize;

	private final int maxRows;

	TvScheduleImports(JdbcTvSchedule repository, AuditTrail audit, MessageSource messages,
			TransactionTemplate transaction, @Value("${qashyq.tv.max-file-size:2MB}") DataSize maxFileSize,
			@Value("${qashyq.tv.max-rows:5000}") int maxRows) {
		this.repository = repository;
		this.audit = audit;
		this.messages = messages;
		this.transaction = transaction;
		this.maxFileSize = maxFileSize;
		this.maxRows = maxRows;
	}

	/**
	 * What an import did.
	 *
	 * @param stored broadcasts stored
	 * @param unchanged rows equal to a stored broadcast
	 * @param errors the problems; when not empty nothing was stored
	 */
	public record Result(int stored, int unchanged, List<TvImportError> errors) {

		public boolean ok() {
			return this.errors.isEmpty();
		}

	}

	/**
	 * Refuses unless the signed-in user keeps the national TV schedule.
	 * @throws org.springframework.security.access.AccessDeniedException otherwise
	 */
	public QashyqUser requireManager() {
		QashyqUser user = CurrentUser.require(Permission.MANAGE_TV_SCHEDULE, ScopePath.republic());
		CurrentUser.requireWriter();
		return user;
	}

	public long maxFileSizeMegabytes() {
		return Math.max(1, this.maxFileSize.toMegabytes());
	}

	public int maxRows() {
		return this.maxRows;
	}

	/**
	 * Checks the file and stores all its broadcasts, or none.
	 * @param fileName the name the browser sent (recorded in the audit log only)
	 * @param size the size the browser announced
	 * @param content the file's bytes
	 */
	public Result importFile(String fileName, long size, InputStream content) {
		QashyqUser user = requireManager();
		byte[] bytes;
		if (size > this.maxFileSize.toBytes()) {
			return fileError(TvImportError.ofFile("FILE_TOO_LARGE", maxFileSizeMegabytes()));
		}
		try {
			bytes = content.readNBytes((int) this.maxFileSize.toBytes() + 1);
		}
		catch (IOException ex) {
			return fileError(TvImportError.ofFile("FILE_CORRUPT"));
		}
		if (bytes.length > this.maxFileSize.toBytes()) {
			return fileError(TvImportError.ofFile("FILE_TOO_LARGE", maxFileSizeMegabytes()));
		}
		Sheet sheet;
		try {
			SpreadsheetType type = SpreadsheetDetector.detect(bytes);
			sheet = SpreadsheetReader.read(bytes, type, this.maxRows + 2);
		}
		catch (SpreadsheetException ex) {
			return fileError(TvImportError.ofFile(ex.code(), ex.args().toArray()));
		}
		Validation validation = validate(sheet);
		if (!validation.errors.isEmpty()) {
			return new Result(0, 0, List.copyOf(validation.errors));
		}
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.repository.insertAll(validation.accepted, user.getUsername());
				this.audit.record(AuditEvent.of("IMPORT", "TV_SCHEDULE", null, ScopePath.republic(),
						"%d broadcasts stored, %d unchanged, file %s".formatted(validation.accepted.size(),
								validation.unchanged, Objects.toString(fileName, ""))));
			});
		}
		catch (DuplicateKeyException ex) {
			// someone stored an overlapping broadcast meanwhile: nothing of this file is
			// stored
			return fileError(TvImportError.ofFile("CONCURRENT_CHANGE"));
		}
		return new Result(validation.accepted.size(), validation.unchanged, List.of());
	}

	private static Result fileError(TvImportError error) {
		return new Result(0, 0, List.of(error));
	}

	// ---- validation

	private static final class Validation {

		final List<TvImportError> errors = new ArrayList<>();

		final List<NewTvBroadcast> accepted = new ArrayList<>();

		int unchanged;

		boolean full() {
			return this.errors.size() >= MAX_ERRORS;
		}

	}

	private record Candidate(int row, Map<TvColumn, Integer> columns, Map<TvColumn, String> values,
			NewTvBroadcast broadcast) {
	}

	Validation validate(Sheet sheet) {
		Validation validation = new Validation();
		List<Sheet.Row> rows = sheet.rows();
		Map<TvColumn, Integer> columns = header(rows, validation);
		if (columns == null) {
			return validation;
		}
		List<Sheet.Row> data = rows.subList(1, rows.size());
		if (data.isEmpty()) {
			validation.errors.add(TvImportError.ofFile("FILE_NO_ROWS"));
			return validation;
		}
		if (data.size() > this.maxRows) {
			validation.errors.add(TvImportError.ofFile("FILE_TOO_MANY_ROWS", this.maxRows));
			return validation;
		}
		List<Candidate> candidates = new ArrayList<>();
		for (Sheet.Row row : data) {
			if (validation.full()) {
				break;
			}
			Candidate candidate = row(row, columns, validation);
			if (candidate != null) {
				candidates.add(candidate);
			}
		}
		overlapsInFile(candidates, validation);
		overlapsStored(candidates, validation);
		if (validation.full()) {
			validation.errors.add(TvImportError.ofFile("TOO_MANY_ERRORS", MAX_ERRORS));
		}
		return validation;
	}

	/**
	 * The first row names the columns: by code ({@code date}, {@code start}...) or by the
	 * column's title in any of the three languages, a trailing {@code *} ignored.
	 */
	private Map<TvColumn, Integer> header(List<Sheet.Row> rows, Validation validation) {
		if (rows.isEmpty()) {
			validation.errors.add(TvImportError.ofFile("FILE_NO_ROWS"));
			return null;
		}
		Sheet.Row first = rows.get(0);
		Map<TvColumn, Integer> columns = new EnumMap<>(TvColumn.class);
		for (int c = 0; c < first.cells().size(); c++) {
			TvColumn column = columnNamed(first.cell(c));
			if (column == null) {
				continue;
			}
			if (columns.containsKey(column)) {
				validation.errors
					.add(TvImportError.ofCell(first.number(), column, c, first.cell(c), "DUPLICATE_COLUMN"));
				continue;
			}
			columns.put(column, c);
		}
		if (columns.isEmpty()) {
			validation.errors.add(TvImportError.ofFile("FILE_NO_HEADER"));
			return null;
		}
		for (TvColumn column : TvColumn.values()) {
			if (column.required() && !columns.containsKey(column)) {
				validation.errors.add(new TvImportError(first.number(), column, -1, null, "MISSING_COLUMN", List.of()));
			}
		}
		return validation.errors.isEmpty() ? columns : null;
	}

	private TvColumn columnNamed(String title) {
		String key = normalized(title);
		if (key.isEmpty()) {
			return null;
		}
		for (TvColumn column : TvColumn.values()) {
			if (key.equals(column.code())) {
				return column;
			}
			for (String language : List.of("kk", "ru", "en")) {
				String name = this.messages.getMessage(column.messageKey(), null, "", Locale.forLanguageTag(language));
				if (key.equals(normalized(name))) {
					return column;
				}
			}
		}
		return null;
	}

	private static String normalized(String title) {
		return (title == null) ? "" : title.replace("*", "").strip().toLowerCase(Locale.ROOT);
	}

	private Candidate row(Sheet.Row row, Map<TvColumn, Integer> columns, Validation validation) {
		Map<TvColumn, String> values = new EnumMap<>(TvColumn.class);
		int before = validation.errors.size();
		for (Map.Entry<TvColumn, Integer> entry : columns.entrySet()) {
			String value = row.cell(entry.getValue()).strip();
			values.put(entry.getKey(), value);
			if (entry.getKey().required() && value.isEmpty()) {
				validation.errors.add(cellError(row.number(), entry.getKey(), columns, value, "REQUIRED"));
			}
			else if (value.length() > MAX_TEXT) {
				validation.errors.add(cellError(row.number(), entry.getKey(), columns, value, "TOO_LONG", MAX_TEXT));
			}
		}
		LocalDate date = read(values, TvColumn.DATE, TvValues::date, "BAD_DATE", row, columns, validation);
		LocalTime start = read(values, TvColumn.START, TvValues::time, "BAD_TIME", row, columns, validation);
		LocalTime end = read(values, TvColumn.END, TvValues::time, "BAD_TIME", row, columns, validation);
		TvChannel channel = read(values, TvColumn.CHANNEL, TvValues::channel, "BAD_CHANNEL", row, columns, validation);
		String language = read(values, TvColumn.LANGUAGE, TvValues::language, "BAD_LANGUAGE", row, columns, validation);
		Integer grade = read(values, TvColumn.GRADE, TvValues::grade, "BAD_GRADE", row, columns, validation);
		if (start != null && end != null && !end.isAfter(start)) {
			validation.errors.add(cellError(row.number(), TvColumn.END, columns, values.get(TvColumn.END),
					"END_NOT_AFTER_START", values.get(TvColumn.START)));
		}
		if (validation.errors.size() > before) {
			return null;
		}
		String topic = values.getOrDefault(TvColumn.TOPIC, "");
		Instant startsAt = ZonedDateTime.of(date, start, TvSchedule.BROADCAST_ZONE).toInstant();
		Instant endsAt = ZonedDateTime.of(date, end, TvSchedule.BROADCAST_ZONE).toInstant();
		return new Candidate(row.number(), columns, values, new NewTvBroadcast(channel, language, grade,
				values.get(TvColumn.SUBJECT), topic.isEmpty() ? null : topic, startsAt, endsAt));
	}

	private static <T> T read(Map<TvColumn, String> values, TvColumn column, Function<String, T> reader, String code,
			Sheet.Row row, Map<TvColumn, Integer> columns, Validation validation) {
		String value = values.get(column);
		if (value == null || value.isEmpty()) {
			return null;
		}
		T result = reader.apply(value);
		if (result == null) {
			validation.errors.add(cellError(row.number(), column, columns, value, code));
		}
		return result;
	}

	private static TvImportError cellError(int row, TvColumn column, Map<TvColumn, Integer> columns, String value,
			String code, Object... args) {
		return TvImportError.ofCell(row, column, columns.getOrDefault(column, -1), value, code, args);
	}

	private static void overlapsInFile(List<Candidate> candidates, Validation validation) {
		Map<TvChannel, List<Candidate>> byChannel = new EnumMap<>(TvChannel.class);
		for (Candidate candidate : candidates) {
			byChannel.computeIfAbsent(candidate.broadcast().channel(), (key) -> new ArrayList<>()).add(candidate);
		}
		for (List<Candidate> list : byChannel.values()) {
			list.sort(Comparator.comparing((Candidate c) -> c.broadcast().startsAt()).thenComparing(Candidate::row));
			Candidate latest = null;
			for (Candidate candidate : list) {
				if (latest != null && candidate.broadcast().startsAt().isBefore(latest.broadcast().endsAt())) {
					Candidate later = (candidate.row() > latest.row()) ? candidate : latest;
					Candidate earlier = (later == candidate) ? latest : candidate;
					validation.errors.add(cellError(later.row(), TvColumn.START, later.columns(),
							later.values().get(TvColumn.START), "OVERLAP_IN_FILE", earlier.row()));
				}
				if (latest == null || candidate.broadcast().endsAt().isAfter(latest.broadcast().endsAt())) {
					latest = candidate;
				}
			}
		}
	}

	private void overlapsStored(List<Candidate> candidates, Validation validation) {
		if (!validation.errors.isEmpty()) {
			return;
		}
		for (TvChannel channel : TvChannel.values()) {
			List<Candidate> ofChannel = candidates.stream().filter((c) -> c.broadcast().channel() == channel).toList();
			if (ofChannel.isEmpty()) {
				continue;
			}
			Instant from = ofChannel.stream().map((c) -> c.broadcast().startsAt()).min(Comparator.naturalOrder()).get();
			Instant to = ofChannel.stream().map((c) -> c.broadcast().endsAt()).max(Comparator.naturalOrder()).get();
			List<TvBroadcast> stored = this.repository.overlapping(channel, from, to);
			for (Candidate candidate : ofChannel) {
				NewTvBroadcast b = candidate.broadcast();
				List<TvBroadcast> clashes = stored.stream()
					.filter((s) -> s.startsAt().isBefore(b.endsAt()) && s.endsAt().isAfter(b.startsAt()))
					.toList();
				if (clashes.isEmpty()) {
					validation.accepted.add(b);
				}
				else if (clashes.size() == 1 && same(clashes.get(0), b)) {
					validation.unchanged++;
				}
				else {
					TvBroadcast clash = clashes.get(0);
					validation.errors.add(cellError(candidate.row(), TvColumn.START, candidate.columns(),
							candidate.values().get(TvColumn.START), "OVERLAP_STORED",
							LOCAL.format(clash.startsAt().atZone(TvSchedule.BROADCAST_ZONE)), clash.subject()));
				}
				if (validation.full()) {
					return;
				}
			}
		}
	}

	private static boolean same(TvBroadcast stored, NewTvBroadcast b) {
		return stored.startsAt().equals(b.startsAt()) && stored.endsAt().equals(b.endsAt())
				&& stored.language().equals(b.language()) && stored.grade() == b.grade()
				&& stored.subject().equals(b.subject()) && Objects.equals(stored.topic(), b.topic());
	}

}
