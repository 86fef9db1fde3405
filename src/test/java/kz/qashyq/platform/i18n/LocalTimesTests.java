package kz.qashyq.platform.i18n;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import kz.qashyq.platform.PlatformConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored instants are shown in the organization's zone and the page's language, and a
 * zone by its name, never by its id.
 */
public class LocalTimesTests {

	private static final Instant MORNING = Instant.parse("2026-04-06T03:05:00Z");

	private final LocalTimes times = new LocalTimes(messages());

	@AfterEach
	void resetLanguage() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void shouldShowAnInstantInTheOrganizationsZoneInEachLanguage() {
		ZoneId almaty = ZoneId.of("Asia/Almaty");
		LocaleContextHolder.setLocale(Languages.RUSSIAN);
		assertThat(this.times.dateTime(MORNING, almaty)).isEqualTo("6 апр. 2026 г., 08:05");
		LocaleContextHolder.setLocale(Languages.KAZAKH);
		assertThat(this.times.dateTime(MORNING, almaty)).contains("2026", "сәу", "08:05").doesNotContain("UTC");
		LocaleContextHolder.setLocale(Languages.ENGLISH);
		assertThat(this.times.dateTime(MORNING, almaty)).isEqualTo("Apr 6, 2026, 8:05 AM");
		assertThat(this.times.dateTime(MORNING, ZoneId.of("Asia/Aqtobe"))).isEqualTo("Apr 6, 2026, 8:05 AM");
		assertThat(this.times.dateTime(Instant.parse("2020-04-06T03:05:00Z"), almaty))
			.as("Almaty was six hours ahead of UTC in 2020")
			.isEqualTo("Apr 6, 2020, 9:05 AM");
	}

	@Test
	void shouldTakeTheLocalDateOfAnInstant() {
		LocaleContextHolder.setLocale(Languages.RUSSIAN);
		Instant lateEvening = Instant.parse("2026-04-05T20:30:00Z");
		assertThat(this.times.date(lateEvening, ZoneId.of("Asia/Almaty"))).isEqualTo("6 апр. 2026 г.");
		assertThat(this.times.date(lateEvening, (ZoneId) null)).as("the Republic's time without an organization")
			.isEqualTo("6 апр. 2026 г.");
		assertThat(this.times.date(LocalDate.of(2026, 4, 6))).isEqualTo("6 апр. 2026 г.");
		assertThat(this.times.dateTime((Instant) null, ZoneId.of("Asia/Almaty"))).isEmpty();
	}

	@Test
	void shouldNameAZoneWithoutItsId() {
		LocaleContextHolder.setLocale(Languages.KAZAKH);
		assertThat(this.times.zone("Asia/Almaty")).isEqualTo("Алматы уақыты");
		LocaleContextHolder.setLocale(Languages.RUSSIAN);
		assertThat(this.times.zone(ZoneId.of("Asia/Oral"))).isEqualTo("время Уральска");
		LocaleContextHolder.setLocale(Languages.ENGLISH);
		assertThat(this.times.zone("Asia/Almaty")).isEqualTo("Almaty time");
		assertThat(this.times.zone("Europe/Berlin")).matches("[+-]\\d\\d:\\d\\d");
	}

	public static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(PlatformConfiguration.MESSAGE_BUNDLES);
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
