package kz.qashyq.demo.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import kz.qashyq.demo.internal.CopyBuffers.Table;
import kz.qashyq.demo.internal.DemoPlan.Key;
import kz.qashyq.demo.internal.Names.ManName;
import kz.qashyq.demo.internal.Names.Tradition;
import kz.qashyq.demo.internal.People.Person;
import kz.qashyq.directory.Iin;

/**
 * Builds the demo installation of the Karaganda Region into {@link CopyBuffers}: a city
 * district and a remote rural district, six organizations with their classes and groups,
 * about 150 staff, about 1,500 learners in families with their parents, devices and
 * social flags. Everything comes from one seeded {@link Random}, so the same academic
 * year always gives the same names, IINs and (in a fresh database) ids.
 */
public final class DemoPlanner {

	/** The seed of the demo data. */
	static final long SEED = 20200327L;

	/** Karaganda Region, seeded by the directory's migration. */
	public static final long REGION_ID = 9;

	/** The BIN that identifies the demo's city school (and so the demo data). */
	public static final String CITY_SCHOOL_BIN = bin(17017);

	static final String RURAL_SCHOOL_BIN = bin(23051);

	static final String PRESCHOOL_BIN = bin(31044);

	static final String COLLEGE_BIN = bin(42008);

	static final String UNIVERSITY_BIN = bin(51003);

	static final String CENTRE_BIN = bin(61012);

	private static final String STAFF_EMAIL = "example.org";

	private static final String FAMILY_EMAIL = "example.com";

	private static final List<String[]> CITY_BRANCHES = List.of(
			new String[] { "100000", "г. Караганда, пр. Бухар-Жырау, 39" },
			new String[] { "100008", "г. Караганда, ул. Ерубаева, 40" },
			new String[] { "100012", "г. Караганда, пр. Нуркена Абдирова, 28" },
			new String[] { "100017", "г. Караганда, ул. Гоголя, 51" },
			new String[] { "100024", "г. Караганда, мкр. Степной-2, 5" },
			new String[] { "100030", "г. Караганда, пр. Строителей, 15" });

	private static final List<String[]> RURAL_BRANCHES = List.of(
			new String[] { "100810", "Каркаралинский р-н, с. Бесоба, ул. Абая, 3" },
			new String[] { "100811", "Каркаралинский р-н, с. Бесоба, ул. Тәуелсіздік, 12" });

	private static final List<String> CITY_STREETS = List.of("пр. Бухар-Жырау", "ул. Ерубаева", "пр. Нуркена Абдирова",
			"ул. Гоголя", "мкр. Степной-2", "пр. Строителей", "ул. Алиханова", "Бульвар Мира", "ул. Казахстанская",
			"мкр. Степной-1", "ул. Язева", "ул. Сатыбалдина", "ул. Ермекова", "ул. Пичугина");

	private static final List<String> RURAL_STREETS = List.of("ул. Абая", "ул. Тәуелсіздік", "ул. Жамбыла",
			"ул. Мектеп", "ул. Бейбітшілік");

	/**
	 * Subject teachers of the city school: subject, first and last grade, how many
	 * teachers share its classes (the class teachers of grades 0–4 teach the other
	 * subjects there).
	 */
	private static final Object[][] CITY_SUBJECTS = { { "Казахский язык и литература", 1, 11, 3 },
			{ "Русский язык и литература", 1, 11, 3 }, { "Английский язык", 1, 11, 3 }, { "Математика", 5, 11, 3 },
			{ "Физика", 7, 11, 1 }, { "Химия", 8, 11, 1 }, { "Биология", 6, 11, 1 }, { "География", 6, 11, 1 },
			{ "История Казахстана", 5, 11, 2 }, { "Информатика", 5, 11, 1 }, { "Физическая культура", 0, 11, 2 },
			{ "Музыка", 0, 6, 1 }, { "Художественный труд", 1, 8, 1 } };

	private final int year;

	private final LocalDate yearStart;

	private final String timeZone;

	private final IdSource ids;

	private final CopyBuffers out;

	private final Random random;

	private final People people;

	private long[] cityBranchIds;

	private long[] ruralBranchIds;

	private final List<Group> allGroups = new ArrayList<>();

	private int staffCount;

	private Person head;

	private Person deputy;

	private Person socialPedagogue;

	private Person teacher;

	/**
	 * The educator (and group supervisor) of the kindergarten's first group: the demo
	 * account educator.
	 */
	private Person educator;

	private Person curator;

	private Person collegeHead;

	private Group teacherHomeClass;

	private final List<Group> teacherClasses = new ArrayList<>();

	private Group curatorGroup;

	private Person cityMusicTeacher;

	private Person cityPeTeacher;

	/**
	 * @param academicYear the first calendar year of the academic year the data is for
	 * @param timeZone the region's time zone, given to the organizations
	 */
	public DemoPlanner(int academicYear, String timeZone, IdSource ids, CopyBuffers out) {
		this.year = academicYear;
		this.yearStart = LocalDate.of(academicYear, 9, 1);
		this.timeZone = timeZone;
		this.ids = ids;
		this.out = out;
		this.random = new Random(SEED);
		this.people = new People(this.random, ids, out, (iin) -> false);
	}

	/**
	 * A BIN with a valid check digit (same algorithm as the IIN): registered in 1999, a
	 * resident legal entity, its head office.
	 */
	static String bin(int serial) {
		for (int s = serial;; s++) {
			String digits = String.format("990940%05d", s);
			Integer check = Iin.checkDigit(digits);
			if (check != null) {
				return digits + check;
			}
		}
	}

