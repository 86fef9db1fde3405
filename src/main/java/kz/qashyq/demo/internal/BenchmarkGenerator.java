package kz.qashyq.demo.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import kz.qashyq.demo.internal.CopyBuffers.Table;
import kz.qashyq.demo.internal.Names.ManName;
import kz.qashyq.demo.internal.Names.Tradition;
import kz.qashyq.demo.internal.People.Person;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills the directory with a large synthetic country for benchmarks: regions (the seeded
 * ones, in id order), districts, settlements, Kazpost branches, organizations of five
 * kinds, their classes and groups, staff, learners with their parents; then the current
 * week of those organizations and their accounts ({@link BenchmarkWeek}). It appends to
 * whatever the database holds.
 * <p>
 * Directory rows are planned in chunks of whole organizations on the calling thread and
 * written with COPY on a second thread, one transaction per chunk, so that planning and
 * writing overlap. A failure stops the run; the chunks written before it stay.
 */
@Component
public class BenchmarkGenerator {

	private static final Log logger = LogFactory.getLog(BenchmarkGenerator.class);

	/** Organization kinds by position in a region, repeating every twenty. */
	private static final String[] KIND_PATTERN = { "SECONDARY_SCHOOL", "SECONDARY_SCHOOL", "SECONDARY_SCHOOL",
			"PRESCHOOL", "SECONDARY_SCHOOL", "SECONDARY_SCHOOL", "SECONDARY_SCHOOL", "SECONDARY_SCHOOL", "PRESCHOOL",
			"SECONDARY_SCHOOL", "TVET", "SECONDARY_SCHOOL", "SECONDARY_SCHOOL", "SECONDARY_SCHOOL", "PRESCHOOL",
			"SECONDARY_SCHOOL", "SECONDARY_SCHOOL", "ADDITIONAL_EDUCATION", "SECONDARY_SCHOOL", "HIGHER" };

	private static final String[] SCHOOL_SUBJECTS = { "Казахский язык и литература", "Русский язык и литература",
			"Математика", "Английский язык", "Физика", "История Казахстана", "Биология", "Физическая культура" };

	private static final String[] TVET_SUBJECTS = { "Основы программирования", "Электротехника", "Математика",
			"Английский язык", "Охрана труда", "Инженерная графика" };

	private static final String[] HIGHER_SUBJECTS = { "Базы данных", "Математический анализ", "Алгоритмы", "Философия",
			"Английский язык", "Компьютерные сети" };

	private static final String[] PRESCHOOL_SUBJECTS = { "Воспитание и обучение", "Музыка", "Физическая культура" };

	private static final String[] CIRCLES = { "Домбыра", "Робототехника", "Шахмат", "Хореография", "Футбол",
			"Бейнелеу өнері", "Хор", "Программирование" };

	private static final String[] PRESCHOOL_GROUPS = { "Бөбек", "Балапан", "Құлыншақ", "Ботақан", "Мектепалды",
			"Күншуақ", "Жұлдыз" };

	private static final String[][] SPECIALTIES = { { "ПО", "06130100 Программное обеспечение (по видам)" },
			{ "ЭС", "07130200 Электроснабжение (по отраслям)" }, { "ТМ", "07150300 Технология машиностроения" },
			{ "ПД", "01140100 Педагогика и методика начального обучения" } };

	private static final List<String> TOWN_STREETS = List.of("ул. Абая", "ул. Сейфуллина", "пр. Республики", "ул. Мира",
			"ул. Гагарина", "ул. Тәуелсіздік");

	private static final List<String> RURAL_STREETS = List.of("ул. Абая", "ул. Жамбыла", "ул. Мектеп");

	private static final String LETTERS = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ";

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final BenchmarkWeek week;

