package kz.qashyq.directory.internal.roster;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cleaning and reading single cells.
 */
class RosterValuesTests {

	@Test
	void shouldAcceptNamesOfEveryScriptAndRefuseMarkup() {
		assertThat(RosterValues.isName("Әбенова")).isTrue();
		assertThat(RosterValues.isName("Анна-Мария")).isTrue();
		assertThat(RosterValues.isName("O'Brien")).isTrue();
		assertThat(RosterValues.isName("D’Artagnan")).isTrue();
		assertThat(RosterValues.isName("St. John")).isTrue();
		assertThat(RosterValues.isName("Nurlan Jr.")).isTrue();
		assertThat(RosterValues.isName("<script>alert(1)</script>")).isFalse();
		assertThat(RosterValues.isName("Иван<b>")).isFalse();
		assertThat(RosterValues.isName("Ivan2")).isFalse();
		assertThat(RosterValues.isName("=HYPERLINK(\"x\")")).isFalse();
		assertThat(RosterValues.isName("-")).isFalse();
	}

	@Test
	void shouldCleanSpacesAndInvisibleCharacters() {
		assertThat(RosterValues.clean("  Анна\u00A0 \u200BМария ")).isEqualTo("Анна Мария");
		assertThat(RosterValues.clean(null)).isEmpty();
	}

	@Test
	void shouldRestoreLeadingZerosOfANumericIinOnly() {
		assertThat(RosterValues.iin("50315600123")).isEqualTo("050315600123");
		assertThat(RosterValues.iin("1015600123")).isEqualTo("001015600123");
		assertThat(RosterValues.iin("850101 300123")).isEqualTo("850101300123");
		assertThat(RosterValues.iin("12345")).isEqualTo("12345");
		assertThat(RosterValues.isExponent("1,20101E+11")).isTrue();
		assertThat(RosterValues.isExponent("120101500123")).isFalse();
	}

	@Test
	void shouldNormalisePhoneNumbers() {
		assertThat(RosterValues.phone("8 701 123 45 67")).isEqualTo("+77011234567");
		assertThat(RosterValues.phone("+7 (701) 123-45-67")).isEqualTo("+77011234567");
		assertThat(RosterValues.phone("77011234567")).isEqualTo("+77011234567");
		assertThat(RosterValues.phone("7011234567")).isEqualTo("+77011234567");
		assertThat(RosterValues.phone("123-45")).isNull();
		assertThat(RosterValues.phone("+49 30 1234567")).isNull();
	}

	@Test
	void shouldReadDatesDayFirst() {
		assertThat(RosterValues.date("15.01.2012")).isEqualTo(LocalDate.of(2012, 1, 15));
		assertThat(RosterValues.date("5.1.2012")).isEqualTo(LocalDate.of(2012, 1, 5));
		assertThat(RosterValues.date("2012-01-15")).isEqualTo(LocalDate.of(2012, 1, 15));
		assertThat(RosterValues.date("15/01/2012")).isEqualTo(LocalDate.of(2012, 1, 15));
		assertThat(RosterValues.date("15.01.2012 0:00:00")).isEqualTo(LocalDate.of(2012, 1, 15));
		assertThat(RosterValues.date("31.02.2012")).isNull();
		assertThat(RosterValues.date("15.01.12")).isNull();
		assertThat(RosterValues.date("завтра")).isNull();
	}

	@Test
	void shouldCompareClassNamesWithoutCaseSpacesOrLatinLookalikes() {
		assertThat(RosterValues.groupKey("5 a")).isEqualTo(RosterValues.groupKey("5А"));
		assertThat(RosterValues.groupKey("5-А")).isEqualTo(RosterValues.groupKey("5А"));
		assertThat(RosterValues.groupKey("ПО 21")).isEqualTo(RosterValues.groupKey("ПО-21"));
		assertThat(RosterValues.groupKey("10 «Ә»")).isEqualTo(RosterValues.groupKey("10Ә"));
		assertThat(RosterValues.groupKey("5Б")).isNotEqualTo(RosterValues.groupKey("5А"));
	}

	@Test
	void shouldCheckEmailAddresses() {
		assertThat(RosterValues.isEmail("aigul.a@mail.kz")).isTrue();
		assertThat(RosterValues.isEmail("мектеп@білім.қаз")).isTrue();
		assertThat(RosterValues.isEmail("aigul@")).isFalse();
		assertThat(RosterValues.isEmail("<a>@b.kz")).isFalse();
	}

	@Test
	void shouldNeutraliseFormulasInReports() {
		assertThat(RosterSpreadsheets.neutralized("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(RosterSpreadsheets.neutralized("Иванов")).isEqualTo("Иванов");
	}

}
