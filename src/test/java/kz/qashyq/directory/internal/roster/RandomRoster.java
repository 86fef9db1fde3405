package kz.qashyq.directory.internal.roster;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import kz.qashyq.directory.Iin;
import kz.qashyq.directory.internal.roster.RosterTestFiles.DateCell;
import kz.qashyq.directory.internal.roster.RosterTestFiles.Number;
import kz.qashyq.directory.internal.roster.RosterTestFiles.Text;
import kz.qashyq.directory.internal.roster.RosterTestFiles.XlsxValue;
import kz.qashyq.platform.i18n.Languages;
import kz.qashyq.platform.spreadsheet.SpreadsheetReader;
import kz.qashyq.platform.spreadsheet.SpreadsheetType;

import org.springframework.context.MessageSource;

import static kz.qashyq.directory.internal.roster.RosterColumn.ADDRESS;
import static kz.qashyq.directory.internal.roster.RosterColumn.BIRTH_DATE;
import static kz.qashyq.directory.internal.roster.RosterColumn.DEVICE;
import static kz.qashyq.directory.internal.roster.RosterColumn.FIRST_NAME;
import static kz.qashyq.directory.internal.roster.RosterColumn.GROUP;
import static kz.qashyq.directory.internal.roster.RosterColumn.IIN;
import static kz.qashyq.directory.internal.roster.RosterColumn.INTERNET;
import static kz.qashyq.directory.internal.roster.RosterColumn.LAST_NAME;
import static kz.qashyq.directory.internal.roster.RosterColumn.MIDDLE_NAME;
import static kz.qashyq.directory.internal.roster.RosterColumn.SEX;

/**
 * A random, valid learners' roster as a school would type it: names in Kazakh, Russian or
 * Latin letters, column titles in any of the three languages and in any order, optional
 * columns left out, IINs as text or as numbers, dates as text or date cells, siblings
 * sharing parents, parents already known to the directory; written as XLSX or CSV in the
 * encodings Excel uses. It can also be written with one corrupted row.
 */
final class RandomRoster {

	enum Format {

		XLSX, CSV_UTF8_BOM_COMMA, CSV_UTF8_SEMICOLON, CSV_1251_SEMICOLON

	}

	enum Corruption {

		BAD_CHECK_DIGIT(IIN, "IIN_CHECK_DIGIT"), MISSING_LAST_NAME(LAST_NAME, "REQUIRED"),
		UNKNOWN_CLASS(GROUP, "UNKNOWN_GROUP"), BAD_DATE(BIRTH_DATE, "INVALID_DATE"),
		DUPLICATE_IIN(IIN, "DUPLICATE_IN_FILE"), MARKUP_IN_NAME(FIRST_NAME, "INVALID_NAME");

		final RosterColumn column;

		final String code;

		Corruption(RosterColumn column, String code) {
			this.column = column;
			this.code = code;
		}

	}

	enum Script {

		KAZAKH, RUSSIAN, LATIN

	}

	private static final Map<Script, List<String>> LAST_NAMES = Map.of(Script.KAZAKH,
			List.of("Әбенова", "Нұрғалиев", "Қасымов", "Өтегенова", "Жұмабаев", "Сейітқали", "Тоқтарұлы", "Ыбырай"),
			Script.RUSSIAN,
			List.of("Иванов", "Петрова", "Ёлкин", "Салтыков-Щедрин", "Смирнова", "Ким", "Цой", "Щукина"), Script.LATIN,
			List.of("O'Brien", "Smith-Jones", "D'Souza", "Nurlanov", "Äbenova", "St. John", "García"));

	private static final Map<Script, List<String>> FIRST_NAMES = Map.of(Script.KAZAKH,
			List.of("Әлібек", "Нұрсұлтан", "Айгүл", "Ғалия", "Құралай", "Іңкәр", "Үміт", "Ерұлан", "Дәулет"),
			Script.RUSSIAN, List.of("Сергей", "Анна-Мария", "Пётр", "Ольга", "Дмитрий", "Наталья", "Юлия"),
			Script.LATIN, List.of("Nurlan", "Äsel", "José", "Anne-Marie", "Zhanna", "Timur"));