	BenchmarkGenerator(DataSource dataSource, JdbcClient jdbc, Clock clock, BenchmarkWeek week) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.clock = clock;
		this.week = week;
	}

	/**
	 * What to generate.
	 *
	 * @param regions how many of the seeded regions get data (1–20, in id order)
	 * @param organizations organizations in all, spread evenly over the regions
	 * @param learners learners in all (with their parents), spread over the organizations
	 * by size
	 * @param seed the seed of the random choices
	 * @param chunkLearners about how many learners are written per transaction
	 * @param accounts whether learners, families and teachers get sign-in accounts
	 * @param password the password of all those accounts
	 */
	public record Parameters(int regions, int organizations, int learners, long seed, int chunkLearners,
			boolean accounts, String password) {

		/** The default password of the generated accounts. */
		public static final String DEFAULT_PASSWORD = "bench";

		public Parameters {
			if (regions < 1 || regions > 20) {
				throw new IllegalArgumentException(
						"regions must be between 1 and 20 (the seeded regions), not " + regions);
			}
			if (organizations < regions) {
				throw new IllegalArgumentException(
						"organizations (" + organizations + ") must be at least regions (" + regions + ")");
			}
			if (learners < organizations) {
				throw new IllegalArgumentException(
						"learners (" + learners + ") must be at least organizations (" + organizations + ")");
			}
			if (chunkLearners < 1) {
				throw new IllegalArgumentException("chunkLearners must be positive");
			}
			if (accounts && (password == null || password.isEmpty())) {
				throw new IllegalArgumentException("the accounts need a password");
			}
		}

		/** With accounts, password {@value #DEFAULT_PASSWORD}. */
		public Parameters(int regions, int organizations, int learners, long seed, int chunkLearners) {
			this(regions, organizations, learners, seed, chunkLearners, true, DEFAULT_PASSWORD);
		}

	}

	/**
	 * What was generated and how long it took.
	 *
	 * @param planning time spent building rows (overlaps with copying)
	 * @param copying time spent in COPY and commits
	 * @param week time spent on the timetables, coursework, journal and accounts
	 * @param analyzing time spent in ANALYZE after the last chunk
	 * @param total wall-clock time of the run
	 * @param organizationIds the ids of the organizations created
	 */
	public record Report(long regions, long districts, long settlements, long kazpostBranches, long organizations,
			long groups, long learners, long parents, long staff, long parentLinks, long contactChannels,
			long socialFlags, long supervisors, long teachingAssignments, long timetables, long lessons, long studyLoad,
			long assignments, long submissions, long grades, long journalMarks, long journalLessons, long attendance,
			long preschoolDays, long accounts, long rows, Duration planning, Duration copying, Duration week,
			Duration analyzing, Duration total, List<Long> organizationIds) {

		public String summary() {
			return String.format(
					"""
							Generated in %.1f s (directory: planning %.1f s and COPY %.1f s overlapping; week and accounts %.1f s; ANALYZE %.1f s), %,d rows, %,.0f rows/s:
							  regions %,d, districts %,d, settlements %,d, Kazpost branches %,d, organizations %,d,
							  classes and groups %,d, learners %,d, parents %,d, staff %,d,
							  parent links %,d, contact channels %,d, social flags %,d, supervisors %,d, teaching assignments %,d,
							  approved timetables %,d, timetable lessons %,d, study load rows %,d,
							  assignments %,d, submissions %,d, grades %,d, journal marks from grades %,d,
							  journal lessons %,d, attendance marks %,d, preschool pupil-days %,d, accounts %,d""",
					seconds(this.total), seconds(this.planning), seconds(this.copying), seconds(this.week),
					seconds(this.analyzing), this.rows, this.rows / Math.max(0.001, seconds(this.total)), this.regions,
					this.districts, this.settlements, this.kazpostBranches, this.organizations, this.groups,
					this.learners, this.parents, this.staff, this.parentLinks, this.contactChannels, this.socialFlags,
					this.supervisors, this.teachingAssignments, this.timetables, this.lessons, this.studyLoad,
					this.assignments, this.submissions, this.grades, this.journalMarks, this.journalLessons,
					this.attendance, this.preschoolDays, this.accounts);
		}

		private static double seconds(Duration duration) {
			return duration.toMillis() / 1000.0;
		}

	}

	/**
	 * Generates and writes the data.
	 * @throws IllegalStateException when writing fails (chunks written before stay)
	 */
	public Report generate(Parameters parameters) {
		long started = System.nanoTime();
		Run run = new Run(parameters);
		ExecutorService writer = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "qashyq-generator-copy");
			thread.setDaemon(true);
			return thread;
		});
		try (Connection idConnection = this.dataSource.getConnection()) {
			idConnection.setAutoCommit(true);
			run.start(new IdSource.Sequences(idConnection, 16_384), existingIins());
			Future<?> pending = null;
			for (Region region : run.regions()) {
				run.territory(region);
				for (PlannedOrganization organization : region.organizations) {
					run.organization(region, organization);
					if (run.learnersInChunk >= parameters.chunkLearners()) {
						pending = handOver(writer, pending, run);
					}
				}
			}
			pending = handOver(writer, pending, run);
			waitFor(pending);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The benchmark data could not be generated: " + ex.getMessage(), ex);
		}
		finally {
			writer.shutdownNow();
		}
		analyze(Arrays.stream(Table.values()).map(Table::tableName).toList());
		long weekStarted = System.nanoTime();
		BenchmarkWeek.Counts week = this.week.write(run.organizationIds, parameters);
		long analyzeStarted = System.nanoTime();
		analyze(BenchmarkWeek.TABLES);
		long finished = System.nanoTime();
		return new Report(parameters.regions(), run.total(Table.DISTRICT), run.total(Table.SETTLEMENT),
				run.total(Table.KAZPOST_BRANCH), run.total(Table.ORGANIZATION), run.total(Table.STUDY_GROUP),
				run.total(Table.LEARNER), run.parents, run.staff, run.total(Table.PARENT_LINK),
				run.total(Table.CONTACT_CHANNEL), run.total(Table.SOCIAL_FLAG), run.total(Table.GROUP_SUPERVISOR),
				run.total(Table.TEACHING_ASSIGNMENT), week.timetables().timetables(), week.timetables().lessons(),
				week.timetables().studyLoad(), week.coursework().assignments(), week.coursework().submissions(),
				week.coursework().grades(), week.coursework().marks(), week.journal().lessons(),
				week.journal().attendance(), week.journal().preschoolDays(), week.accounts(),
				run.totalRows + week.rows(), Duration.ofNanos(run.planningNanos), Duration.ofNanos(run.copyNanos.get()),
				Duration.ofNanos(analyzeStarted - weekStarted), Duration.ofNanos(finished - analyzeStarted),
				Duration.ofNanos(finished - started), List.copyOf(run.organizationIds));
	}

	/** Starts writing the current chunk once the previous one is written. */
	private Future<?> handOver(ExecutorService writer, Future<?> previous, Run run) {
		if (run.chunk.isEmpty()) {
			return previous;
		}
		CopyBuffers chunk = run.takeChunk();
		waitFor(previous);
		return writer.submit(() -> {
			long started = System.nanoTime();
			try (Connection connection = this.dataSource.getConnection()) {
				connection.setAutoCommit(false);
				try {
					chunk.copyTo(connection);
					connection.commit();
				}
				catch (SQLException | RuntimeException ex) {
					connection.rollback();
					throw ex;
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("COPY failed: " + ex.getMessage(), ex);
			}
			run.copyNanos.addAndGet(System.nanoTime() - started);
			logger.info(String.format("Generator: %,d learners written",
					run.learnersWritten.addAndGet(chunk.written(Table.LEARNER))));
		});
	}

	private static void waitFor(Future<?> future) {
		if (future == null) {
			return;
		}
		try {
			future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while writing", ex);
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
	}

	/** The IINs in the database, sorted, so that the new ones never collide. */
	private long[] existingIins() {
		long[][] holder = { new long[1024] };
		int[] size = { 0 };
		this.jdbc.sql("select iin from person where iin is not null").query((rs) -> {
			if (size[0] == holder[0].length) {
				holder[0] = Arrays.copyOf(holder[0], holder[0].length * 2);
			}
			holder[0][size[0]++] = Long.parseLong(rs.getString(1));
		});
		long[] iins = Arrays.copyOf(holder[0], size[0]);
		Arrays.sort(iins);
		return iins;
	}

	private void analyze(List<String> tables) {
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement()) {
			for (String table : tables) {
				statement.execute("analyze " + table);
			}
		}
		catch (SQLException ex) {
			logger.warn("ANALYZE after generating failed: " + ex.getMessage());
		}
	}

	/** A seeded region and the organizations planned in it. */
	private record Region(long id, String nameRu, String timeZone, int existingDistricts,
			List<PlannedOrganization> organizations) {

	}

	/** An organization to create: its kind and number of learners. */
	private static final class PlannedOrganization {

		final String kind;

		final int number;

		int learners;

		PlannedOrganization(String kind, int number) {
			this.kind = kind;
			this.number = number;
		}

	}

	/** One generator run: its random source, counters and the chunk being built. */
	private final class Run {

		final Parameters parameters;

		final Random random;

		final int year;

		final LocalDate yearStart;

		final Map<Table, Long> totals = new EnumMap<>(Table.class);

		final List<Long> organizationIds = new ArrayList<>();

		final AtomicLong copyNanos = new AtomicLong();

		final AtomicLong learnersWritten = new AtomicLong();

		CopyBuffers chunk = new CopyBuffers();

		People people;

		IdSource ids;

		int learnersInChunk;

		long planningNanos;

		long parents;

		long totalRows;

		long staff;

		int nextPostcode;

		long[] settlementIds = new long[0];

		boolean[] settlementRural = new boolean[0];

		long[] branchIds = new long[0];

		String[] settlementNames = new String[0];

		List<Region> regions;

		Run(Parameters parameters) {
			this.parameters = parameters;
			this.random = new Random(parameters.seed());
			this.year = AcademicYear.current(BenchmarkGenerator.this.clock);
			this.yearStart = LocalDate.of(this.year, 9, 1);
		}

		void start(IdSource ids, long[] existingIins) {
			this.ids = ids;
			this.people = new People(this.random, ids, this.chunk,
					(iin) -> Arrays.binarySearch(existingIins, iin) >= 0);
			Integer maxPostcode = BenchmarkGenerator.this.jdbc
				.sql("select max(postcode::int) from kazpost_branch where postcode ~ '^[0-9]{6}$'")
				.query(Integer.class)
				.optional()
				.orElse(0);
			this.nextPostcode = Math.max(maxPostcode + 1, 110000);
			this.regions = planRegions();
		}

		List<Region> regions() {
			return this.regions;
		}

		private List<Region> planRegions() {
			int count = this.parameters.regions();
			List<Region> result = BenchmarkGenerator.this.jdbc.sql("""
					select r.id, r.name_ru, r.time_zone, (select count(*) from district d where d.region_id = r.id)
					from region r order by r.id limit ?""")
				.param(count)
				.query((rs, row) -> new Region(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
						new ArrayList<>()))
				.list();
			List<PlannedOrganization> all = new ArrayList<>();
			for (int i = 0; i < this.parameters.organizations(); i++) {
				Region region = result.get(i % count);
				int position = region.organizations().size();
				PlannedOrganization organization = new PlannedOrganization(KIND_PATTERN[position % KIND_PATTERN.length],
						position + 1);
				region.organizations().add(organization);
				all.add(organization);
			}
			distributeLearners(all);
			return result;
		}

		/** Learners by organization size, exactly the total, at least one each. */
		private void distributeLearners(List<PlannedOrganization> organizations) {
			double[] weights = new double[organizations.size()];
			double sum = 0;
			for (int i = 0; i < weights.length; i++) {
				double base = switch (organizations.get(i).kind) {
					case "PRESCHOOL" -> 0.25;
					case "TVET" -> 0.7;
					case "HIGHER" -> 1.5;
					case "ADDITIONAL_EDUCATION" -> 0.3;
					default -> 1.0;
				};
				weights[i] = base * (0.5 + this.random.nextDouble());
				sum += weights[i];
			}
			int spare = this.parameters.learners() - organizations.size();
			int given = 0;
			for (int i = 0; i < weights.length; i++) {
				int share = (int) Math.floor(spare * weights[i] / sum);
				organizations.get(i).learners = 1 + share;
				given += share;
			}
			for (int i = 0; given < spare; i = (i + 1) % weights.length) {
				organizations.get(i).learners++;
				given++;
			}
		}

		/**
		 * Districts, settlements and branches of a region; organizations go round them.
		 */
		void territory(Region region) {
			long started = System.nanoTime();
			int districts = Math.max(1, Math.round(region.organizations().size() / 12f));
			int settlements = districts * 3;
			this.settlementIds = new long[settlements];
			this.settlementRural = new boolean[settlements];
			this.branchIds = new long[settlements];
			this.settlementNames = new String[settlements];
			for (int d = 0; d < districts; d++) {
				int number = region.existingDistricts() + d + 1;
				long district = this.ids.next(Table.DISTRICT);
				this.chunk.add(Table.DISTRICT, district, region.id(), (d == 0) ? "CITY_DISTRICT" : "RURAL_DISTRICT",
						"№ " + number + " аудан", "район № " + number, "District No. " + number);
				for (int s = 0; s < 3; s++) {
					int index = d * 3 + s;
					boolean rural = s > 0;
					String kk = (rural ? "№ " + (index + 1) + " ауыл" : "№ " + number + " қала");
					String ru = (rural ? "село № " + (index + 1) : "город № " + number);
					long settlement = this.ids.next(Table.SETTLEMENT);
					this.chunk.add(Table.SETTLEMENT, settlement, district, kk, ru,
							rural ? "Village No. " + (index + 1) : "Town No. " + number, !rural, s == 2, false);
					this.settlementIds[index] = settlement;
					this.settlementRural[index] = rural;
					this.settlementNames[index] = region.nameRu() + ", " + ru;
					if (this.nextPostcode <= 999_999) {
						long branch = this.ids.next(Table.KAZPOST_BRANCH);
						this.chunk.add(Table.KAZPOST_BRANCH, branch, String.valueOf(this.nextPostcode++), settlement,
								this.settlementNames[index] + ", ул. Почтовая, 1");
						this.branchIds[index] = branch;
					}
				}
			}
			this.planningNanos += System.nanoTime() - started;
		}

		void organization(Region region, PlannedOrganization planned) {
			long started = System.nanoTime();
			int settlementIndex = (planned.number - 1) % this.settlementIds.length;
			boolean rural = this.settlementRural[settlementIndex];
			long id = this.ids.next(Table.ORGANIZATION);
			String[] names = organizationNames(planned.kind, planned.number);
			this.chunk.add(Table.ORGANIZATION, id, this.settlementIds[settlementIndex], planned.kind, "STATE", names[0],
					names[1], names[2], null, new String[] { "kk", "ru" }, region.timeZone(),
					this.settlementNames[settlementIndex] + ", ул. Абая, " + planned.number,
					planned.kind.equals("TVET") || planned.kind.equals("HIGHER"));
			this.organizationIds.add(id);
			List<GroupPlan> groups = groups(id, planned);
			staff(id, planned, groups);
			learners(id, groups, settlementIndex, rural);
			this.planningNanos += System.nanoTime() - started;
		}

		private String[] organizationNames(String kind, int number) {
			return switch (kind) {
				case "PRESCHOOL" -> new String[] { "№ " + number + " балабақша", "Детский сад № " + number,
						"Kindergarten No. " + number };
				case "TVET" ->
					new String[] { "№ " + number + " колледж", "Колледж № " + number, "College No. " + number };
				case "HIGHER" -> new String[] { "№ " + number + " университет", "Университет № " + number,
						"University No. " + number };
				case "ADDITIONAL_EDUCATION" -> new String[] { "№ " + number + " қосымша білім беру орталығы",
						"Центр дополнительного образования № " + number, "Additional Education Centre No. " + number };
				default -> new String[] { "№ " + number + " жалпы білім беретін мектеп",
						"Общеобразовательная школа № " + number, "Secondary School No. " + number };
			};
		}

		/**
		 * A class or group to fill: id, kind, learners' age on 1 September (-1: mixed).
		 */
		private record GroupPlan(long id, String kind, int age, int size) {

		}

		private List<GroupPlan> groups(long organizationId, PlannedOrganization planned) {
			List<GroupPlan> groups = new ArrayList<>();
			int learners = planned.learners;
			switch (planned.kind) {
				case "SECONDARY_SCHOOL" -> {
					int[] perGrade = split(learners, 12);
					for (int grade = 0; grade <= 11; grade++) {
						int classes = Math.max(1, (perGrade[grade] + 29) / 30);
						int[] sizes = split(perGrade[grade], classes);
						for (int c = 0; c < classes; c++) {
							String letter = (c < LETTERS.length()) ? String.valueOf(LETTERS.charAt(c))
									: LETTERS.charAt(c % LETTERS.length()) + String.valueOf(c / LETTERS.length());
							groups.add(group(organizationId, "SCHOOL_CLASS", grade + letter, grade, letter,
									(grade >= 2 && grade <= 6) ? 2 : 1, null, null, false, 5 + grade, sizes[c]));
						}
					}
				}
				case "PRESCHOOL" -> {
					int[] sizes = split(learners, Math.max(1, (learners + 24) / 25));
					for (int i = 0; i < sizes.length; i++) {
						groups.add(group(organizationId, "PRESCHOOL_GROUP", numbered(PRESCHOOL_GROUPS, i), null, null,
								null, null, null, false, 2 + i % 5, sizes[i]));
					}
				}
				case "TVET" -> {
					int[] sizes = split(learners, Math.max(1, (learners + 24) / 25));
					for (int i = 0; i < sizes.length; i++) {
						int course = 1 + i % 4;
						String[] specialty = SPECIALTIES[(i / 4) % SPECIALTIES.length];
						String name = specialty[0] + "-" + course + (i / 4 + 1);
						groups.add(group(organizationId, "TVET_GROUP", name, null, null, null, specialty[1], course,
								course == 4, 14 + course, sizes[i]));
					}
				}
				case "HIGHER" -> {
					int[] sizes = split(learners, Math.max(1, (learners + 24) / 25));
					for (int i = 0; i < sizes.length; i++) {
						int course = 1 + i % 4;
						String name = String.format("ИС-%02d-%d", (this.year - course + 1) % 100, i / 4 + 1);
						groups.add(group(organizationId, "UNIVERSITY_GROUP", name, null, null, null,
								"6B06101 Информационные системы", course, course == 4, 16 + course, sizes[i]));
					}
				}
				default -> {
					int[] sizes = split(learners, Math.max(1, (learners + 19) / 20));
					for (int i = 0; i < sizes.length; i++) {
						groups.add(group(organizationId, "CIRCLE", numbered(CIRCLES, i), null, null, null, null, null,
								false, -1, sizes[i]));
					}
				}
			}
			return groups;
		}

		private GroupPlan group(long organizationId, String kind, String name, Integer grade, String letter,
				Integer shift, String specialty, Integer course, boolean graduating, int age, int size) {
			long id = this.ids.next(Table.STUDY_GROUP);
			this.chunk.add(Table.STUDY_GROUP, id, organizationId, kind, name, grade, letter, shift, specialty, course,
					graduating, this.random.nextBoolean() ? "kk" : "ru", this.year);
			return new GroupPlan(id, kind, age, size);
		}

		private static String numbered(String[] names, int index) {
			String name = names[index % names.length];
			return (index < names.length) ? name : name + "-" + (index / names.length + 1);
		}

		private static int[] split(int total, int parts) {
			int[] sizes = new int[parts];
			for (int i = 0; i < parts; i++) {
				sizes[i] = total / parts + ((i < total % parts) ? 1 : 0);
			}
			return sizes;
		}

		/** Head, deputies, teachers, support and technical staff. */
		private void staff(long organizationId, PlannedOrganization planned, List<GroupPlan> groups) {
			int learners = planned.learners;
			String teacherPosition = switch (planned.kind) {
				case "PRESCHOOL" -> "EDUCATOR";
				case "TVET", "HIGHER" -> "LECTURER";
				case "ADDITIONAL_EDUCATION" -> "ADDITIONAL_EDUCATION_TEACHER";
				default -> "TEACHER";
			};
			String[] subjects = switch (planned.kind) {
				case "PRESCHOOL" -> PRESCHOOL_SUBJECTS;
				case "TVET" -> TVET_SUBJECTS;
				case "HIGHER" -> HIGHER_SUBJECTS;
				case "ADDITIONAL_EDUCATION" -> CIRCLES;
				default -> SCHOOL_SUBJECTS;
			};
			employ(organizationId, "HEAD", null);
			for (int i = 0; i < learners / 400; i++) {
				employ(organizationId, "DEPUTY_HEAD", null);
			}
			if (learners >= 300) {
				employ(organizationId, "PSYCHOLOGIST", null);
				employ(organizationId, "SOCIAL_PEDAGOGUE", null);
			}
			for (int i = 0; i <= learners / 200; i++) {
				employ(organizationId, "TECHNICAL", null);
			}
			int count = Math.max(2, (int) Math.ceil(groups.size() * 1.4));
			List<Person> teachers = new ArrayList<>(count);
			for (int t = 0; t < count; t++) {
				teachers.add(employ(organizationId, teacherPosition, subjects[t % subjects.length]));
			}
			for (int g = 0; g < groups.size(); g++) {
				GroupPlan group = groups.get(g);
				this.chunk.add(Table.GROUP_SUPERVISOR, group.id(), teachers.get(g % count).id(), this.yearStart, null);
				for (int k = 0; k < Math.min(4, count); k++) {
					int t = (g + k) % count;
					this.chunk.add(Table.TEACHING_ASSIGNMENT, group.id(), teachers.get(t).id(),
							subjects[t % subjects.length]);
				}
			}
		}

		private Person employ(long organizationId, String position, String subject) {
			Tradition tradition = this.people.chance(0.7) ? Tradition.KAZAKH : Tradition.RUSSIAN;
			boolean female = this.people.chance(0.7);
			ManName father = Names.man(tradition, this.random);
			Person person = this.people.add(Names.surnameFor(Names.surname(tradition, this.random), female),
					female ? Names.woman(tradition, this.random) : Names.man(tradition, this.random).first(),
					father.patronymicOf(female),
					this.people.birthDateForAge(25 + this.random.nextInt(36), this.yearStart), female, true, null, null,
					null);
			this.chunk.add(Table.STAFF_POSITION, person.id(), organizationId, position, subject,
					LocalDate.of(this.year - this.random.nextInt(20), 8, 25), null);
			this.staff++;
			return person;
		}

		/** Families of one to four children of the organization, with their parents. */
		private void learners(long organizationId, List<GroupPlan> groups, int settlementIndex, boolean rural) {
			List<long[]> places = new ArrayList<>();
			for (int g = 0; g < groups.size(); g++) {
				for (int i = 0; i < groups.get(g).size(); i++) {
					places.add(new long[] { g });
				}
			}
			Collections.shuffle(places, this.random);
			Long branch = (this.branchIds[settlementIndex] != 0) ? this.branchIds[settlementIndex] : null;
			int index = 0;
			while (index < places.size()) {
				double draw = this.random.nextDouble();
				int size = Math.min(places.size() - index,
						(draw < 0.60) ? 1 : (draw < 0.87) ? 2 : (draw < 0.97) ? 3 : 4);
				List<GroupPlan> children = new ArrayList<>(size);
				for (int c = 0; c < size; c++) {
					children.add(groups.get((int) places.get(index + c)[0]));
				}
				index += size;
				family(organizationId, children, settlementIndex, rural, branch);
			}
		}

		private void family(long organizationId, List<GroupPlan> children, int settlementIndex, boolean rural,
				Long branch) {
			People people = this.people;
			Tradition tradition = people.chance(rural ? 0.9 : 0.65) ? Tradition.KAZAKH : Tradition.RUSSIAN;
			String surname = Names.surname(tradition, this.random);
			ManName father = Names.man(tradition, this.random);
			String address = this.settlementNames[settlementIndex] + ", "
					+ Names.pick(rural ? RURAL_STREETS : TOWN_STREETS, this.random) + ", д. "
					+ (1 + this.random.nextInt(150));
			LocalDate[] births = new LocalDate[children.size()];
			LocalDate oldest = null;
			for (int c = 0; c < births.length; c++) {
				int age = (children.get(c).age() >= 0) ? children.get(c).age() : 7 + this.random.nextInt(10);
				births[c] = people.birthDateForAge(age, this.yearStart);
				oldest = (oldest == null || births[c].isBefore(oldest)) ? births[c] : oldest;
			}
			boolean guardian = children.size() == 1 && people.chance(0.003);
			List<Person> adults = new ArrayList<>(2);
			List<String> relations = new ArrayList<>(2);
			LocalDate motherBirth = oldest.minusYears(20 + this.random.nextInt(13));
			double draw = this.random.nextDouble();
			if (guardian) {
				adults.add(people.add(Names.surnameFor(surname, true), Names.woman(tradition, this.random),
						Names.man(tradition, this.random).patronymicOf(true), oldest.minusYears(50), true, true, null,
						address, branch));
				relations.add("GRANDPARENT");
			}
			else {
				if (draw < 0.95) {
					adults.add(people.add(Names.surnameFor(surname, true), Names.woman(tradition, this.random),
							Names.man(tradition, this.random).patronymicOf(true), motherBirth, true, true, null,
							address, branch));
					relations.add("MOTHER");
				}
				if (draw < 0.80 || draw >= 0.95) {
					adults
						.add(people.add(surname, father.first(), Names.man(tradition, this.random).patronymicOf(false),
								motherBirth.minusYears(this.random.nextInt(6)), false, true, null, address, branch));
					relations.add("FATHER");
				}
			}
			for (Person adult : adults) {
				if (people.chance(0.7)) {
					people.channel(adult.id(), "WHATSAPP", adult.phone());
				}
			}
			this.parents += adults.size();
			boolean noInternet = people.chance(rural ? 0.2 : 0.04);
			boolean noDevice = people.chance(noInternet ? 0.5 : 0.015);
			Long shared = null;
			if (!noDevice && children.size() >= 2 && people.chance(0.25)) {
				shared = this.ids.next(Table.HOUSEHOLD_DEVICE);
				this.chunk.add(Table.HOUSEHOLD_DEVICE, shared, "Смартфон семьи (общий)");
			}
			boolean large = children.size() == 4;
			boolean lowIncome = people.chance(0.05);
			boolean assisted = lowIncome && people.chance(0.4);
			for (int c = 0; c < children.size(); c++) {
				GroupPlan group = children.get(c);
				boolean female = this.random.nextBoolean();
				Person child = people.add(Names.surnameFor(surname, female),
						Names.child(tradition, female, this.random), father.patronymicOf(female), births[c], female,
						group.age() >= 10 && people.chance(0.8), null, address, branch);
				String access = noDevice ? "NONE" : (shared != null) ? "SHARED" : "OWN";
				this.chunk.add(Table.LEARNER, child.id(), organizationId, group.id(),
						group.kind().equals("PRESCHOOL_GROUP") ? "PRESCHOOL_PUPIL" : "STUDENT", this.yearStart, access,
						shared, !noInternet);
				for (int a = 0; a < adults.size(); a++) {
					this.chunk.add(Table.PARENT_LINK, child.id(), adults.get(a).id(), relations.get(a), a == 0);
				}
				if (guardian) {
					flag(child.id(), "NO_PARENTAL_CARE", "Постановление об опеке", false);
				}
				if (large) {
					flag(child.id(), "LARGE_FAMILY", "Справка о составе семьи", false);
				}
				if (lowIncome) {
					flag(child.id(), "LOW_INCOME", "Справка о доходах семьи", false);
				}
				if (assisted) {
					flag(child.id(), "TARGETED_SOCIAL_ASSISTANCE", "Справка о назначении АСП", true);
				}
				if (people.chance(0.03)) {
					flag(child.id(), "SPECIAL_NEEDS", "Заключение ПМПК", false);
				}
				this.learnersInChunk++;
			}
		}

		private void flag(long learnerId, String flag, String document, boolean validity) {
			LocalDate documentDate = this.yearStart.minusDays(10 + this.random.nextInt(300));
			this.chunk.add(Table.SOCIAL_FLAG, learnerId, flag, validity ? documentDate : null,
					validity ? documentDate.plusYears(1).minusDays(1) : null, document, documentDate, "generator");
		}

		/** Hands the chunk built so far to the writer and starts a new one. */
		CopyBuffers takeChunk() {
			CopyBuffers full = this.chunk;
			for (Table table : Table.values()) {
				this.totalRows += full.pending(table);
				this.totals.merge(table, full.pending(table), Long::sum);
			}
			this.chunk = new CopyBuffers();
			this.people.writeTo(this.chunk);
			this.learnersInChunk = 0;
			return full;
		}

		long total(Table table) {
			return this.totals.getOrDefault(table, 0L);
		}

	}

}
