package kz.qashyq.demo.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Kazakh and Russian first names, surnames and patronymics, in the forms the directory
 * stores them (Cyrillic, the Kazakh letters included).
 */
final class Names {

	private Names() {
	}

	/** The two naming traditions of the demo families. */
	enum Tradition {

		KAZAKH, RUSSIAN

	}

	static final List<String> KAZAKH_SURNAMES = List.of("Ахметов", "Нұрланов", "Серікбаев", "Жұмабаев", "Омаров",
			"Қасымов", "Әбенов", "Сәрсенбаев", "Тоқтаров", "Мұхамедов", "Оспанов", "Ермеков", "Қалиев", "Исаев",
			"Байжанов", "Дүйсенов", "Смағұлов", "Төлеубаев", "Әлиев", "Сейітов", "Құрманов", "Мұқанов", "Нұрпейісов",
			"Бекенов", "Есенов", "Жақыпов", "Әбдірахманов", "Садықов", "Ибраев", "Мақсұтов", "Тұрсынов", "Ысқақов");

	static final List<String> RUSSIAN_SURNAMES = List.of("Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев",
			"Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов",
			"Егоров", "Павлов", "Козлов", "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров",
			"Белов", "Громов", "Киселёв");

	static final List<String> KAZAKH_MEN = List.of("Нұрлан", "Ерлан", "Асхат", "Бауыржан", "Дәурен", "Ержан", "Қайрат",
			"Мұрат", "Серік", "Талғат", "Ғалым", "Айдос", "Арман", "Бекзат", "Дархан", "Жандос", "Марат", "Ерболат",
			"Руслан", "Санжар", "Темірлан", "Айбек", "Ақжол", "Бекболат", "Жанболат", "Нұржан", "Самат", "Мейрам",
			"Алмас", "Ербол", "Қанат", "Төлеген");

	static final List<String> KAZAKH_WOMEN = List.of("Айгүл", "Айгерім", "Ақбота", "Әсел", "Гүлнар", "Дана", "Динара",
			"Жанар", "Жұлдыз", "Мәдина", "Назерке", "Салтанат", "Ұлжан", "Әйгерім", "Балнұр", "Гүлмира", "Меруерт",
			"Сәуле", "Ботагөз", "Арайлым", "Жансая", "Перизат", "Гаухар", "Сандуғаш", "Раушан", "Ләззат", "Алия",
			"Майра", "Қарлығаш", "Шынар");

	static final List<String> KAZAKH_BOYS = List.of("Алихан", "Нұрислам", "Әлинұр", "Айсұлтан", "Ерасыл", "Әмір",
			"Арсен", "Санжар", "Диас", "Нұрсұлтан", "Райымбек", "Ернұр", "Ислам", "Мирас", "Алдияр", "Ансар",
			"Бексұлтан", "Досжан", "Жангир", "Нұрасыл", "Абылай", "Тәмірлан", "Мұхаммед", "Әлішер", "Ерназар",
			"Данияр");

	static final List<String> KAZAKH_GIRLS = List.of("Аружан", "Айым", "Медина", "Томирис", "Айзере", "Әмина", "Жансая",
			"Аяла", "Інжу", "Сафия", "Ясмина", "Камила", "Айару", "Інкәр", "Нұрай", "Аяулым", "Әлия", "Жасмин",
			"Дильназ", "Мерей", "Айша", "Ақерке", "Зере", "Арай", "Нәзира");

	static final List<String> RUSSIAN_WOMEN = List.of("Анна", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина",
			"Светлана", "Мария", "Екатерина", "Юлия", "Анастасия", "Марина", "Оксана", "Людмила", "Галина", "Надежда",
			"Вера", "Евгения", "Кристина", "Алёна");

	static final List<String> RUSSIAN_BOYS = List.of("Артём", "Максим", "Матвей", "Тимофей", "Кирилл", "Даниил", "Егор",
			"Марк", "Лев", "Михаил", "Иван", "Александр", "Никита", "Дмитрий", "Роман", "Глеб", "Фёдор", "Ярослав",
			"Илья", "Степан");

	static final List<String> RUSSIAN_GIRLS = List.of("София", "Анна", "Мария", "Алиса", "Ева", "Варвара", "Полина",
			"Виктория", "Вероника", "Дарья", "Ксения", "Милана", "Арина", "Василиса", "Ульяна", "Злата", "Алёна",
			"Кира", "Таисия", "Елизавета");