	DemoPlan plan() {
		Key cityDistrict = district("CITY_DISTRICT", "Қазыбек би ауданы", "район имени Казыбек би",
				"Kazybek Bi District");
		Key ruralDistrict = district("RURAL_DISTRICT", "Қарқаралы ауданы", "Каркаралинский район",
				"Karkaraly District");
		Key city = settlement(cityDistrict, "Қарағанды қаласы", "город Караганда", "Karaganda city", true, false);
		Key village = settlement(ruralDistrict, "Бесоба ауылы", "село Бесоба", "Besoba village", false, true);
		this.cityBranchIds = branches(city, CITY_BRANCHES);
		this.ruralBranchIds = branches(village, RURAL_BRANCHES);

		Org citySchool = organization(city, "SECONDARY_SCHOOL", CITY_SCHOOL_BIN,
				"Қарағанды қаласының № 17 жалпы білім беретін мектебі",
				"Общеобразовательная школа № 17 города Караганды", "Karaganda Secondary School No. 17",
				new String[] { "kk", "ru" }, "г. Караганда, ул. Ерубаева, 35", false, false);
		Org ruralSchool = organization(village, "SECONDARY_SCHOOL", RURAL_SCHOOL_BIN,
				"Бесоба ауылының жалпы білім беретін мектебі", "Бесобинская общеобразовательная школа",
				"Besoba Secondary School", new String[] { "kk" }, "Каркаралинский р-н, с. Бесоба, ул. Мектеп, 1", false,
				true);
		Org preschool = organization(city, "PRESCHOOL", PRESCHOOL_BIN, "«Балапан» бөбекжай-балабақшасы",
				"Ясли-сад «Балапан»", "Balapan Nursery and Kindergarten", new String[] { "kk", "ru" },
				"г. Караганда, мкр. Степной-2, 14", false, false);
		Org college = organization(city, "TVET", COLLEGE_BIN, "Қарағанды политехникалық колледжі",
				"Карагандинский политехнический колледж", "Karaganda Polytechnic College", new String[] { "kk", "ru" },
				"г. Караганда, пр. Строителей, 32", true, false);
		Org university = organization(city, "HIGHER", UNIVERSITY_BIN,
				"Қарағанды университетінің ақпараттық технологиялар факультеті",
				"Факультет информационных технологий Карагандинского университета",
				"Faculty of Information Technology, Karaganda University", new String[] { "kk", "ru", "en" },
				"г. Караганда, ул. Университетская, 28", true, false);
		Org centre = organization(city, "ADDITIONAL_EDUCATION", CENTRE_BIN, "Қарағанды қаласының оқушылар сарайы",
				"Дворец школьников города Караганды", "Karaganda Palace of Schoolchildren", new String[] { "kk", "ru" },
				"г. Караганда, пр. Бухар-Жырау, 22", false, false);

		List<Group> cityClasses = cityClasses(citySchool);
		List<Group> ruralClasses = ruralClasses(ruralSchool);
		List<Group> preschoolGroups = preschoolGroups(preschool);
		List<Group> collegeGroups = collegeGroups(college);
		List<Group> universityGroups = universityGroups(university);
		List<Group> circles = circles(centre);

		cityStaff(citySchool, cityClasses);
		ruralStaff(ruralSchool, ruralClasses);
		preschoolStaff(preschool, preschoolGroups);
		collegeStaff(college, collegeGroups);
		universityStaff(university, universityGroups);
		centreStaff(centre, circles);

		Families families = new Families();
		// One family tells the demo's story: the student of 8А (whose mathematics and
		// class
		// teacher is the demo teacher), a younger sister in 3А, a toddler in the
		// educator's
		// kindergarten group and an elder brother in the curator's college group; the
		// demo
		// parent is their mother.
		Family parentFamily = families.explicit(this.teacherHomeClass, group(cityClasses, "3А"),
				group(preschoolGroups, "Бөбек"), this.curatorGroup);
		families.formTheRest();
		families.write();

		Slot studentSlot = parentFamily.children.get(0);
		Group studentClass = studentSlot.group;
		List<Key> parentChildren = parentFamily.children.stream().map((slot) -> person(slot.person)).toList();
		List<Key> parentChildClasses = parentFamily.children.stream().map((slot) -> group(slot.group)).toList();
		Key ruralClass = group(group(ruralClasses, "5А"));
		DemoPlan.Counts counts = new DemoPlan.Counts(6, this.allGroups.size(), families.learners, families.parents,
				this.staffCount, families.all.size());
		return new DemoPlan(this.year, cityDistrict, ruralDistrict, city, village, citySchool.key, ruralSchool.key,
				preschool.key, college.key, university.key, centre.key, person(this.head), person(this.deputy),
				person(this.socialPedagogue), person(this.teacher), person(this.curator), person(this.collegeHead),
				person(studentSlot.person), person(parentFamily.primary), parentChildren,
				this.teacherClasses.stream().map(DemoPlanner::group).toList(), group(this.teacherHomeClass),
				group(this.curatorGroup), ruralClass, group(studentClass), parentChildClasses, person(this.educator),
				counts);
	}

	private static Key person(Person person) {
		return new Key(person.id(), person.iin(), person.fullName());
	}

	private static Key group(Group group) {
		return new Key(group.id, group.name, group.name);
	}