	private static final Map<Script, List<String>> MIDDLE_NAMES = Map.of(Script.KAZAKH,
			List.of("Серікұлы", "Ержанқызы", "Бауыржанұлы"), Script.RUSSIAN, List.of("Сергеевич", "Ивановна"),
			Script.LATIN, List.of("Jr.", "Ali"));

	private static final Map<Script, List<String>> ADDRESSES = Map.of(Script.KAZAKH,
			List.of("Қарағанды қ., Бұқар жырау даңғылы, 12, 5-пәтер", "Теміртау, \"Жастар\" ш/а, 3; 41"),
			Script.RUSSIAN, List.of("г. Караганда, ул. Абая, д. 5, кв. 12", "пос. Доскей; ул. \"Мира\", 7"),
			Script.LATIN, List.of("Karaganda, Abai st. 5, apt 12"));

	private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

	final Random random;

	final Format format;

	final Script script;

	final Locale headerLanguage;

	final boolean titleRow;

	final List<RosterColumn> columns;

	final List<Learner> learners = new ArrayList<>();

	/** One row's cells; a column missing from the map is an empty cell. */
	final List<Map<RosterColumn, XlsxValue>> rows = new ArrayList<>();

	static final class Person {

		final String iin;

		final String lastName;

		final String firstName;

		final String middleName;

		final LocalDate birthDate;

		final boolean female;

		Person(String iin, String lastName, String firstName, String middleName, LocalDate birthDate, boolean female) {
			this.iin = iin;
			this.lastName = lastName;
			this.firstName = firstName;
			this.middleName = middleName;
			this.birthDate = birthDate;
			this.female = female;
		}

	}

	static final class Parent {

		final Person person;

		final String relation;

		final String phone;

		Parent(Person person, String relation, String phone) {
			this.person = person;
			this.relation = relation;
			this.phone = phone;
		}

	}

	record Learner(Person person, String group, String device, Parent parent1, Parent parent2) {
	}

	/**
	 * Hands out IINs unused by this test class (its own serial range, skipping any
	 * taken).
	 */
	static final class IinSource {

		private final Random random;

		private final int serialBase;

		private final Set<String> used = new HashSet<>();

		IinSource(Random random, int serialBase) {
			this.random = random;
			this.serialBase = serialBase;
		}

		String next(LocalDate from, LocalDate to, boolean female) {
			while (true) {
				LocalDate date = from.plusDays(this.random.nextInt((int) (to.toEpochDay() - from.toEpochDay())));
				String iin = Iin.generate(date, female, this.serialBase + this.random.nextInt(800)).value();
				if (this.used.add(iin)) {
					return iin;
				}
			}
		}

		void exclude(Collection<String> taken) {
			this.used.addAll(taken);
		}

	}

	private RandomRoster(Random random, Format format, Script script, Locale headerLanguage, boolean titleRow,
			List<RosterColumn> columns) {
		this.random = random;
		this.format = format;
		this.script = script;
		this.headerLanguage = headerLanguage;
		this.titleRow = titleRow;
		this.columns = columns;
	}

