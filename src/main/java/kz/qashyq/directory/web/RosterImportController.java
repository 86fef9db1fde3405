package kz.qashyq.directory.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import kz.qashyq.directory.internal.roster.RosterFileException;
import kz.qashyq.directory.internal.roster.RosterImports;
import kz.qashyq.directory.internal.roster.RosterKind;
import kz.qashyq.platform.spreadsheet.SpreadsheetType;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Roster import pages: the organization's roster page (templates, upload, recent
 * imports), a job's page with its progress (polled by htmx; without JavaScript the page
 * reloads itself), and the downloads. Access is checked by {@link RosterImports}.
 */
@Controller
class RosterImportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final RosterImports imports;

	RosterImportController(RosterImports imports) {
		this.imports = imports;
	}

	@GetMapping("/directory/organizations/{organizationId}/roster")
	String page(@PathVariable long organizationId, Model model) {
		model.addAttribute("page", this.imports.page(organizationId));
		model.addAttribute("kinds", RosterKind.values());
		return "directory/roster/page";
	}

	@PostMapping("/directory/organizations/{organizationId}/roster")
	String upload(@PathVariable long organizationId, @RequestParam RosterKind kind,
			@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response) {
		try {
			UUID job = this.imports.upload(organizationId, kind, (file != null) ? file.getOriginalFilename() : null,
					(file != null) ? file.getSize() : 0, file);
			return "redirect:/directory/roster/jobs/" + job;
		}
		catch (RosterFileException ex) {
			response.setStatus(ex.code().equals("FILE_TOO_LARGE") ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
					: HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problem", this.imports.message(ex));
			model.addAttribute("chosenKind", kind);
			return page(organizationId, model);
		}
	}

	@GetMapping("/directory/roster/template")
	ResponseEntity<byte[]> template(@RequestParam RosterKind kind, @RequestParam(defaultValue = "xlsx") String format) {
		SpreadsheetType type = type(format);
		return download(this.imports.template(kind, type),
				"roster-" + kind.name().toLowerCase(Locale.ROOT) + "." + format.toLowerCase(Locale.ROOT), type);
	}

	@GetMapping("/directory/roster/jobs/{jobId}")
	String job(@PathVariable UUID jobId, Model model) {
		model.addAttribute("view", this.imports.job(jobId));
		return "directory/roster/job";
	}

	@GetMapping("/directory/roster/jobs/{jobId}/progress")
	String progress(@PathVariable UUID jobId, Model model) {
		model.addAttribute("view", this.imports.job(jobId));
		return "directory/roster/job :: progress";
	}

	@GetMapping("/directory/roster/jobs/{jobId}/errors.csv")
	ResponseEntity<byte[]> errorsCsv(@PathVariable UUID jobId) {
		return download(this.imports.errorReport(jobId, SpreadsheetType.CSV), "roster-errors.csv", SpreadsheetType.CSV);
	}

	@GetMapping("/directory/roster/jobs/{jobId}/errors.xlsx")
	ResponseEntity<byte[]> errorsXlsx(@PathVariable UUID jobId) {
		return download(this.imports.errorReport(jobId, SpreadsheetType.XLSX), "roster-errors.xlsx",
				SpreadsheetType.XLSX);
	}

	private static SpreadsheetType type(String format) {
		return switch (format.toLowerCase(Locale.ROOT)) {
			case "csv" -> SpreadsheetType.CSV;
			case "xlsx" -> SpreadsheetType.XLSX;
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format");
		};
	}

	private static ResponseEntity<byte[]> download(byte[] content, String fileName, SpreadsheetType type) {
		return ResponseEntity.ok()
			.contentType((type == SpreadsheetType.CSV) ? CSV : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(content);
	}

}
