package kz.qashyq.journal.web;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import kz.qashyq.journal.AttendanceStatus;
import kz.qashyq.journal.Participation;
import kz.qashyq.journal.internal.JournalViews.Cell;
import kz.qashyq.journal.internal.JournalViews.CellEdit;
import kz.qashyq.journal.internal.JournalViews.Column;
import kz.qashyq.journal.internal.JournalViews.Grid;
import kz.qashyq.journal.internal.JournalViews.Mark;
import kz.qashyq.journal.internal.JournalViews.Row;
import kz.qashyq.journal.internal.ReasonCode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The journal grid's learner rows and its cells, rendered by precompiled jte templates
 * ({@code src/main/jte/journal}, ADR 0009) and placed into the Thymeleaf page: a class of
 * 30 learners over a month is some 600 cells, and Thymeleaf spent about two thirds of the
 * grid's CPU on them. The templates escape every value; the labels (attendance codes, the
 * "no internet" badge) come translated from the message bundles, once per language.
 */
@Component
public class JournalTables {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final TemplateEngine templates = TemplateEngine.createPrecompiled(null, ContentType.Html,
			JournalTables.class.getClassLoader());

	private final MessageSource messages;

	private final Map<Locale, Translations> translations = new ConcurrentHashMap<>();

	JournalTables(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The {@code
	 *
	<tr>
	 * } rows of the grid's learners.
	 */
	public String rows(Grid grid, String contextPath, Locale locale) {
		StringOutput output = new StringOutput(64 * 1024);
		this.templates.render("journal/rows.jte",
				Map.of("grid", grid, "labels", new Labels(contextPath, translations(locale))), output);
		return output.toString();
	}

	/**
	 * One cell, as an attendance click or a new mark answers it.
	 */
	public String cell(CellEdit edit, String contextPath, Locale locale) {
		Labels labels = new Labels(contextPath, translations(locale));
		StringOutput output = new StringOutput(1024);
		Map<String, Object> params = new HashMap<>();
		params.put("url", labels.cellUrl(edit.grid(), edit.lesson(), edit.learner()));
		params.put("cell", edit.cell());
		params.put("labels", labels);
		this.templates.render("journal/cell.jte", params, output);
		return output.toString();
	}

	private Translations translations(Locale locale) {
		return this.translations.computeIfAbsent(locale, (language) -> {
			Map<AttendanceStatus, String> status = new EnumMap<>(AttendanceStatus.class);
			for (AttendanceStatus value : AttendanceStatus.values()) {
				status.put(value, this.messages.getMessage("journal.code." + value, null, language));
			}
			Map<Participation, String> participation = new EnumMap<>(Participation.class);
			for (Participation value : Participation.values()) {
				participation.put(value, this.messages.getMessage("journal.pcode." + value, null, language));
			}
			Map<ReasonCode, String> reasons = new EnumMap<>(ReasonCode.class);
			for (ReasonCode value : ReasonCode.values()) {
				reasons.put(value, this.messages.getMessage("journal.reason." + value, null, language));
			}
			return new Translations(this.messages.getMessage("journal.noInternet", null, language), status,
					participation, reasons);
		});
	}

	record Translations(String noInternet, Map<AttendanceStatus, String> status,
			Map<Participation, String> participation, Map<ReasonCode, String> reasons) {
	}

	/**
	 * What the templates print besides the grid's data.
	 */
	public record Labels(String contextPath, Translations translations) {

		public String noInternet() {
			return this.translations.noInternet();
		}

		/**
		 * A cell's attendance code and channel, such as {@code "+ on"}.
		 */
		public String code(Cell cell) {
			String code = this.translations.status().get(cell.status());
			return (cell.participation() != null)
					? code + " " + this.translations.participation().get(cell.participation()) : code;
		}

		/**
		 * A cell's absence reason: a code translated, a typed reason as typed, null for
		 * none.
		 */
		public String reason(Cell cell) {
			ReasonCode code = ReasonCode.of(cell.reason());
			return (code != null) ? this.translations.reasons().get(code) : cell.reason();
		}

		/**
		 * The address of a cell's editor, or null when the cell cannot be edited (a
		 * lesson to come, or a reader who does not keep the journal).
		 */
		public String cellUrl(Grid grid, Column lesson, Row learner) {
			if (!grid.canKeep() || !lesson.past()) {
				return null;
			}
			return this.contextPath + "/journal/groups/" + grid.groupId() + "/cell?subject="
					+ UriUtils.encodeQueryParam(grid.subject(), StandardCharsets.UTF_8) + "&date=" + lesson.date()
					+ "&start=" + UriUtils.encodeQueryParam(lesson.start().format(TIME), StandardCharsets.UTF_8)
					+ "&learner=" + learner.learnerId();
		}

		/**
		 * A mark as written in the journal, or {@code *} for feedback without a mark.
		 */
		public static String mark(Mark mark) {
			return (mark.mark() != null) ? mark.mark().toPlainString() : "*";
		}

	}

}
