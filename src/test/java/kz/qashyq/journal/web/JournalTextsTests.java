package kz.qashyq.journal.web;

import kz.qashyq.platform.i18n.Languages;
import kz.qashyq.platform.i18n.LocalTimes;
import kz.qashyq.platform.i18n.LocalTimesTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journal's history and absence reasons read in the page's language, never as the
 * codes they are stored as.
 */
class JournalTextsTests {

	private final ResourceBundleMessageSource messages = LocalTimesTests.messages();

	private final JournalTexts texts = new JournalTexts(this.messages, new LocalTimes(this.messages));

	@AfterEach
	void resetLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void shouldTranslateAttendanceWithItsChannelAndReason() {
		LocaleContextHolder.setLocale(Languages.KAZAKH);
		assertThat(this.texts.change("ATTENDANCE", "PRESENT/ONLINE")).isEqualTo("Қатысты · Онлайн");
		assertThat(this.texts.change("ATTENDANCE", "LATE/ONLINE")).isEqualTo("Кешікті · Онлайн");
		LocaleContextHolder.setLocale(Languages.RUSSIAN);
		assertThat(this.texts.change("ATTENDANCE", "EXCUSED (ILLNESS_CERTIFICATE)"))
			.isEqualTo("Уважительная причина (Болезнь (медицинская справка))");
		assertThat(this.texts.change("ATTENDANCE", "EXCUSED (Свадьба брата (в Шымкенте))"))
			.as("a typed reason stays as typed")
			.isEqualTo("Уважительная причина (Свадьба брата (в Шымкенте))");
		assertThat(this.texts.change("DAY", "ABSENT (PARENTS_CHOICE)"))
			.isEqualTo("Отсутствовал (Выбор родителей (остаётся дома))");
		assertThat(this.texts.change("ATTENDANCE", null)).isEqualTo("—");
	}

	@Test
	void shouldTranslateMarksAndWhereTheyCameFrom() {
		LocaleContextHolder.setLocale(Languages.RUSSIAN);
		assertThat(this.texts.change("MARK", "5 CURRENT")).isEqualTo("5 · Текущий контроль");
		assertThat(this.texts.change("MARK", "feedback (coursework 10306)"))
			.isEqualTo("Отзыв без отметки (сданная работа)");
		assertThat(this.texts.change("MARK", "4 (coursework 10306)")).isEqualTo("4 (сданная работа)");
		assertThat(this.texts.change("TERM", "4.50")).isEqualTo("4.5");
		LocaleContextHolder.setLocale(Languages.KAZAKH);
		assertThat(this.texts.change("MARK", "feedback (coursework 10306)"))
			.isEqualTo("Бағасыз пікір (тапсырылған жұмыс)");
		assertThat(this.texts.change("CHOICE", "STAYS_HOME 2026-12-07..2026-12-11")).doesNotContain("STAYS_HOME")
			.contains("үйде болады");
		assertThat(this.texts.change("TOPIC", "Квадрат теңдеулер")).isEqualTo("Квадрат теңдеулер");
	}

	@Test
	void shouldReadTheJournalsAuditDetails() {
		JournalAuditReading reading = new JournalAuditReading(this.texts, this.messages);
		assertThat(reading.reads("JOURNAL_ATTENDANCE")).isTrue();
		assertThat(reading.reads("TIMETABLE")).isFalse();
		assertThat(reading.read("JOURNAL_ATTENDANCE", "Математика 2026-12-07 09:00: PRESENT/ONLINE -> LATE/ONLINE",
				Languages.RUSSIAN))
			.isEqualTo("Математика 2026-12-07 09:00: Присутствовал · Онлайн → Опоздал · Онлайн");
		assertThat(reading.read("JOURNAL_MARK", "from submission 10721: null -> feedback", Languages.KAZAKH))
			.isEqualTo("тапсырылған жұмыс 10721: — → Бағасыз пікір (тапсырылған жұмыс)");
		assertThat(reading.read("JOURNAL_MARK", "Математика 2026-12-07: 5 CURRENT -> none", Languages.RUSSIAN))
			.isEqualTo("Математика 2026-12-07: 5 · Текущий контроль → —");
		assertThat(reading.read("JOURNAL_ATTENDANCE", "Математика 2026-12-07 09:00: all present, 25 learners [1, 2]",
				Languages.RUSSIAN))
			.isEqualTo("Математика 2026-12-07 09:00: все присутствуют (25 обучающихся)");
		assertThat(reading.read("PRESCHOOL_ATTENDANCE", "null -> ABSENT (ILLNESS)", Languages.KAZAKH))
			.isEqualTo("— → Қатыспады (Ауруына байланысты)");
	}

	@Test
	void shouldTranslateReasonCodes() {
		LocaleContextHolder.setLocale(Languages.KAZAKH);
		assertThat(this.texts.reason("ILLNESS")).isEqualTo("Ауруына байланысты");
		assertThat(this.texts.reason("Жарыс")).isEqualTo("Жарыс");
		assertThat(this.texts.reason(null)).isEmpty();
	}

}