	/**
	 * @param knownParents parents already in the directory (with an IIN) that may be
	 * named again
	 */
	static RandomRoster generate(Random random, IinSource iins, int size, List<Parent> knownParents) {
		Format format = Format.values()[random.nextInt(Format.values().length)];
		Script script = (format == Format.CSV_1251_SEMICOLON) ? Script.RUSSIAN
				: Script.values()[random.nextInt(Script.values().length)];
		Locale language = (format == Format.CSV_1251_SEMICOLON)
				? (random.nextBoolean() ? Languages.RUSSIAN : Languages.ENGLISH)
				: Languages.SUPPORTED.get(random.nextInt(3));
		List<RosterColumn> columns = new ArrayList<>();
		boolean parent2 = random.nextInt(10) < 6;
		for (RosterColumn column : RosterKind.LEARNERS.columns()) {
			boolean parent2Core = column == RosterColumn.PARENT2_LAST_NAME || column == RosterColumn.PARENT2_FIRST_NAME
					|| column == RosterColumn.PARENT2_RELATION;
			boolean parent2Other = column.name().startsWith("PARENT2_") && !parent2Core;
			if (RosterKind.LEARNERS.requires(column) || (parent2Core && parent2)
					|| (parent2Other && parent2 && random.nextInt(10) < 6)
					|| (!parent2Core && !parent2Other && random.nextInt(10) < 7)) {
				columns.add(column);
			}
		}
		Collections.shuffle(columns, random);
		RandomRoster roster = new RandomRoster(random, format, script, language,
				format == Format.XLSX && random.nextInt(4) == 0, columns);
		for (int i = 0; i < size; i++) {
			roster.addLearner(iins, knownParents);
		}
		return roster;
	}

	private void addLearner(IinSource iins, List<Parent> knownParents) {
		boolean female = this.random.nextBoolean();
		Person person = new Person(iins.next(LocalDate.of(2006, 1, 1), LocalDate.of(2021, 12, 31), female),
				pick(LAST_NAMES.get(this.script)), pick(FIRST_NAMES.get(this.script)),
				has(MIDDLE_NAME) && this.random.nextBoolean() ? pick(MIDDLE_NAMES.get(this.script)) : null, null,
				female);
		Parent parent1;
		Parent parent2 = null;
		Learner previous = this.learners.isEmpty() ? null : this.learners.get(this.learners.size() - 1);
		if (previous != null && this.random.nextInt(5) == 0) {
			parent1 = previous.parent1();
			parent2 = previous.parent2();
		}
		else if (has(RosterColumn.PARENT1_IIN) && !knownParents.isEmpty() && this.random.nextInt(10) == 0) {
			parent1 = knownParents.get(this.random.nextInt(knownParents.size()));
		}
		else {
			parent1 = newParent(iins, has(RosterColumn.PARENT1_IIN) && this.random.nextInt(5) > 0);
		}
		if (parent2 == null && has(RosterColumn.PARENT2_LAST_NAME) && this.random.nextInt(3) == 0) {
			parent2 = newParent(iins, has(RosterColumn.PARENT2_IIN) && this.random.nextBoolean());
			if (parent1.person.iin == null && parent2.person.iin == null
					&& parent1.person.lastName.equals(parent2.person.lastName)) {
				parent2 = null;
			}
		}
		String group = pick(RosterTestSchool.GROUPS.stream().filter(this::encodable).toList());
		String device = has(DEVICE) ? pick(List.of("OWN", "SHARED", "NONE", "")) : "";
		Learner learner = new Learner(person, group, device, parent1, parent2);
		this.learners.add(learner);
		this.rows.add(cells(learner));
	}

	private Parent newParent(IinSource iins, boolean withIin) {
		boolean female = this.random.nextBoolean();
		String iin = withIin ? iins.next(LocalDate.of(1965, 1, 1), LocalDate.of(1995, 12, 31), female) : null;
		Person person = new Person(iin, pick(LAST_NAMES.get(this.script)), pick(FIRST_NAMES.get(this.script)),
				this.random.nextBoolean() ? pick(MIDDLE_NAMES.get(this.script)) : null, null, female);
		String relation = pick(List.of("MOTHER", "FATHER", "GUARDIAN", "GRANDPARENT", "OTHER"));
		String phone = "+77" + String.format("%09d", this.random.nextInt(1_000_000_000));
		return new Parent(person, relation, phone);
	}

	private boolean has(RosterColumn column) {
		return this.columns.contains(column);
	}

	private <T> T pick(List<T> options) {
		return options.get(this.random.nextInt(options.size()));
	}

