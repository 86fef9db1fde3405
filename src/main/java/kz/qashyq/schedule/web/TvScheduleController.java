package kz.qashyq.schedule.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import kz.qashyq.platform.spreadsheet.SpreadsheetType;
import kz.qashyq.schedule.TvChannel;
import kz.qashyq.schedule.TvSchedule;
import kz.qashyq.schedule.internal.tv.TvImportErrors;
import kz.qashyq.schedule.internal.tv.TvScheduleFiles;
import kz.qashyq.schedule.internal.tv.TvScheduleImports;
import kz.qashyq.schedule.internal.tv.TvWeekView;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * O-3.1a: the TV-lesson schedule by week and channel, and its import (template, upload,
 * error report) for those who keep it.
 */
@Controller
class TvScheduleController {

	private static final String ERRORS = TvScheduleController.class.getName() + ".errors";

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final TvWeekView weeks;

	private final TvScheduleImports imports;

	private final TvScheduleFiles files;

	private final Clock clock;

	TvScheduleController(TvWeekView weeks, TvScheduleImports imports, TvScheduleFiles files, Clock clock) {
		this.weeks = weeks;
		this.imports = imports;
		this.files = files;
		this.clock = clock;
	}

	@GetMapping("/schedule/tv")
	String week(@RequestParam(required = false) String week, @RequestParam(required = false) String channel,
			Model model) {
		LocalDate day = LocalDate.now(this.clock.withZone(TvSchedule.BROADCAST_ZONE));
		if (week != null && !week.isBlank()) {
			try {
				day = LocalDate.parse(week);
			}
			catch (DateTimeParseException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			}
		}
		TvChannel chosen = null;
		if (channel != null && !channel.isBlank()) {
			try {
				chosen = TvChannel.valueOf(channel);
			}
			catch (IllegalArgumentException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
			}
		}
		model.addAttribute("week", this.weeks.week(day, chosen));
		model.addAttribute("channels", TvChannel.values());
		return "schedule/tv/week";
	}

	@GetMapping("/schedule/tv/import")
	String importPage(Model model) {
		this.imports.requireManager();
		limits(model);
		return "schedule/tv/import";
	}

	@PostMapping("/schedule/tv/import")
	String upload(@RequestParam(required = false) MultipartFile file, Model model, Locale locale, HttpSession session,
			HttpServletResponse response) throws IOException {
		this.imports.requireManager();
		TvScheduleImports.Result result;
		if (file == null) {
			result = this.imports.importFile(null, 0, InputStream.nullInputStream());
		}
		else {
			try (InputStream in = file.getInputStream()) {
				result = this.imports.importFile(file.getOriginalFilename(), file.getSize(), in);
			}
		}
		limits(model);
		model.addAttribute("result", result);
		if (result.ok()) {
			session.removeAttribute(ERRORS);
		}
		else {
			session.setAttribute(ERRORS, new TvImportErrors(result.errors()));
			model.addAttribute("errors", this.files.lines(result.errors(), locale));
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		return "schedule/tv/import";
	}

	@GetMapping("/schedule/tv/import/errors.csv")
	ResponseEntity<byte[]> errorReport(HttpSession session, Locale locale) {
		this.imports.requireManager();
		TvImportErrors errors = (session.getAttribute(ERRORS) instanceof TvImportErrors kept) ? kept
				: new TvImportErrors(new ArrayList<>());
		return download(this.files.errorReport(errors.errors(), locale), "tv-schedule-errors.csv", CSV);
	}

	@GetMapping("/schedule/tv/template")
	ResponseEntity<byte[]> template(@RequestParam(defaultValue = "xlsx") String format, Locale locale) {
		this.imports.requireManager();
		SpreadsheetType type = switch (format) {
			case "csv" -> SpreadsheetType.CSV;
			case "xlsx" -> SpreadsheetType.XLSX;
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		};
		return download(this.files.template(type, locale), "tv-schedule." + format,
				(type == SpreadsheetType.CSV) ? CSV : XLSX);
	}

	private void limits(Model model) {
		model.addAttribute("maxMegabytes", this.imports.maxFileSizeMegabytes());
		model.addAttribute("maxRows", this.imports.maxRows());
	}

	private static ResponseEntity<byte[]> download(byte[] content, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(content);
	}

}
