package kz.qashyq.directory.internal.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntConsumer;

import kz.qashyq.directory.Iin;
import kz.qashyq.platform.spreadsheet.Sheet;

import static kz.qashyq.directory.internal.roster.RosterColumn.ADDRESS;
import static kz.qashyq.directory.internal.roster.RosterColumn.BIRTH_DATE;
import static kz.qashyq.directory.internal.roster.RosterColumn.DEVICE;
import static kz.qashyq.directory.internal.roster.RosterColumn.EMAIL;
import static kz.qashyq.directory.internal.roster.RosterColumn.FIRST_NAME;
import static kz.qashyq.directory.internal.roster.RosterColumn.GROUP;
import static kz.qashyq.directory.internal.roster.RosterColumn.IIN;
import static kz.qashyq.directory.internal.roster.RosterColumn.INTERNET;
import static kz.qashyq.directory.internal.roster.RosterColumn.LAST_NAME;
import static kz.qashyq.directory.internal.roster.RosterColumn.MIDDLE_NAME;
import static kz.qashyq.directory.internal.roster.RosterColumn.PHONE;
import static kz.qashyq.directory.internal.roster.RosterColumn.POSITION;
import static kz.qashyq.directory.internal.roster.RosterColumn.SEX;
import static kz.qashyq.directory.internal.roster.RosterColumn.SUBJECT;

/**
 * Checks every row of a roster and collects every problem (row as the user sees it,
 * column, reason), or, when there is none, the plan of what to write. One instance per
 * file.
 */
final class RosterValidator {

	/** How often progress is reported, in rows. */
	static final int PROGRESS_STEP = 200;

	/**
	 * What a file is checked against.
	 *
	 * @param today the date in the organization's time zone
	 * @param academicYear the year classes and groups are looked up in
	 * @param maxErrors how many errors are kept (all are counted)
	 */
	record Context(long organizationId, LocalDate today, int academicYear, List<RosterRepository.Group> groups,
			List<RosterRepository.Position> positions, int maxErrors) {
	}

	private final Context context;

	private final RosterRepository repository;

	private final RosterVocabulary vocabulary;

	private final List<RowError> errors = new ArrayList<>();

	private int errorCount;

	private final Map<String, RosterRepository.Group> groupsByName = new HashMap<>();

	private final Map<String, List<RosterRepository.Group>> groupsByKey = new HashMap<>();

	private final Map<String, String> positionsByKey = new HashMap<>();

	private Map<String, RosterRepository.ExistingPerson> existing = Map.of();

	/** People named in earlier rows, by IIN, with the row that first named them. */
	private final Map<String, Named> byIin = new HashMap<>();

	/** Parents without an IIN but with a phone, by name and phone. */
	private final Map<String, RosterPlan.Person> parentsWithoutIin = new HashMap<>();

	/** Second parents with neither IIN nor phone, by family (first parent) and name. */
	private final Map<RosterPlan.Person, Map<String, RosterPlan.Person>> secondParents = new IdentityHashMap<>();

	private final Map<String, Integer> learnerRows = new HashMap<>();

	private final Map<String, Integer> staffRows = new HashMap<>();

	private record Named(RosterPlan.Person person, int row) {
	}

	RosterValidator(Context context, RosterRepository repository, RosterVocabulary vocabulary) {
		this.context = context;
		this.repository = repository;
		this.vocabulary = vocabulary;
		for (RosterRepository.Group group : context.groups()) {
			this.groupsByName.putIfAbsent(group.name().strip().toLowerCase(Locale.ROOT), group);
			this.groupsByKey.computeIfAbsent(RosterValues.groupKey(group.name()), (key) -> new ArrayList<>())
				.add(group);
		}
		for (RosterRepository.Position position : context.positions()) {
			for (String name : List.of(position.code(), position.nameKk(), position.nameRu(), position.nameEn())) {
				this.positionsByKey.putIfAbsent(RosterVocabulary.key(name), position.code());
			}
		}
	}