	/**
	 * A word in one of the languages, one that the file's encoding can hold.
	 */
	private String word(List<String> options) {
		List<String> usable = options.stream().filter(this::encodable).toList();
		return pick(usable);
	}

	private boolean encodable(String text) {
		return this.format != Format.CSV_1251_SEMICOLON || WINDOWS_1251.newEncoder().canEncode(text);
	}

	private Map<RosterColumn, XlsxValue> cells(Learner learner) {
		Map<RosterColumn, XlsxValue> cells = new EnumMap<>(RosterColumn.class);
		Person person = learner.person();
		if (this.format == Format.XLSX && this.random.nextInt(3) == 0) {
			cells.put(IIN, new Number(Double.parseDouble(person.iin)));
		}
		else {
			cells.put(IIN, new Text(person.iin));
		}
		cells.put(LAST_NAME, new Text(this.random.nextInt(10) == 0 ? "  " + person.lastName + " " : person.lastName));
		cells.put(FIRST_NAME, new Text(person.firstName));
		if (person.middleName != null) {
			cells.put(MIDDLE_NAME, new Text(person.middleName));
		}
		LocalDate birthDate = Iin.birthDateOf(person.iin).orElseThrow();
		if (has(BIRTH_DATE) && this.random.nextInt(5) > 0) {
			cells.put(BIRTH_DATE, switch (this.random.nextInt(3)) {
				case 0 -> (this.format == Format.XLSX) ? new DateCell(birthDate)
						: new Text(birthDate.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
				case 1 -> new Text(birthDate.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
				default -> new Text(birthDate.toString());
			});
		}
		if (has(SEX) && this.random.nextInt(5) > 0) {
			cells.put(SEX, new Text(person.female ? word(List.of("Ж", "женский", "әйел", "F", "female", "ж"))
					: word(List.of("М", "мужской", "ер", "M", "male"))));
		}
		cells.put(GROUP, new Text(groupAsTyped(learner.group())));
		if (has(ADDRESS) && this.random.nextBoolean()) {
			cells.put(ADDRESS, new Text(pick(ADDRESSES.get(this.script))));
		}
		if (!learner.device().isEmpty()) {
			cells.put(DEVICE, new Text(switch (learner.device()) {
				case "OWN" -> word(List.of("собственное", "өз құрылғысы", "own", "своё"));
				case "SHARED" -> word(List.of("общее с братьями или сёстрами", "ортақ", "shared", "общее"));
				default -> word(List.of("нет", "жоқ", "none"));
			}));
		}
		if (has(INTERNET) && this.random.nextBoolean()) {
			cells.put(INTERNET, new Text(word(List.of("да", "нет", "иә", "жоқ", "yes", "no", "+"))));
		}
		parentCells(cells, 1, learner.parent1());
		if (learner.parent2() != null) {
			parentCells(cells, 2, learner.parent2());
		}
		return cells;
	}

	private void parentCells(Map<RosterColumn, XlsxValue> cells, int n, Parent parent) {
		String prefix = "PARENT" + n + "_";
		if (parent.person.iin != null) {
			cells.put(RosterColumn.valueOf(prefix + "IIN"), new Text(parent.person.iin));
		}
		cells.put(RosterColumn.valueOf(prefix + "LAST_NAME"), new Text(parent.person.lastName));
		cells.put(RosterColumn.valueOf(prefix + "FIRST_NAME"), new Text(parent.person.firstName));
		if (parent.person.middleName != null && has(RosterColumn.valueOf(prefix + "MIDDLE_NAME"))) {
			cells.put(RosterColumn.valueOf(prefix + "MIDDLE_NAME"), new Text(parent.person.middleName));
		}
		cells.put(RosterColumn.valueOf(prefix + "RELATION"), new Text(switch (parent.relation) {
			case "MOTHER" -> word(List.of("мать", "анасы", "mother", "Мама"));
			case "FATHER" -> word(List.of("отец", "әкесі", "father"));
			case "GUARDIAN" -> word(List.of("опекун", "қамқоршысы", "guardian"));
			case "GRANDPARENT" -> word(List.of("бабушка или дедушка", "әже", "grandparent", "дедушка"));
			default -> word(List.of("другое", "басқа", "other"));
		}));
		RosterColumn phone = RosterColumn.valueOf(prefix + "PHONE");
		if (n == 1 || has(phone)) {
			String digits = parent.phone.substring(2);
			cells.put(phone, switch (this.random.nextInt(3)) {
				case 0 -> new Text("8 " + digits.substring(0, 3) + " " + digits.substring(3, 6) + " "
						+ digits.substring(6, 8) + " " + digits.substring(8));
				case 1 -> (this.format == Format.XLSX) ? new Number(Double.parseDouble("8" + digits))
						: new Text("8" + digits);
				default -> new Text("+7 (" + digits.substring(0, 3) + ") " + digits.substring(3, 6) + "-"
						+ digits.substring(6, 8) + "-" + digits.substring(8));
			});
		}
		RosterColumn whatsapp = RosterColumn.valueOf(prefix + "WHATSAPP");
		if (has(whatsapp) && this.random.nextBoolean()) {
			boolean samePhone = cells.containsKey(phone) && this.random.nextBoolean();
			cells.put(whatsapp, new Text(samePhone ? word(List.of("да", "иә", "yes")) : parent.phone));
		}
		RosterColumn email = RosterColumn.valueOf(prefix + "EMAIL");
		if (has(email) && this.random.nextBoolean()) {
			cells.put(email, new Text("parent" + this.random.nextInt(100_000) + "@mail.kz"));
		}
	}

	private String groupAsTyped(String group) {
		return switch (this.random.nextInt(4)) {
			case 0 -> group.toLowerCase(Locale.ROOT);
			case 1 -> group.replace('А', 'A');
			case 2 -> group.replaceFirst("^([0-9]+)", "$1 ");
			default -> group;
		};
	}

	/**
	 * The corruptions this roster's columns and size allow.
	 */
	List<Corruption> possibleCorruptions() {
		List<Corruption> possible = new ArrayList<>(List.of(Corruption.values()));
		if (!has(BIRTH_DATE)) {
			possible.remove(Corruption.BAD_DATE);
		}
		if (this.learners.size() < 2) {
			possible.remove(Corruption.DUPLICATE_IIN);
		}
		return possible;
	}

	/**
	 * The rows with one row corrupted; returns the rows to write.
	 * @param index the data row to corrupt (at least 1 for a duplicate)
	 */
	List<Map<RosterColumn, XlsxValue>> corrupted(Corruption corruption, int index) {
		List<Map<RosterColumn, XlsxValue>> copy = new ArrayList<>();
		this.rows.forEach((row) -> copy.add(new EnumMap<>(row)));
		Map<RosterColumn, XlsxValue> row = copy.get(index);
		String iin = this.learners.get(index).person().iin;
		switch (corruption) {
			case BAD_CHECK_DIGIT -> {
				int digit = iin.charAt(11) - '0';
				row.put(IIN, new Text(iin.substring(0, 11) + (digit + 1 + this.random.nextInt(9)) % 10));
			}
			case MISSING_LAST_NAME -> row.remove(LAST_NAME);
			case UNKNOWN_CLASS -> row.put(GROUP, new Text("9Я"));
			case BAD_DATE ->
				row.put(BIRTH_DATE, new Text(pick(List.of("31.02.2012", "2012-13-01", "вчера", "15.01.12"))));
			case DUPLICATE_IIN -> {
				Map<RosterColumn, XlsxValue> earlier = copy.get(this.random.nextInt(index));
				for (RosterColumn column : List.of(IIN, BIRTH_DATE, SEX)) {
					if (earlier.containsKey(column)) {
						row.put(column, earlier.get(column));
					}
					else {
						row.remove(column);
					}
				}
			}
			case MARKUP_IN_NAME -> row.put(FIRST_NAME,
					new Text(pick(List.of("<script>alert(1)</script>", "Иван<b>", "<img src=x onerror=alert(1)>"))));
		}
		return copy;
	}

	/**
	 * The spreadsheet row of a data row, as the user sees it.
	 */
	int spreadsheetRow(int index) {
		return index + (this.titleRow ? 3 : 2);
	}

	byte[] file(MessageSource messages, List<Map<RosterColumn, XlsxValue>> dataRows) {
		List<List<XlsxValue>> table = new ArrayList<>();
		if (this.titleRow) {
			table.add(List.of(new Text("Список обучающихся / Оқушылар тізімі")));
		}
		table.add(this.columns.stream()
			.<XlsxValue>map((column) -> new Text(messages.getMessage(column.messageKey(), null, this.headerLanguage)))
			.toList());
		for (Map<RosterColumn, XlsxValue> row : dataRows) {
			table.add(this.columns.stream().map((column) -> row.getOrDefault(column, new Text(""))).toList());
		}
		if (this.format == Format.XLSX) {
			return RosterTestFiles.xlsx(table);
		}
		List<List<String>> text = table.stream().map((row) -> row.stream().map(RandomRoster::asText).toList()).toList();
		return switch (this.format) {
			case CSV_UTF8_BOM_COMMA -> RosterTestFiles.csv(text, ',', StandardCharsets.UTF_8, true);
			case CSV_UTF8_SEMICOLON -> RosterTestFiles.csv(text, ';', StandardCharsets.UTF_8, false);
			default -> RosterTestFiles.csv(text, ';', WINDOWS_1251, false);
		};
	}

	private static String asText(XlsxValue value) {
		if (value instanceof Text text) {
			return text.value();
		}
		if (value instanceof Number number) {
			return SpreadsheetReader.PlainFormatter.plain(number.value());
		}
		return ((DateCell) value).value().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
	}

	SpreadsheetType type() {
		return (this.format == Format.XLSX) ? SpreadsheetType.XLSX : SpreadsheetType.CSV;
	}

	/**
	 * The distinct parents named, each once: by IIN; without IIN by name and phone;
	 * without either by name within the family (same first parent).
	 */
	Set<Parent> distinctParents() {
		Set<Parent> parents = Collections.newSetFromMap(new IdentityHashMap<>());
		Map<String, Parent> byIin = new LinkedHashMap<>();
		Map<String, Parent> secondParents = new LinkedHashMap<>();
		for (Learner learner : this.learners) {
			for (Parent parent : (learner.parent2() != null) ? List.of(learner.parent1(), learner.parent2())
					: List.of(learner.parent1())) {
				if (parent.person.iin != null) {
					byIin.putIfAbsent(parent.person.iin, parent);
				}
				else if (parent == learner.parent1() || has(RosterColumn.PARENT2_PHONE)) {
					parents.add(parent);
				}
				else {
					// neither IIN nor phone: the same name with the same first parent
					Parent first = learner.parent1();
					String family = (first.person.iin != null) ? first.person.iin
							: "#" + System.identityHashCode(first);
					String middle = has(RosterColumn.PARENT2_MIDDLE_NAME) && parent.person.middleName != null
							? parent.person.middleName : "";
					secondParents.putIfAbsent(
							family + "|" + parent.person.lastName + "|" + parent.person.firstName + "|" + middle,
							parent);
				}
			}
		}
		parents.addAll(byIin.values());
		parents.addAll(secondParents.values());
		return parents;
	}

	List<String> iins() {
		List<String> iins = new ArrayList<>();
		for (Learner learner : this.learners) {
			iins.add(learner.person().iin);
		}
		distinctParents().stream().filter((parent) -> parent.person.iin != null).forEach((p) -> iins.add(p.person.iin));
		return iins;
	}

	@Override
	public String toString() {
		return this.learners.size() + " learners, " + this.format + ", " + this.script + " names, titles in "
				+ this.headerLanguage + (this.titleRow ? " below a title row" : "") + ", columns " + this.columns;
	}

}