	/** Russian men's names with the patronymics of their children (son, daughter). */
	static final List<String[]> RUSSIAN_MEN = List.of(new String[] { "Александр", "Александрович", "Александровна" },
			new String[] { "Сергей", "Сергеевич", "Сергеевна" }, new String[] { "Андрей", "Андреевич", "Андреевна" },
			new String[] { "Дмитрий", "Дмитриевич", "Дмитриевна" },
			new String[] { "Алексей", "Алексеевич", "Алексеевна" },
			new String[] { "Владимир", "Владимирович", "Владимировна" },
			new String[] { "Игорь", "Игоревич", "Игоревна" }, new String[] { "Максим", "Максимович", "Максимовна" },
			new String[] { "Михаил", "Михайлович", "Михайловна" },
			new String[] { "Николай", "Николаевич", "Николаевна" },
			new String[] { "Евгений", "Евгеньевич", "Евгеньевна" }, new String[] { "Павел", "Павлович", "Павловна" },
			new String[] { "Роман", "Романович", "Романовна" }, new String[] { "Денис", "Денисович", "Денисовна" },
			new String[] { "Виктор", "Викторович", "Викторовна" }, new String[] { "Олег", "Олегович", "Олеговна" },
			new String[] { "Юрий", "Юрьевич", "Юрьевна" }, new String[] { "Вадим", "Вадимович", "Вадимовна" },
			new String[] { "Константин", "Константинович", "Константиновна" },
			new String[] { "Иван", "Иванович", "Ивановна" });

	/** A man's first name with the patronymics it gives his son and daughter. */
	record ManName(String first, String sonPatronymic, String daughterPatronymic) {

		String patronymicOf(boolean female) {
			return female ? this.daughterPatronymic : this.sonPatronymic;
		}

	}

	static ManName man(Tradition tradition, Random random) {
		if (tradition == Tradition.KAZAKH) {
			String first = pick(KAZAKH_MEN, random);
			return new ManName(first, first + "ұлы", first + "қызы");
		}
		String[] entry = RUSSIAN_MEN.get(random.nextInt(RUSSIAN_MEN.size()));
		return new ManName(entry[0], entry[1], entry[2]);
	}

	static String woman(Tradition tradition, Random random) {
		return pick((tradition == Tradition.KAZAKH) ? KAZAKH_WOMEN : RUSSIAN_WOMEN, random);
	}

	static String child(Tradition tradition, boolean female, Random random) {
		if (tradition == Tradition.KAZAKH) {
			return pick(female ? KAZAKH_GIRLS : KAZAKH_BOYS, random);
		}
		return pick(female ? RUSSIAN_GIRLS : RUSSIAN_BOYS, random);
	}

	/** A surname in its masculine form (Нұрланов, Иванов). */
	static String surname(Tradition tradition, Random random) {
		return pick((tradition == Tradition.KAZAKH) ? KAZAKH_SURNAMES : RUSSIAN_SURNAMES, random);
	}

	/** The form of a masculine surname for a man or a woman (Нұрланов, Нұрланова). */
	static String surnameFor(String masculine, boolean female) {
		return female ? masculine + "а" : masculine;
	}

	static <T> T pick(List<T> values, Random random) {
		return values.get(random.nextInt(values.size()));
	}

	private static final String[][] LATIN = { { "а", "a" }, { "ә", "a" }, { "б", "b" }, { "в", "v" }, { "г", "g" },
			{ "ғ", "g" }, { "д", "d" }, { "е", "e" }, { "ё", "yo" }, { "ж", "zh" }, { "з", "z" }, { "и", "i" },
			{ "й", "y" }, { "к", "k" }, { "қ", "q" }, { "л", "l" }, { "м", "m" }, { "н", "n" }, { "ң", "n" },
			{ "о", "o" }, { "ө", "o" }, { "п", "p" }, { "р", "r" }, { "с", "s" }, { "т", "t" }, { "у", "u" },
			{ "ұ", "u" }, { "ү", "u" }, { "ф", "f" }, { "х", "kh" }, { "һ", "h" }, { "ц", "ts" }, { "ч", "ch" },
			{ "ш", "sh" }, { "щ", "sch" }, { "ъ", "" }, { "ы", "y" }, { "і", "i" }, { "ь", "" }, { "э", "e" },
			{ "ю", "yu" }, { "я", "ya" } };

	private static final Map<Character, String> LATIN_MAP = latinMap();

	private static Map<Character, String> latinMap() {
		Map<Character, String> map = new HashMap<>();
		for (String[] pair : LATIN) {
			map.put(pair[0].charAt(0), pair[1]);
		}
		return map;
	}

	/** A Latin transliteration for e-mail addresses (lower case, ASCII only). */
	static String latin(String cyrillic) {
		StringBuilder latin = new StringBuilder(cyrillic.length() + 4);
		for (char c : cyrillic.toLowerCase(Locale.ROOT).toCharArray()) {
			String mapped = LATIN_MAP.get(c);
			if (mapped != null) {
				latin.append(mapped);
			}
			else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
				latin.append(c);
			}
		}
		return latin.toString();
	}

}