	RosterPlan.Result validate(RosterKind kind, RosterHeader header, IntConsumer progress) {
		List<Sheet.Row> rows = header.dataRows();
		this.existing = this.repository.existingPersons(iinsIn(kind, header, rows));
		Set<String> heldPositions = (kind == RosterKind.STAFF)
				? this.repository.activePositions(this.context.organizationId(),
						this.existing.values().stream().map(RosterRepository.ExistingPerson::id).toList())
				: Set.of();
		List<RosterPlan.Learner> learners = new ArrayList<>();
		List<RosterPlan.Staff> staff = new ArrayList<>();
		int processed = 0;
		for (Sheet.Row row : rows) {
			Cells cells = new Cells(row, header);
			if (header.overflows(row)) {
				cells.error(null, "TOO_MANY_CELLS", null);
			}
			if (kind == RosterKind.LEARNERS) {
				RosterPlan.Learner learner = learner(cells);
				if (learner != null && cells.ok()) {
					learners.add(learner);
				}
			}
			else {
				RosterPlan.Staff member = staffMember(cells, heldPositions);
				if (member != null && cells.ok()) {
					staff.add(member);
				}
			}
			if (++processed % PROGRESS_STEP == 0) {
				progress.accept(processed);
			}
		}
		progress.accept(processed);
		return new RosterPlan.Result(List.copyOf(this.errors), this.errorCount, learners, staff, rows.size());
	}

	private static Set<String> iinsIn(RosterKind kind, RosterHeader header, List<Sheet.Row> rows) {
		Set<String> iins = new HashSet<>();
		List<RosterColumn> columns = kind.columns().stream().filter((c) -> c.type() == RosterColumn.Type.IIN).toList();
		for (Sheet.Row row : rows) {
			for (RosterColumn column : columns) {
				String iin = RosterValues.iin(RosterValues.clean(header.cell(row, column)));
				if (Iin.isValid(iin)) {
					iins.add(iin);
				}
			}
		}
		return iins;
	}

	// ---- learners

	private RosterPlan.Learner learner(Cells cells) {
		int row = cells.row.number();
		String iin = cells.iin(IIN, true);
		String last = cells.name(LAST_NAME, true);
		String first = cells.name(FIRST_NAME, true);
		String middle = cells.name(MIDDLE_NAME, false);
		LocalDate birthDate = cells.birthDate(iin, 0, 80);
		String sex = cells.sex(iin);
		RosterRepository.Group group = cells.group();
		String address = cells.text(ADDRESS, RosterValues.MAX_TEXT);
		String device = cells.choice(DEVICE, this.vocabulary::device, "INVALID_DEVICE");
		Boolean internet = cells.yesNo(INTERNET);
		RosterPlan.Parent parent1 = parent(cells, 1, iin, birthDate, null);
		RosterPlan.Parent parent2 = parentColumnsFilled(cells, 2)
				? parent(cells, 2, iin, birthDate, (parent1 != null) ? parent1.person() : null) : null;
		if (parent1 != null && parent2 != null && parent1.person() == parent2.person()) {
			cells.error(RosterColumn.PARENT2_IIN, "PARENTS_SAME", cells.raw(RosterColumn.PARENT2_IIN));
		}
		if (iin != null) {
			Integer firstRow = this.learnerRows.putIfAbsent(iin, row);
			if (firstRow != null) {
				cells.error(IIN, "DUPLICATE_IN_FILE", iin, String.valueOf(firstRow));
			}
			RosterRepository.ExistingPerson person = this.existing.get(iin);
			if (person != null && person.learnerOrganizationId() != null) {
				cells.error(IIN, (person.learnerOrganizationId() == this.context.organizationId())
						? "ALREADY_ENROLLED_HERE" : "ALREADY_ENROLLED_ELSEWHERE", iin);
			}
		}
		if (!cells.ok()) {
			return null;
		}
		RosterRepository.ExistingPerson known = this.existing.get(iin);
		RosterPlan.Person person = new RosterPlan.Person((known != null) ? known.id() : null, iin, last, first, middle,
				birthDate, sex, null, null, address, null, null);
		List<RosterPlan.Parent> parents = (parent2 != null) ? List.of(parent1, parent2) : List.of(parent1);
		return new RosterPlan.Learner(row, person, group.id(),
				"PRESCHOOL_GROUP".equals(group.kind()) ? "PRESCHOOL_PUPIL" : "STUDENT",
				(device != null) ? device : "OWN", (internet != null) ? internet : true, parents, parent1.person());
	}

