package kz.qashyq.journal.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.qashyq.journal.AttendanceStatus;
import kz.qashyq.journal.MarkKind;
import kz.qashyq.journal.Participation;
import kz.qashyq.journal.internal.JournalViews.Cell;
import kz.qashyq.journal.internal.JournalViews.CellEdit;
import kz.qashyq.journal.internal.JournalViews.Column;
import kz.qashyq.journal.internal.JournalViews.Grid;
import kz.qashyq.journal.internal.JournalViews.Mark;
import kz.qashyq.journal.internal.JournalViews.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid's rows and cells rendered by the precompiled jte templates: every value from
 * the data is escaped, labels are the translated ones, and only a keeper's past lessons
 * link to the cell editor.
 */
class JournalTablesTests {

	private static final LocalDate PAST = LocalDate.of(2026, 11, 30);

	private final JournalTables tables = new JournalTables(messages());

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		for (AttendanceStatus status : AttendanceStatus.values()) {
			messages.addMessage("journal.code." + status, Locale.forLanguageTag("kk"), "k-" + status);
		}
		for (Participation participation : Participation.values()) {
			messages.addMessage("journal.pcode." + participation, Locale.forLanguageTag("kk"), "p-" + participation);
		}
		messages.addMessage("journal.noInternet", Locale.forLanguageTag("kk"), "интернет жоқ");
		for (kz.qashyq.journal.internal.ReasonCode reason : kz.qashyq.journal.internal.ReasonCode.values()) {
			messages.addMessage("journal.reason." + reason, Locale.forLanguageTag("kk"), "r-" + reason);
		}
		return messages;
	}

	private static Grid grid(boolean canKeep, Row row, Column... lessons) {
		return new Grid(823, "5A", 1, "Тарих & <құқық>", List.of(), PAST, PAST, PAST.plusDays(3), "FIVE_POINT", canKeep,
				List.of(lessons), List.of(row));
	}

	private static Mark mark(String title, BigDecimal value) {
		return new Mark(1, "Тарих", PAST, MarkKind.values()[0], "FIVE_POINT", value, null, null, "MANUAL", title, null,
				"t", null);
	}

	@Test
	@DisplayName("The grid's rows escape names, reasons and mark titles, and link a keeper's past lessons to their editor")
	void shouldEscapeAndLinkOnlyEditableCells() {
		Column past = new Column("2026-11-30_08:30", PAST, LocalTime.of(8, 30), 1L, null, null, true);
		Column future = new Column("2026-12-07_08:30", PAST.plusDays(7), LocalTime.of(8, 30), 2L, null, null, false);
		Cell cell = new Cell(AttendanceStatus.LATE, Participation.TV, "\"late\" <bus>",
				List.of(mark("<img src=x onerror=alert(1)>", new BigDecimal("1E+1"))));
		Row row = new Row(41473, "<script>alert('x')</script>", false, Map.of(past.key(), cell), List.of(), null, 90,
				true);
		String html = this.tables.rows(grid(true, row, past, future), "", Locale.forLanguageTag("kk"));
		assertThat(html).doesNotContain("<script>", "<img", "<bus>")
			// in text every markup character is escaped; in a quoted attribute the quote
			// and "<"
			.contains("&lt;script&gt;", "title=\"&lt;img src=x onerror=alert(1)>\"",
					"title=\"&#34;late&#34; &lt;bus>\"")
			.contains("<tr class=\"low\">", "интернет жоқ", "k-LATE p-TV", ">10<", "90%")
			.contains(
					"/journal/groups/823/cell?subject=%D0%A2%D0%B0%D1%80%D0%B8%D1%85%20%26%20%3C%D2%9B%D2%B1%D2%9B%D1%8B%D2%9B%3E&amp;date=2026-11-30&amp;start=08:30&amp;learner=41473");
		assertThat(html.split("hx-get=", -1)).as("one editable cell: the past lesson").hasSize(2);
		assertThat(html).contains("<span class=\"muted\">·</span>");
		String reader = this.tables.rows(grid(false, row, past, future), "", Locale.forLanguageTag("kk"));
		assertThat(reader).doesNotContain("hx-get", "/cell?");
	}

	@Test
	@DisplayName("The cell an attendance click answers with is the same cell the grid shows")
	void shouldRenderTheSingleCellLikeTheGrid() {
		Column past = new Column("2026-11-30_08:30", PAST, LocalTime.of(8, 30), 1L, null, null, true);
		Cell cell = new Cell(AttendanceStatus.PRESENT, Participation.ONLINE, null, List.of());
		Row row = new Row(7, "Ахметова Айгерім", true, Map.of(past.key(), cell), List.of(), null, null, false);
		Grid grid = grid(true, row, past);
		String single = this.tables.cell(new CellEdit(grid, past, row, cell), "", Locale.forLanguageTag("kk"));
		assertThat(single).startsWith("<a class=\"cell\"").contains("k-PRESENT p-ONLINE").doesNotContain("title=");
		assertThat(this.tables.rows(grid, "", Locale.forLanguageTag("kk"))).contains(single);
	}

}