	private static Group group(List<Group> groups, String name) {
		return groups.stream()
			.filter((group) -> group.name.equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No demo group " + name));
	}

	// Territory and organizations

	private Key district(String kind, String kk, String ru, String en) {
		long id = this.ids.next(Table.DISTRICT);
		this.out.add(Table.DISTRICT, id, REGION_ID, kind, kk, ru, en);
		return new Key(id, ru, en);
	}

	private Key settlement(Key district, String kk, String ru, String en, boolean urban, boolean remote) {
		long id = this.ids.next(Table.SETTLEMENT);
		this.out.add(Table.SETTLEMENT, id, district.id(), kk, ru, en, urban, remote, false);
		return new Key(id, ru, en);
	}

	private long[] branches(Key settlement, List<String[]> branches) {
		long[] ids = new long[branches.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = this.ids.next(Table.KAZPOST_BRANCH);
			this.out.add(Table.KAZPOST_BRANCH, ids[i], branches.get(i)[0], settlement.id(), branches.get(i)[1]);
		}
		return ids;
	}

	private Org organization(Key settlement, String kind, String bin, String kk, String ru, String en,
			String[] languages, String address, boolean dormitory, boolean rural) {
		long id = this.ids.next(Table.ORGANIZATION);
		this.out.add(Table.ORGANIZATION, id, settlement.id(), kind, "STATE", kk, ru, en, bin, languages, this.timeZone,
				address, dormitory);
		return new Org(new Key(id, bin, en), kind, rural);
	}

	// Classes and groups

	private Group addGroup(Org org, String kind, String name, Integer grade, String letter, Integer shift,
			String specialty, Integer course, boolean graduating, String language, int age, int size) {
		Group group = new Group(this.ids.next(Table.STUDY_GROUP), org, kind, name, grade, age, size);
		this.out.add(Table.STUDY_GROUP, group.id, org.key.id(), kind, name, grade, letter, shift, specialty, course,
				graduating, language, this.year);
		this.allGroups.add(group);
		return group;
	}

	private List<Group> cityClasses(Org school) {
		List<Group> classes = new ArrayList<>();
		for (int grade = 0; grade <= 11; grade++) {
			String[] letters = (grade <= 9) ? new String[] { "А", "Б" } : new String[] { "А" };
			for (String letter : letters) {
				String language = (letter.equals("Б") || grade == 11) ? "ru" : "kk";
				classes.add(addGroup(school, "SCHOOL_CLASS", grade + letter, grade, letter, (grade <= 9) ? 1 : 2, null,
						null, false, language, 5 + grade, 28 + this.random.nextInt(5)));
			}
		}
		return classes;
	}

	private List<Group> ruralClasses(Org school) {
		List<Group> classes = new ArrayList<>();
		for (int grade = 0; grade <= 11; grade++) {
			classes.add(addGroup(school, "SCHOOL_CLASS", grade + "А", grade, "А", 1, null, null, false, "kk", 5 + grade,
					5 + this.random.nextInt(6)));
		}
		return classes;
	}

	private List<Group> preschoolGroups(Org preschool) {
		String[] names = { "Бөбек", "Балапан", "Құлыншақ", "Ботақан", "Мектепалды" };
		List<Group> groups = new ArrayList<>();
		for (int i = 0; i < names.length; i++) {
			groups.add(addGroup(preschool, "PRESCHOOL_GROUP", names[i], null, null, null, null, null, false,
					(i == 2) ? "ru" : "kk", 2 + i, 25 + this.random.nextInt(6)));
		}
		return groups;
	}

	private List<Group> collegeGroups(Org college) {
		String software = "06130100 Программное обеспечение (по видам)";
		String power = "07130200 Электроснабжение (по отраслям)";
		Object[][] groups = { { "ПО-11", software, 1 }, { "ПО-21", software, 2 }, { "ПО-31", software, 3 },
				{ "ПО-41", software, 4 }, { "ЭС-11", power, 1 }, { "ЭС-21", power, 2 } };
		List<Group> result = new ArrayList<>();
		for (Object[] group : groups) {
			int course = (int) group[2];
			result.add(addGroup(college, "TVET_GROUP", (String) group[0], null, null, null, (String) group[1], course,
					course == 4, ((String) group[0]).startsWith("ЭС") ? "ru" : "kk", 14 + course,
					27 + this.random.nextInt(6)));
		}
		return result;
	}

	private List<Group> universityGroups(Org university) {
		List<Group> result = new ArrayList<>();
		for (int course = 1; course <= 4; course++) {
			String name = String.format("ИС-%02d", (this.year - course + 1) % 100);
			result.add(addGroup(university, "UNIVERSITY_GROUP", name, null, null, null,
					"6B06101 Информационные системы", course, course == 4, (course % 2 == 0) ? "ru" : "kk", 16 + course,
					25 + this.random.nextInt(6)));
		}
		return result;
	}

	private List<Group> circles(Org centre) {
		String[] names = { "Домбыра", "Робототехника", "Шахмат", "Хореография", "Футбол", "Бейнелеу өнері" };
		List<Group> result = new ArrayList<>();
		for (String name : names) {
			result.add(addGroup(centre, "CIRCLE", name, null, null, null, null, null, false, "kk", -1,
					44 + this.random.nextInt(12)));
		}
		return result;
	}

	// Staff

	private Person staff(Org org, String position, String subject, double femaleShare, int minAge, int maxAge) {
		Person person = staffPerson(org, femaleShare, minAge, maxAge);
		position(person, org, position, subject, null);
		this.staffCount++;
		return person;
	}

	private Person staffPerson(Org org, double femaleShare, int minAge, int maxAge) {
		Tradition tradition = tradition(org.rural);
		boolean female = this.people.chance(femaleShare);
		int age = minAge + this.random.nextInt(maxAge - minAge + 1);
		LocalDate birth = this.people.birthDateForAge(age, this.yearStart);
		String surname = Names.surnameFor(Names.surname(tradition, this.random), female);
		String first = female ? Names.woman(tradition, this.random) : Names.man(tradition, this.random).first();
		String middle = Names.man(tradition, this.random).patronymicOf(female);
		Person person = this.people.add(surname, first, middle, birth, female, true,
				this.people.chance(0.8) ? STAFF_EMAIL : null, null, null);
		if (this.people.chance(0.6)) {
			this.people.channel(person.id(), "WHATSAPP", person.phone());
		}
		return person;
	}

	private Person staff(Org org, String position, String subject) {
		double female = switch (position) {
			case "TEACHER", "EDUCATOR", "PSYCHOLOGIST", "SOCIAL_PEDAGOGUE", "LIBRARIAN", "DEFECTOLOGIST",
					"METHODOLOGIST", "ADMINISTRATIVE" ->
				0.85;
			case "TECHNICAL" -> 0.5;
			default -> 0.6;
		};
		return staff(org, position, subject, female, 25, 60);
	}

	private void position(Person person, Org org, String position, String subject, LocalDate to) {
		LocalDate from = LocalDate.of(this.year - this.random.nextInt(15), 8, 25);
		if (to != null && !from.isBefore(to)) {
			from = to.minusYears(3);
		}
		this.out.add(Table.STAFF_POSITION, person.id(), org.key.id(), position, subject, from, to);
	}

	private void teaches(Person person, Group group, String subject) {
		this.out.add(Table.TEACHING_ASSIGNMENT, group.id, person.id(), subject);
		group.teachers.add(person);
	}

	private void supervises(Person person, Group group) {
		this.out.add(Table.GROUP_SUPERVISOR, group.id, person.id(), this.yearStart.minusYears(grownWith(group)), null);
		group.supervisor = person;
	}

	/** Years a class teacher has already led a class that is still together. */
	private int grownWith(Group group) {
		Integer grade = group.grade;
		if (grade == null || grade <= 1) {
			return 0;
		}
		return (grade <= 4) ? grade - 1 : Math.min(grade - 5, 2);
	}

	private void endedSupervision(Person person, Group group, LocalDate from, LocalDate to) {
		this.out.add(Table.GROUP_SUPERVISOR, group.id, person.id(), from, to);
	}

	private static List<Group> slice(List<Group> groups, int parts, int index) {
		int size = groups.size() / parts;
		int extra = groups.size() % parts;
		int start = index * size + Math.min(index, extra);
		int end = start + size + ((index < extra) ? 1 : 0);
		return groups.subList(start, end);
	}

	private void cityStaff(Org school, List<Group> classes) {
		this.head = staff(school, "HEAD", null);
		this.deputy = staff(school, "DEPUTY_HEAD", null);
		staff(school, "DEPUTY_HEAD", null);
		staff(school, "DEPUTY_HEAD", null);
		this.socialPedagogue = staff(school, "SOCIAL_PEDAGOGUE", null);
		staff(school, "PSYCHOLOGIST", null);
		staff(school, "LIBRARIAN", null);
		staff(school, "DEFECTOLOGIST", null);
		staff(school, "LAB_ASSISTANT", "Кабинет химии");
		staff(school, "ADMINISTRATIVE", null);
		staff(school, "ADMINISTRATIVE", null);
		for (int i = 0; i < 8; i++) {
			staff(school, "TECHNICAL", null);
		}
		for (Group group : classes) {
			if (group.grade > 4) {
				continue;
			}
			Person primary = staff(school, "TEACHER",
					(group.grade == 0) ? "Предшкольная подготовка" : "Начальные классы");
			if (group.grade == 0) {
				teaches(primary, group, "Предшкольная подготовка");
			}
			else {
				teaches(primary, group, "Математика");
				teaches(primary, group, "Литературное чтение");
				teaches(primary, group, "Естествознание");
			}
			supervises(primary, group);
		}
		List<Person> subjectTeachers = new ArrayList<>();
		for (Object[] subject : CITY_SUBJECTS) {
			String name = (String) subject[0];
			List<Group> taught = classes.stream()
				.filter((group) -> group.grade >= (int) subject[1] && group.grade <= (int) subject[2])
				.toList();
			int teachers = (int) subject[3];
			for (int t = 0; t < teachers; t++) {
				Person person = staff(school, "TEACHER", name);
				List<Group> share = slice(taught, teachers, t);
				share.forEach((group) -> teaches(person, group, name));
				subjectTeachers.add(person);
				if (name.equals("Математика") && t == 1) {
					this.teacher = person;
					this.teacherClasses.addAll(share);
				}
				if (name.equals("Музыка")) {
					this.cityMusicTeacher = person;
				}
				if (name.equals("Физическая культура") && t == 0) {
					this.cityPeTeacher = person;
				}
			}
		}
		this.teacherHomeClass = group(classes, "8А");
		supervises(this.teacher, this.teacherHomeClass);
		List<Person> classTeachers = new ArrayList<>(List.of(this.teacher));
		for (Group group : classes) {
			if (group.grade < 5 || group.supervisor != null) {
				continue;
			}
			Person chosen = subjectTeachers.stream()
				.filter((person) -> group.teachers.contains(person) && !classTeachers.contains(person))
				.findFirst()
				.orElseThrow();
			supervises(chosen, group);
			classTeachers.add(chosen);
		}
		// History: a teacher who left at the end of last year and two classes that
		// changed
		// class teacher.
		Person former = staffPerson(school, 0.9, 50, 62);
		this.out.add(Table.STAFF_POSITION, former.id(), school.key.id(), "TEACHER", "Русский язык и литература",
				LocalDate.of(this.year - 30, 8, 25), LocalDate.of(this.year, 6, 30));
		endedSupervision(former, group(classes, "6Б"), LocalDate.of(this.year - 1, 9, 1),
				LocalDate.of(this.year, 6, 30));
		endedSupervision(former, group(classes, "10А"), LocalDate.of(this.year - 3, 9, 1),
				LocalDate.of(this.year - 1, 6, 30));
		endedSupervision(subjectTeachers.get(0), group(classes, "5А"), LocalDate.of(this.year - 1, 9, 1),
				LocalDate.of(this.year - 1, 12, 28));
	}

	private void ruralStaff(Org school, List<Group> classes) {
		Person ruralHead = staff(school, "HEAD", null);
		position(ruralHead, school, "TEACHER", "История Казахстана", null);
		Person ruralDeputy = staff(school, "DEPUTY_HEAD", null);
		position(ruralDeputy, school, "TEACHER", "Математика", null);
		Object[][] subjects = { { "Начальные классы", 0, 2 }, { "Начальные классы", 3, 4 },
				{ "Казахский язык и литература", 0, 11 }, { "Русский язык и литература", 1, 11 },
				{ "Английский язык", 1, 11 }, { "Физика", 7, 11 }, { "Химия", 8, 11 }, { "География", 6, 11 },
				{ "Физическая культура", 0, 11 } };
		List<Person> teachers = new ArrayList<>();
		for (Object[] subject : subjects) {
			String name = (String) subject[0];
			Person person = staff(school, "TEACHER", name);
			teachers.add(person);
			for (Group group : classes) {
				if (group.grade < (int) subject[1] || group.grade > (int) subject[2]) {
					continue;
				}
				if (name.equals("Начальные классы")) {
					if (group.grade == 0) {
						teaches(person, group, "Предшкольная подготовка");
					}
					else {
						teaches(person, group, "Математика");
						teaches(person, group, "Литературное чтение");
					}
				}
				else {
					teaches(person, group, name);
				}
			}
		}
		Person physics = teachers.get(5);
		Person chemistry = teachers.get(6);
		for (Group group : classes) {
			if (group.grade >= 5) {
				teaches(physics, group, "Информатика");
				teaches(ruralDeputy, group, "Математика");
				teaches(ruralHead, group, "История Казахстана");
			}
			if (group.grade >= 6) {
				teaches(chemistry, group, "Биология");
			}
		}
		for (Group group : classes) {
			int grade = group.grade;
			Person supervisor = (grade <= 2) ? teachers.get(0)
					: (grade <= 4) ? teachers.get(1) : teachers.get(2 + (grade - 5));
			supervises(supervisor, group);
		}
		for (int i = 0; i < 3; i++) {
			staff(school, "TECHNICAL", null);
		}
	}

	private void preschoolStaff(Org preschool, List<Group> groups) {
		staff(preschool, "HEAD", null);
		staff(preschool, "METHODOLOGIST", null);
		staff(preschool, "PSYCHOLOGIST", null);
		for (Group group : groups) {
			for (int i = 0; i < 2; i++) {
				Person educator = staff(preschool, "EDUCATOR", null, 0.97, 22, 58);
				teaches(educator, group, "Воспитание и обучение");
				if (i == 0) {
					supervises(educator, group);
					if (this.educator == null) {
						this.educator = educator;
					}
				}
			}
		}
		Person music = staff(preschool, "TEACHER", "Музыка");
		Person sport = staff(preschool, "TEACHER", "Физическая культура");
		Person kazakh = staff(preschool, "TEACHER", "Казахский язык");
		for (Group group : groups) {
			teaches(music, group, "Музыка");
			if (group.age >= 3) {
				teaches(sport, group, "Физическая культура");
			}
			if (group.age >= 4) {
				teaches(kazakh, group, "Казахский язык");
			}
		}
		for (int i = 0; i < 3; i++) {
			staff(preschool, "TECHNICAL", null);
		}
	}

	private void collegeStaff(Org college, List<Group> groups) {
		this.collegeHead = staff(college, "HEAD", null);
		staff(college, "DEPUTY_HEAD", null);
		staff(college, "DEPUTY_HEAD", null);
		staff(college, "HEAD_OF_DEPARTMENT", "Информационные технологии");
		staff(college, "PSYCHOLOGIST", null);
		staff(college, "SOCIAL_PEDAGOGUE", null);
		staff(college, "LIBRARIAN", null);
		staff(college, "LAB_ASSISTANT", "Кабинет информатики");
		for (int i = 0; i < 4; i++) {
			staff(college, "TECHNICAL", null);
		}
		String[] subjects = { "Казахский язык", "Русский язык и литература", "Английский язык", "Английский язык",
				"Математика", "Математика", "Физика", "История Казахстана", "Физическая культура",
				"Основы программирования", "Базы данных", "Веб-программирование", "Компьютерные сети",
				"Операционные системы", "Электротехника", "Электроснабжение", "Электрические машины",
				"Инженерная графика", "Охрана труда", "Экономика отрасли" };
		Map<String, List<Person>> lecturers = new LinkedHashMap<>();
		for (String subject : subjects) {
			lecturers.computeIfAbsent(subject, (key) -> new ArrayList<>())
				.add(staff(college, "LECTURER", subject, 0.7, 25, 62));
		}
		Map<String, String[]> plan = Map.of("ПО-11",
				new String[] { "Казахский язык", "Русский язык и литература", "Английский язык", "Математика", "Физика",
						"История Казахстана", "Физическая культура" },
				"ЭС-11",
				new String[] { "Казахский язык", "Русский язык и литература", "Английский язык", "Математика", "Физика",
						"История Казахстана", "Физическая культура" },
				"ПО-21",
				new String[] { "Основы программирования", "Английский язык", "Математика", "Компьютерные сети",
						"Операционные системы", "Физическая культура", "Инженерная графика" },
				"ЭС-21",
				new String[] { "Электротехника", "Английский язык", "Математика", "Инженерная графика",
						"Электрические машины", "Физическая культура", "Электроснабжение" },
				"ПО-31",
				new String[] { "Базы данных", "Веб-программирование", "Операционные системы", "Экономика отрасли",
						"Охрана труда", "Английский язык" },
				"ПО-41", new String[] { "Веб-программирование", "Базы данных", "Экономика отрасли", "Охрана труда" });
		for (int g = 0; g < groups.size(); g++) {
			Group group = groups.get(g);
			for (String subject : plan.get(group.name)) {
				List<Person> candidates = lecturers.get(subject);
				teaches(candidates.get(g % candidates.size()), group, subject);
			}
		}
		List<Person> curators = new ArrayList<>();
		for (Group group : groups) {
			// the teacher listed last for the group (a specialty subject, where there is
			// one) who leads no other group yet
			Person chosen = null;
			for (int i = group.teachers.size() - 1; i >= 0; i--) {
				Person candidate = group.teachers.get(i);
				if (!curators.contains(candidate)) {
					chosen = candidate;
					break;
				}
			}
			if (chosen == null) {
				throw new IllegalStateException("No curator for " + group.name);
			}
			supervises(chosen, group);
			curators.add(chosen);
			if (group.name.equals("ПО-21")) {
				this.curator = chosen;
				this.curatorGroup = group;
			}
		}
		Group graduating = group(groups, "ПО-31");
		Person previous = lecturers.get("Экономика отрасли").get(0);
		endedSupervision(previous, graduating, LocalDate.of(this.year - 2, 9, 1), LocalDate.of(this.year - 1, 1, 20));
	}

	private void universityStaff(Org university, List<Group> groups) {
		staff(university, "HEAD", null, 0.4, 40, 65);
		staff(university, "DEPUTY_HEAD", null, 0.5, 35, 60);
		staff(university, "HEAD_OF_DEPARTMENT", "Информационные системы", 0.5, 40, 65);
		staff(university, "HEAD_OF_DEPARTMENT", "Компьютерная инженерия", 0.5, 40, 65);
		staff(university, "METHODOLOGIST", null);
		staff(university, "LAB_ASSISTANT", "Компьютерный класс");
		staff(university, "ADMINISTRATIVE", null);
		String[] subjects = { "Математический анализ", "Дискретная математика", "Алгоритмы и структуры данных",
				"Основы программирования", "Базы данных", "Операционные системы", "Компьютерные сети", "Веб-разработка",
				"Машинное обучение", "Информационная безопасность", "Английский язык", "Философия" };
		Map<String, Person> lecturers = new LinkedHashMap<>();
		for (String subject : subjects) {
			lecturers.put(subject, staff(university, "LECTURER", subject, 0.55, 27, 65));
		}
		String[][] plan = {
				{ "Математический анализ", "Дискретная математика", "Основы программирования", "Английский язык",
						"Философия" },
				{ "Алгоритмы и структуры данных", "Базы данных", "Операционные системы", "Английский язык" },
				{ "Компьютерные сети", "Веб-разработка", "Базы данных", "Машинное обучение" },
				{ "Информационная безопасность", "Машинное обучение", "Веб-разработка" } };
		List<Person> advisers = new ArrayList<>();
		for (int g = 0; g < groups.size(); g++) {
			Group group = groups.get(g);
			for (String subject : plan[g]) {
				teaches(lecturers.get(subject), group, subject);
			}
			Person adviser = group.teachers.stream().filter((p) -> !advisers.contains(p)).findFirst().orElseThrow();
			supervises(adviser, group);
			advisers.add(adviser);
		}
	}

	private void centreStaff(Org centre, List<Group> circles) {
		staff(centre, "HEAD", null);
		staff(centre, "METHODOLOGIST", null);
		staff(centre, "ADMINISTRATIVE", null);
		staff(centre, "TECHNICAL", null);
		staff(centre, "TECHNICAL", null);
		for (Group circle : circles) {
			Person leader = staff(centre, "ADDITIONAL_EDUCATION_TEACHER", circle.name, 0.6, 23, 62);
			teaches(leader, circle, circle.name);
			supervises(leader, circle);
		}
		Person assistant = staff(centre, "ADDITIONAL_EDUCATION_TEACHER", "Робототехника");
		teaches(assistant, group(circles, "Робототехника"), "Робототехника");
		Person chessAssistant = staff(centre, "ADDITIONAL_EDUCATION_TEACHER", "Шахмат");
		teaches(chessAssistant, group(circles, "Шахмат"), "Шахмат");
		// Two city-school teachers also lead circles here part-time.
		position(this.cityMusicTeacher, centre, "ADDITIONAL_EDUCATION_TEACHER", "Домбыра", null);
		teaches(this.cityMusicTeacher, group(circles, "Домбыра"), "Домбыра");
		position(this.cityPeTeacher, centre, "ADDITIONAL_EDUCATION_TEACHER", "Футбол", null);
		teaches(this.cityPeTeacher, group(circles, "Футбол"), "Футбол");
	}

	private Tradition tradition(boolean rural) {
		return this.people.chance(rural ? 0.95 : 0.62) ? Tradition.KAZAKH : Tradition.RUSSIAN;
	}

	// Learners and families

	/** A place in a class or group, filled by a child of a family. */
	private static final class Slot {

		final Group group;

		final LocalDate birthDate;

		final boolean female;

		Family family;

		Person person;

		Slot(Group group, LocalDate birthDate, boolean female) {
			this.group = group;
			this.birthDate = birthDate;
			this.female = female;
		}

		boolean rural() {
			return this.group.org.rural;
		}

	}

	/** Children living together with their parents, guardian or grandparent. */
	private static final class Family {

		final List<Slot> children = new ArrayList<>();

		final boolean explicit;

		boolean guardian;

		String guardianFlag;

		boolean largeFamily;

		boolean lowIncome;

		boolean targetedAssistance;

		Person primary;

		Family(boolean explicit) {
			this.explicit = explicit;
		}

		boolean rural() {
			return this.children.get(0).rural();
		}

		boolean fits(Slot slot) {
			if (slot.rural() != rural()) {
				return false;
			}
			LocalDate oldest = slot.birthDate;
			LocalDate youngest = slot.birthDate;
			for (Slot child : this.children) {
				long apart = Math.abs(child.birthDate.toEpochDay() - slot.birthDate.toEpochDay());
				if (apart < 300) {
					return false;
				}
				oldest = child.birthDate.isBefore(oldest) ? child.birthDate : oldest;
				youngest = child.birthDate.isAfter(youngest) ? child.birthDate : youngest;
			}
			return youngest.toEpochDay() - oldest.toEpochDay() <= 16 * 365;
		}

		LocalDate oldestBirthDate() {
			return this.children.stream().map((slot) -> slot.birthDate).min(LocalDate::compareTo).orElseThrow();
		}

	}

	/** Forms families from the places and writes the people. */
	private final class Families {

		final List<Slot> slots = new ArrayList<>();

		final List<Family> all = new ArrayList<>();

		int learners;

		int parents;

		Families() {
			for (Group group : DemoPlanner.this.allGroups) {
				for (int i = 0; i < group.size; i++) {
					int age = (group.age >= 0) ? group.age : 7 + DemoPlanner.this.random.nextInt(10);
					LocalDate birth = DemoPlanner.this.people.birthDateForAge(age, DemoPlanner.this.yearStart);
					this.slots.add(new Slot(group, birth, DemoPlanner.this.people.chance(0.5)));
				}
			}
		}

		Family explicit(Group... groups) {
			Family family = new Family(true);
			for (Group group : groups) {
				Slot slot = this.slots.stream()
					.filter((candidate) -> candidate.group == group && candidate.family == null)
					.findFirst()
					.orElseThrow();
				slot.family = family;
				family.children.add(slot);
			}
			this.all.add(family);
			return family;
		}

		void formTheRest() {
			List<Slot> order = new ArrayList<>(this.slots);
			Collections.shuffle(order, DemoPlanner.this.random);
			for (int i = 0; i < order.size(); i++) {
				Slot first = order.get(i);
				if (first.family != null) {
					continue;
				}
				Family family = new Family(false);
				family.children.add(first);
				first.family = family;
				int size = familySize();
				for (int j = i + 1; j < order.size() && j < i + 600 && family.children.size() < size; j++) {
					Slot candidate = order.get(j);
					if (candidate.family == null && family.fits(candidate)) {
						candidate.family = family;
						family.children.add(candidate);
					}
				}
				this.all.add(family);
			}
			assignSocialSituation();
		}

		private int familySize() {
			double draw = DemoPlanner.this.random.nextDouble();
			return (draw < 0.60) ? 1 : (draw < 0.87) ? 2 : (draw < 0.97) ? 3 : 4;
		}

		private void assignSocialSituation() {
			int total = this.slots.size();
			List<Family> order = new ArrayList<>(this.all);
			Collections.shuffle(order, DemoPlanner.this.random);
			int guardians = 0;
			for (Family family : order) {
				Slot child = family.children.get(0);
				if (guardians < 8 && !family.explicit && family.children.size() == 1
						&& "SCHOOL_CLASS".equals(child.group.kind)) {
					family.guardian = true;
					family.guardianFlag = (guardians % 2 == 0) ? "ORPHAN" : "NO_PARENTAL_CARE";
					guardians++;
				}
			}
			int large = 0;
			for (int size = 4; size >= 3; size--) {
				for (Family family : order) {
					if (family.children.size() == size && large < total * 0.08) {
						family.largeFamily = true;
						large += size;
					}
				}
			}
			int lowIncome = 0;
			int assisted = 0;
			for (Family family : order) {
				if (lowIncome >= total * 0.05) {
					break;
				}
				if (family.rural() || family.largeFamily || family.guardian || DemoPlanner.this.people.chance(0.3)) {
					family.lowIncome = true;
					lowIncome += family.children.size();
					if (assisted < total * 0.02) {
						family.targetedAssistance = true;
						assisted += family.children.size();
					}
				}
			}
		}

		void write() {
			for (Family family : this.all) {
				writeFamily(family);
			}
			List<Slot> order = new ArrayList<>(this.slots);
			Collections.shuffle(order, DemoPlanner.this.random);
			int special = 0;
			int deviant = 0;
			for (Slot slot : order) {
				if (special < this.slots.size() * 0.03 && !"UNIVERSITY_GROUP".equals(slot.group.kind)) {
					flag(slot, "SPECIAL_NEEDS", "Заключение ПМПК № " + (100 + DemoPlanner.this.random.nextInt(900)),
							false);
					special++;
				}
				else if (deviant < 4 && "SCHOOL_CLASS".equals(slot.group.kind) && slot.group.grade >= 7
						&& !slot.rural()) {
					flag(slot, "DEVIANT_BEHAVIOUR", "Протокол совета профилактики № " + (1 + deviant), false);
					deviant++;
				}
			}
		}

		private void writeFamily(Family family) {
			DemoPlanner planner = DemoPlanner.this;
			People people = planner.people;
			Random random = planner.random;
			boolean rural = family.rural();
			Tradition tradition = family.explicit ? Tradition.KAZAKH : planner.tradition(rural);
			String surname = Names.surname(tradition, random);
			ManName father = Names.man(tradition, random);
			String street = people.pick(rural ? RURAL_STREETS : CITY_STREETS);
			int streetIndex = (rural ? RURAL_STREETS : CITY_STREETS).indexOf(street);
			long[] branches = rural ? planner.ruralBranchIds : planner.cityBranchIds;
			long branch = branches[streetIndex % branches.length];
			String address = rural ? "Каркаралинский р-н, с. Бесоба, " + street + ", д. " + (1 + random.nextInt(60))
					: "г. Караганда, " + street + ", д. " + (1 + random.nextInt(120))
							+ (people.chance(0.75) ? ", кв. " + (1 + random.nextInt(180)) : "");
			LocalDate oldest = family.oldestBirthDate();

			List<Person> adults = new ArrayList<>();
			List<String> relations = new ArrayList<>();
			if (family.guardian) {
				boolean grandmother = people.chance(0.5);
				LocalDate birth = oldest.minusYears(grandmother ? 45 + random.nextInt(12) : 25 + random.nextInt(15));
				adults.add(adult(Names.surnameFor(surname, true), Names.woman(tradition, random),
						Names.man(tradition, random).patronymicOf(true), birth, true, address, branch));
				relations.add(grandmother ? "GRANDPARENT" : "GUARDIAN");
			}
			else {
				double draw = family.explicit ? 0 : random.nextDouble();
				boolean mother = draw < 0.95;
				boolean fatherPresent = draw < 0.80 || draw >= 0.95;
				LocalDate motherBirth = oldest.minusYears(20 + random.nextInt(13)).minusDays(random.nextInt(365));
				if (mother) {
					String motherSurname = people.chance(0.85) ? Names.surnameFor(surname, true)
							: Names.surnameFor(Names.surname(tradition, random), true);
					adults.add(adult(motherSurname, Names.woman(tradition, random),
							Names.man(tradition, random).patronymicOf(true), motherBirth, true, address, branch));
					relations.add("MOTHER");
				}
				if (fatherPresent) {
					adults.add(adult(surname, father.first(), Names.man(tradition, random).patronymicOf(false),
							motherBirth.minusDays(random.nextInt(6 * 365)), false, address, branch));
					relations.add("FATHER");
				}
				if (adults.size() == 2 && people.chance(0.2) && !family.explicit) {
					Collections.swap(adults, 0, 1);
					Collections.swap(relations, 0, 1);
				}
			}
			family.primary = adults.get(0);
			this.parents += adults.size();

			boolean noInternet = people.chance(rural ? 0.25 : 0.04) && !family.explicit;
			boolean noDevice = !family.explicit && people.chance(noInternet ? 0.5 : 0.015);
			Long sharedDevice = null;
			if (!noDevice && family.children.size() >= 2 && (family.explicit || people.chance(0.3))) {
				sharedDevice = planner.ids.next(Table.HOUSEHOLD_DEVICE);
				planner.out.add(Table.HOUSEHOLD_DEVICE, sharedDevice,
						people.pick(List.of("Смартфон семьи (общий)", "Ноутбук семьи (общий)", "Планшет (общий)")));
			}
			List<Slot> children = new ArrayList<>(family.children);
			children.sort((a, b) -> a.birthDate.compareTo(b.birthDate));
			boolean oldestOwnsOne = sharedDevice != null && children.size() >= 3 && people.chance(0.5);
			for (int c = 0; c < children.size(); c++) {
				Slot slot = children.get(c);
				int age = Period.between(slot.birthDate, planner.yearStart).getYears();
				boolean older = age >= 10;
				String domain = null;
				if (("TVET_GROUP".equals(slot.group.kind) || "UNIVERSITY_GROUP".equals(slot.group.kind))
						&& people.chance(0.5)) {
					domain = FAMILY_EMAIL;
				}
				else if (age >= 13 && people.chance(0.15)) {
					domain = FAMILY_EMAIL;
				}
				String first = Names.child(tradition, slot.female, random);
				slot.person = people.add(Names.surnameFor(surname, slot.female), first,
						father.patronymicOf(slot.female), slot.birthDate, slot.female, older && people.chance(0.85),
						domain, address, branch);
				if (slot.person.phone() != null && people.chance(0.4)) {
					people.channel(slot.person.id(), "WHATSAPP", slot.person.phone());
				}
				String access = noDevice ? "NONE"
						: (sharedDevice != null && !(oldestOwnsOne && c == 0)) ? "SHARED" : "OWN";
				String kind = "PRESCHOOL_GROUP".equals(slot.group.kind) ? "PRESCHOOL_PUPIL" : "STUDENT";
				planner.out.add(Table.LEARNER, slot.person.id(), slot.group.org.key.id(), slot.group.id, kind,
						enrolledOn(slot.group), access, access.equals("SHARED") ? sharedDevice : null, !noInternet);
				for (int a = 0; a < adults.size(); a++) {
					planner.out.add(Table.PARENT_LINK, slot.person.id(), adults.get(a).id(), relations.get(a), a == 0);
				}
				this.learners++;
				if (family.guardian) {
					flag(slot, family.guardianFlag,
							family.guardianFlag.equals("ORPHAN")
									? "Постановление акимата об установлении опеки № " + (100 + random.nextInt(800))
									: "Решение суда о лишении родительских прав № 2-" + (1000 + random.nextInt(8000)),
							false);
				}
				if (family.largeFamily) {
					flag(slot, "LARGE_FAMILY", "Справка о составе семьи", false);
				}
				if (family.lowIncome) {
					flag(slot, "LOW_INCOME", "Справка о доходах семьи", false);
				}
				if (family.targetedAssistance) {
					flag(slot, "TARGETED_SOCIAL_ASSISTANCE",
							"Справка о назначении АСП № " + (1000 + random.nextInt(9000)), true);
				}
			}
		}

		private Person adult(String last, String first, String middle, LocalDate birth, boolean female, String address,
				long branch) {
			People people = DemoPlanner.this.people;
			Person person = people.add(last, first, middle, birth, female, true,
					people.chance(0.4) ? FAMILY_EMAIL : null, address, branch);
			if (people.chance(0.75)) {
				people.channel(person.id(), "WHATSAPP", person.phone());
			}
			if (people.chance(0.25)) {
				people.channel(person.id(), "AITU", person.phone());
			}
			if (people.chance(0.08)) {
				people.channel(person.id(), "PHONE", people.phone());
			}
			return person;
		}

		private LocalDate enrolledOn(Group group) {
			int yearsAgo = switch (group.kind) {
				case "SCHOOL_CLASS" -> group.grade;
				case "PRESCHOOL_GROUP" -> group.age - 2;
				case "TVET_GROUP" -> group.age - 15;
				case "UNIVERSITY_GROUP" -> group.age - 17;
				default -> DemoPlanner.this.random.nextInt(3);
			};
			return DemoPlanner.this.yearStart.minusYears(Math.max(0, yearsAgo));
		}

		private void flag(Slot slot, String flag, String document, boolean validity) {
			DemoPlanner planner = DemoPlanner.this;
			LocalDate documentDate = planner.people.dayBetween(planner.yearStart.minusYears(1),
					planner.yearStart.minusDays(10));
			LocalDate from = validity ? documentDate : null;
			LocalDate to = validity ? documentDate.plusMonths(12).minusDays(1) : null;
			planner.out.add(Table.SOCIAL_FLAG, slot.person.id(), flag, from, to, document, documentDate, "demo");
		}

	}

	/** An organization as planned. */
	private record Org(Key key, String kind, boolean rural) {

	}

	/** A class or group as planned. */
	private static final class Group {

		final long id;

		final Org org;

		final String kind;

		final String name;

		final Integer grade;

		/** The learners' age on 1 September, or -1 for mixed ages. */
		final int age;

		final int size;

		final List<Person> teachers = new ArrayList<>();

		Person supervisor;

		Group(long id, Org org, String kind, String name, Integer grade, int age, int size) {
			this.id = id;
			this.org = org;
			this.kind = kind;
			this.name = name;
			this.grade = grade;
			this.age = age;
			this.size = size;
		}

	}

}