	private static boolean parentColumnsFilled(Cells cells, int n) {
		for (RosterColumn column : parentColumns(n)) {
			if (!cells.raw(column).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	private static List<RosterColumn> parentColumns(int n) {
		return List.of(RosterColumn.valueOf("PARENT" + n + "_IIN"), RosterColumn.valueOf("PARENT" + n + "_LAST_NAME"),
				RosterColumn.valueOf("PARENT" + n + "_FIRST_NAME"), RosterColumn.valueOf("PARENT" + n + "_MIDDLE_NAME"),
				RosterColumn.valueOf("PARENT" + n + "_RELATION"), RosterColumn.valueOf("PARENT" + n + "_PHONE"),
				RosterColumn.valueOf("PARENT" + n + "_EMAIL"), RosterColumn.valueOf("PARENT" + n + "_WHATSAPP"),
				RosterColumn.valueOf("PARENT" + n + "_AITU"));
	}

	/**
	 * The first parent is required (with a phone) and is the primary contact; the second
	 * is checked when any of its cells is filled.
	 */
	private RosterPlan.Parent parent(Cells cells, int n, String learnerIin, LocalDate learnerBirthDate,
			RosterPlan.Person family) {
		List<RosterColumn> columns = parentColumns(n);
		int errorsBefore = cells.errorsInRow();
		String iin = cells.iin(columns.get(0), false);
		String last = cells.name(columns.get(1), true);
		String first = cells.name(columns.get(2), true);
		String middle = cells.name(columns.get(3), false);
		String relation = cells.requiredChoice(columns.get(4), this.vocabulary::relation, "INVALID_RELATION");
		String phone = cells.phone(columns.get(5), n == 1);
		String email = cells.email(columns.get(6));
		String whatsapp = cells.messenger(columns.get(7), phone);
		String aitu = cells.messenger(columns.get(8), phone);
		if (iin != null && iin.equals(learnerIin)) {
			cells.error(columns.get(0), "PARENT_IS_LEARNER", iin);
		}
		else if (iin != null && learnerBirthDate != null
				&& !Iin.birthDateOf(iin).orElseThrow().isBefore(learnerBirthDate)) {
			cells.error(columns.get(0), "PARENT_TOO_YOUNG", iin);
		}
		if (cells.errorsInRow() > errorsBefore) {
			return null;
		}
		RosterPlan.Person person;
		if (iin != null) {
			Named named = this.byIin.get(iin);
			if (named != null) {
				if (!sameName(named.person(), last, first)) {
					cells.error(columns.get(1), "PERSON_CONFLICT", last, String.valueOf(named.row()));
					return null;
				}
				person = named.person();
			}
			else {
				RosterRepository.ExistingPerson known = this.existing.get(iin);
				person = new RosterPlan.Person((known != null) ? known.id() : null, iin, last, first, middle,
						Iin.birthDateOf(iin).orElseThrow(), sexOf(iin), phone, email, null, whatsapp, aitu);
				this.byIin.put(iin, new Named(person, cells.row.number()));
			}
		}
		else if (phone != null) {
			// siblings' parent without an IIN: the same name and phone is the same person
			String key = RosterVocabulary.key(last) + "|" + RosterVocabulary.key(first) + "|"
					+ RosterVocabulary.key(middle) + "|" + phone;
			person = this.parentsWithoutIin.computeIfAbsent(key, (k) -> new RosterPlan.Person(null, null, last, first,
					middle, null, null, phone, email, null, whatsapp, aitu));
		}
		else if (family != null) {
			// a second parent with neither IIN nor phone: the same name in the same
			// family
			// (same first parent) is the same person; a name alone does not tell two
			// people apart
			String key = RosterVocabulary.key(last) + "|" + RosterVocabulary.key(first) + "|"
					+ RosterVocabulary.key(middle);
			person = this.secondParents.computeIfAbsent(family, (f) -> new HashMap<>())
				.computeIfAbsent(key, (k) -> new RosterPlan.Person(null, null, last, first, middle, null, null, null,
						email, null, whatsapp, aitu));
		}
		else {
			person = new RosterPlan.Person(null, null, last, first, middle, null, null, null, email, null, whatsapp,
					aitu);
		}
		return new RosterPlan.Parent(person, relation, n == 1);
	}

	private static boolean sameName(RosterPlan.Person person, String last, String first) {
		return RosterVocabulary.key(person.lastName).equals(RosterVocabulary.key(last))
				&& RosterVocabulary.key(person.firstName).equals(RosterVocabulary.key(first));
	}

	// ---- staff

	private RosterPlan.Staff staffMember(Cells cells, Set<String> heldPositions) {
		int row = cells.row.number();
		String iin = cells.iin(IIN, true);
		String last = cells.name(LAST_NAME, true);
		String first = cells.name(FIRST_NAME, true);
		String middle = cells.name(MIDDLE_NAME, false);
		LocalDate birthDate = cells.birthDate(iin, 14, 100);
		String sex = cells.sex(iin);
		String position = cells.position();
		String subject = cells.text(SUBJECT, 200);
		String phone = cells.phone(PHONE, false);
		String email = cells.email(EMAIL);
		if (iin == null || last == null || first == null) {
			return null;
		}
		RosterPlan.Person person;
		Named named = this.byIin.get(iin);
		if (named != null && !sameName(named.person(), last, first)) {
			cells.error(LAST_NAME, "PERSON_CONFLICT", last, String.valueOf(named.row()));
			return null;
		}
		if (position != null) {
			Integer firstRow = this.staffRows.putIfAbsent(iin + ":" + position, row);
			if (firstRow != null) {
				cells.error(POSITION, "DUPLICATE_IN_FILE", cells.raw(POSITION), String.valueOf(firstRow));
			}
		}
		RosterRepository.ExistingPerson known = this.existing.get(iin);
		if (known != null && position != null && heldPositions.contains(known.id() + ":" + position)) {
			cells.error(POSITION, "ALREADY_HOLDS_POSITION", cells.raw(POSITION));
		}
		if (!cells.ok()) {
			return null;
		}
		if (named != null) {
			person = named.person();
		}
		else {
			person = new RosterPlan.Person((known != null) ? known.id() : null, iin, last, first, middle, birthDate,
					sex, phone, email, null, null, null);
			this.byIin.put(iin, new Named(person, row));
		}
		return new RosterPlan.Staff(row, person, position, subject);
	}

	private static String sexOf(String iin) {
		return ((iin.charAt(6) - '0') % 2 == 1) ? "M" : "F";
	}

	private void addError(RowError error) {
		this.errorCount++;
		if (this.errors.size() < this.context.maxErrors()) {
			this.errors.add(error);
		}
	}

	/**
	 * The cells of one row, read and checked; each problem is recorded with the row and
	 * column.
	 */
	private final class Cells {

		private final Sheet.Row row;

		private final RosterHeader header;

		private int rowErrors;

		Cells(Sheet.Row row, RosterHeader header) {
			this.row = row;
			this.header = header;
		}

		boolean ok() {
			return this.rowErrors == 0;
		}

		int errorsInRow() {
			return this.rowErrors;
		}

		void error(RosterColumn column, String code, String value, String... args) {
			this.rowErrors++;
			addError(RowError.ofCell(this.row.number(), column, code, value, args));
		}

		String raw(RosterColumn column) {
			return RosterValues.clean(this.header.cell(this.row, column));
		}

		private String present(RosterColumn column, boolean required) {
			String value = raw(column);
			if (value.isEmpty()) {
				if (required) {
					error(column, "REQUIRED", null);
				}
				return null;
			}
			return value;
		}

		String name(RosterColumn column, boolean required) {
			String value = present(column, required);
			if (value == null) {
				return null;
			}
			if (value.length() > RosterValues.MAX_NAME) {
				error(column, "TOO_LONG", value, String.valueOf(RosterValues.MAX_NAME));
				return null;
			}
			if (!RosterValues.isName(value)) {
				error(column, "INVALID_NAME", value);
				return null;
			}
			return value;
		}

		String iin(RosterColumn column, boolean required) {
			String value = present(column, required);
			if (value == null) {
				return null;
			}
			if (RosterValues.isExponent(value)) {
				error(column, "IIN_EXPONENT", value);
				return null;
			}
			String iin = RosterValues.iin(value);
			Iin.Problem problem = Iin.check(iin);
			if (problem != null) {
				error(column, "IIN_" + problem.name(), value);
				return null;
			}
			return iin;
		}

		/**
		 * The birth date: when given it must be a plausible date that agrees with the
		 * IIN; when blank it is the IIN's.
		 */
		LocalDate birthDate(String iin, int minAge, int maxAge) {
			String value = present(BIRTH_DATE, false);
			LocalDate fromIin = (iin != null) ? Iin.birthDateOf(iin).orElseThrow() : null;
			if (value == null) {
				return fromIin;
			}
			LocalDate date = RosterValues.date(value);
			if (date == null) {
				error(BIRTH_DATE, "INVALID_DATE", value);
				return null;
			}
			LocalDate today = RosterValidator.this.context.today();
			if (date.isAfter(today.minusYears(minAge)) || !date.isAfter(today.minusYears(maxAge))) {
				error(BIRTH_DATE, "DATE_IMPLAUSIBLE", value);
				return null;
			}
			if (fromIin != null && !fromIin.equals(date)) {
				error(BIRTH_DATE, "BIRTH_DATE_MISMATCH", value, "date:" + fromIin);
				return null;
			}
			return date;
		}

		/**
		 * The sex: when given it must agree with the IIN's seventh digit (odd for men);
		 * when blank it is the IIN's.
		 */
		String sex(String iin) {
			String value = present(SEX, false);
			String fromIin = (iin != null) ? sexOf(iin) : null;
			if (value == null) {
				return fromIin;
			}
			String sex = RosterValidator.this.vocabulary.sex(value);
			if (sex == null) {
				error(SEX, "INVALID_SEX", value);
				return null;
			}
			if (fromIin != null && !fromIin.equals(sex)) {
				error(SEX, "SEX_MISMATCH", value);
				return null;
			}
			return sex;
		}

		RosterRepository.Group group() {
			String value = present(GROUP, true);
			if (value == null) {
				return null;
			}
			RosterRepository.Group exact = RosterValidator.this.groupsByName.get(value.toLowerCase(Locale.ROOT));
			if (exact != null) {
				return exact;
			}
			List<RosterRepository.Group> similar = RosterValidator.this.groupsByKey
				.getOrDefault(RosterValues.groupKey(value), List.of());
			if (similar.size() == 1) {
				return similar.get(0);
			}
			error(GROUP, similar.isEmpty() ? "UNKNOWN_GROUP" : "AMBIGUOUS_GROUP", value,
					academicYearLabel(RosterValidator.this.context.academicYear()));
			return null;
		}

		String position() {
			String value = present(POSITION, true);
			if (value == null) {
				return null;
			}
			String code = RosterValidator.this.positionsByKey.get(RosterVocabulary.key(value));
			if (code == null) {
				error(POSITION, "UNKNOWN_POSITION", value);
			}
			return code;
		}

		String text(RosterColumn column, int max) {
			String value = present(column, false);
			if (value != null && value.length() > max) {
				error(column, "TOO_LONG", value, String.valueOf(max));
				return null;
			}
			return value;
		}

		String choice(RosterColumn column, Function<String, String> lookup, String code) {
			String value = present(column, false);
			if (value == null) {
				return null;
			}
			String choice = lookup.apply(value);
			if (choice == null) {
				error(column, code, value);
			}
			return choice;
		}

		String requiredChoice(RosterColumn column, Function<String, String> lookup, String code) {
			if (raw(column).isEmpty()) {
				error(column, "REQUIRED", null);
				return null;
			}
			return choice(column, lookup, code);
		}

		Boolean yesNo(RosterColumn column) {
			String value = present(column, false);
			if (value == null) {
				return null;
			}
			Boolean answer = RosterValidator.this.vocabulary.yesNo(value);
			if (answer == null) {
				error(column, "INVALID_YES_NO", value);
			}
			return answer;
		}

		String phone(RosterColumn column, boolean required) {
			String value = present(column, required);
			if (value == null) {
				return null;
			}
			String phone = RosterValues.phone(value);
			if (phone == null) {
				error(column, "INVALID_PHONE", value);
			}
			return phone;
		}

		String email(RosterColumn column) {
			String value = present(column, false);
			if (value != null && !RosterValues.isEmail(value)) {
				error(column, "INVALID_EMAIL", value);
				return null;
			}
			return value;
		}

		/**
		 * A WhatsApp or Aitu number; "yes" means the same number as the phone.
		 */
		String messenger(RosterColumn column, String phone) {
			String value = present(column, false);
			if (value == null) {
				return null;
			}
			Boolean yes = RosterValidator.this.vocabulary.yesNo(value);
			if (Boolean.FALSE.equals(yes)) {
				return null;
			}
			String number = Boolean.TRUE.equals(yes) ? phone : RosterValues.phone(value);
			if (number == null) {
				error(column, "INVALID_MESSENGER", value);
			}
			return number;
		}

	}

	static String academicYearLabel(int year) {
		return year + "/" + (year + 1);
	}

}
