package kz.qashyq.schedule.web;

import kz.qashyq.platform.i18n.Languages;
import kz.qashyq.platform.i18n.LocalTimesTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A solver's score reads as conflicts and a penalty in the page's language, never as
 * Timefold's {@code 0hard/-31841soft}.
 */
class TimetableTextsTests {

	private final TimetableTexts texts = new TimetableTexts(LocalTimesTests.messages());

	@AfterEach
	void resetLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void shouldNameTheScoresParts() {
		LocaleContextHolder.setLocale(Languages.RUSSIAN);
		assertThat(this.texts.score(0, -31841)).isEqualTo("конфликтов: 0, штраф за пожелания: 31841");
		assertThat(this.texts.note("score 0hard/-31841soft")).isEqualTo("конфликтов: 0, штраф за пожелания: 31841");
		assertThat(this.texts.note("score -2hard/-40soft, unplaced 3"))
			.isEqualTo("конфликтов: 2, штраф за пожелания: 40, уроков без места: 3");
		LocaleContextHolder.setLocale(Languages.KAZAKH);
		assertThat(this.texts.score(0, -5)).isEqualTo("қайшылықтар: 0, тілектер айыбы: 5");
		assertThat(this.texts.score(null, null)).isEqualTo("—");
		assertThat(this.texts.note("Қолмен түзетілді")).isEqualTo("Қолмен түзетілді");
	}

}
