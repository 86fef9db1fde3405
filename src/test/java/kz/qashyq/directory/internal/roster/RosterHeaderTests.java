package kz.qashyq.directory.internal.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import kz.qashyq.platform.i18n.Languages;
import kz.qashyq.platform.spreadsheet.Sheet;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Finding the columns of a roster by their titles in Kazakh, Russian or English.
 */
class RosterHeaderTests {

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/roster/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private final ResourceBundleMessageSource messages = messages();

	private final RosterVocabulary vocabulary = new RosterVocabulary(this.messages);

	private Sheet sheet(List<List<String>> rows) {
		List<Sheet.Row> numbered = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			numbered.add(new Sheet.Row(i + 1, rows.get(i)));
		}
		return new Sheet(numbered);
	}

	@Test
	void shouldFindTheColumnsOfTheTemplateInEachLanguage() {
		for (Locale locale : Languages.SUPPORTED) {
			List<String> titles = RosterKind.LEARNERS.columns()
				.stream()
				.map((column) -> this.messages.getMessage(column.messageKey(), null, locale)
						+ (RosterKind.LEARNERS.requires(column) ? " *" : ""))
				.toList();
			RosterHeader header = RosterHeader.find(RosterKind.LEARNERS, sheet(List.of(titles, titles)),
					this.vocabulary);
			for (RosterColumn column : RosterKind.LEARNERS.columns()) {
				assertThat(header.has(column)).as("%s in %s", column, locale).isTrue();
			}
		}
	}

	@Test
	void shouldAcceptTitlesOfMixedLanguagesCaseAndPunctuationInAnyOrder() {
		RosterHeader header = RosterHeader.find(RosterKind.STAFF,
				sheet(List.of(List.of("№", "лауазымы", "ФАМИЛИЯ", "first name", "иин*", "Примечание"),
						List.of("1", "Учитель", "Ахметов", "Ерлан", "850101300123", "x"))),
				this.vocabulary);

		Sheet.Row row = header.dataRows().get(0);
		assertThat(header.cell(row, RosterColumn.POSITION)).isEqualTo("Учитель");
		assertThat(header.cell(row, RosterColumn.LAST_NAME)).isEqualTo("Ахметов");
		assertThat(header.cell(row, RosterColumn.FIRST_NAME)).isEqualTo("Ерлан");
		assertThat(header.cell(row, RosterColumn.IIN)).isEqualTo("850101300123");
		assertThat(header.has(RosterColumn.EMAIL)).isFalse();
	}

	@Test
	void shouldSkipATitleRowAboveTheHeader() {
		RosterHeader header = RosterHeader.find(RosterKind.STAFF, sheet(List.of(List.of("Список сотрудников школы № 5"),
				List.of("ЖСН", "Тегі", "Аты", "Лауазымы"), List.of("850101300123", "Ахметов", "Ерлан", "Мұғалім"))),
				this.vocabulary);

		assertThat(header.dataRows()).extracting(Sheet.Row::number).containsExactly(3);
	}

	@Test
	void shouldNameTheMissingRequiredColumns() {
		assertThatThrownBy(() -> RosterHeader.find(RosterKind.LEARNERS,
				sheet(List.of(List.of("IIN", "Last name", "First name"))), this.vocabulary))
			.isInstanceOfSatisfying(RosterFileException.class, (ex) -> {
				assertThat(ex.code()).isEqualTo("FILE_MISSING_COLUMNS");
				assertThat(ex.args())
					.containsExactly("col:group,parent1_last_name,parent1_first_name,parent1_relation,parent1_phone");
			});
	}

	@Test
	void shouldRefuseAColumnGivenTwiceAndAFileWithoutHeader() {
		assertThatThrownBy(() -> RosterHeader.find(RosterKind.STAFF, sheet(List.of(List.of("IIN", "ИИН", "Фамилия"))),
				this.vocabulary))
			.isInstanceOfSatisfying(RosterFileException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("FILE_DUPLICATE_COLUMN"));
		assertThatThrownBy(() -> RosterHeader.find(RosterKind.STAFF,
				sheet(List.of(List.of("a", "b"), List.of("1", "2"))), this.vocabulary))
			.isInstanceOfSatisfying(RosterFileException.class,
					(ex) -> assertThat(ex.code()).isEqualTo("FILE_NO_HEADER"));
	}

	@Test
	void shouldReadChoicesInEachLanguageAndCommonSynonyms() {
		assertThat(List.of("Ж", "женский", "әйел", "female", "F").stream().map(this.vocabulary::sex)).containsOnly("F");
		assertThat(List.of("мать", "Мама", "анасы", "Mother").stream().map(this.vocabulary::relation))
			.containsOnly("MOTHER");
		assertThat(List.of("бабушка или дедушка", "әже", "grandparent").stream().map(this.vocabulary::relation))
			.containsOnly("GRANDPARENT");
		assertThat(List.of("общее с братьями или сёстрами", "ортақ", "shared").stream().map(this.vocabulary::device))
			.containsOnly("SHARED");
		assertThat(List.of("да", "иә", "yes", "+", "1").stream().map(this.vocabulary::yesNo)).containsOnly(true);
		assertThat(List.of("нет", "жоқ", "no", "-", "0").stream().map(this.vocabulary::yesNo)).containsOnly(false);
		assertThat(this.vocabulary.sex("maybe")).isNull();
	}

}
