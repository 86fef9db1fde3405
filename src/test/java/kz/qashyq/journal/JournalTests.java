package kz.qashyq.journal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import kz.qashyq.coursework.GradingScale;
import kz.qashyq.coursework.WorkGraded;
import kz.qashyq.journal.internal.JournalExports;
import kz.qashyq.journal.internal.JournalInputException;
import kz.qashyq.journal.internal.JournalService;
import kz.qashyq.journal.internal.JournalViews.Grid;
import kz.qashyq.journal.internal.JournalViews.Row;
import kz.qashyq.journal.internal.LearnerJournalService;
import kz.qashyq.journal.internal.PreschoolService;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.schedule.ScheduledLesson;
import kz.qashyq.schedule.Timetables;
import kz.qashyq.schedule.myday.TwoSchools;
import kz.qashyq.support.DirectoryTestData;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import kz.qashyq.platform.web.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The journal of a class and subject on two fresh schools (see {@link TwoSchools}: in
 * school A class 5A has Mathematics on Mondays at 09:00 from 6 April 2020, taught by
 * teacher A).
 */
@SpringBootTest
@RecordApplicationEvents
class JournalTests {

	static final LocalDate MONDAY = TwoSchools.MONDAY;

	static final LocalTime NINE = LocalTime.of(9, 0);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JournalService journal;

	@Autowired
	LearnerJournalService learners;

	@Autowired
	PreschoolService preschool;

	@Autowired
	JournalExports exports;

	@Autowired
	Timetables timetables;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	ApplicationEvents events;

	TwoSchools schools;

	@BeforeEach
	void schools() {
		this.schools = new TwoSchools(this.jdbc);
	}

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	void asTeacher() {
		DirectoryTestData.signIn(this.schools.teacherA, new Grant(Role.TEACHER, ScopeRef.group(this.schools.classA)));
	}

	@Test
	@DisplayName("A1-24k the journal's lessons are the approved timetable's lessons with the plan's topic, editable")
	void lessonsComeFromTheTimetableWithThePlansTopic() {
		long plan = this.jdbc
			.sql("""
					insert into thematic_plan (group_id, subject, updated_by) values (?, 'Mathematics', 'test') returning id""")
			.param(this.schools.classA)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into plan_topic (plan_id, position, title, hours, planned_date)
				values (?, 1, 'Бөлшектер · Fractions', 1, ?)""").params(plan, MONDAY).update();
		asTeacher();
		assertThat(this.timetables.lessonsOf(this.schools.classA, MONDAY, MONDAY.plusDays(6)))
			.extracting(ScheduledLesson::subject)
			.containsExactly("Mathematics", "History", "Tuesday reading");
		Grid grid = this.journal.grid(this.schools.classA, "Mathematics", MONDAY, MONDAY.plusDays(13));
		assertThat(grid.lessons()).extracting((c) -> c.date() + " " + c.start())
			.containsExactly("2020-04-06 09:00", "2020-04-13 09:00");
		assertThat(grid.lessons().get(0).topic()).isEqualTo("Бөлшектер · Fractions");
		assertThat(grid.canKeep()).isTrue();
		assertThat(grid.learners()).extracting(Row::learnerId).containsExactly(this.schools.learnerA);

		this.journal.setTopic(this.schools.classA, "Mathematics", MONDAY, NINE, "Fractions, revised");
		assertThat(this.journal.grid(this.schools.classA, "Mathematics", MONDAY, MONDAY).lessons().get(0).topic())
			.isEqualTo("Fractions, revised");
		assertThatThrownBy(() -> this.journal.setTopic(this.schools.classA, "Mathematics", MONDAY, LocalTime.of(13, 0),
				"No such lesson"))
			.isInstanceOf(JournalInputException.class)
			.extracting((ex) -> ((JournalInputException) ex).messageKey())
			.isEqualTo("journal.error.lesson");
	}

	@Test
	@DisplayName("O-1.28f attendance per lesson and learner with how they took part, an excuse needs a reason, "
			+ "every change kept as history and audited, AttendanceMarked published")
	void attendanceWithParticipation() {
		asTeacher();
		long classA = this.schools.classA;
		long learner = this.schools.learnerA;
		assertThatThrownBy(() -> this.journal.markAttendance(classA, "Mathematics", MONDAY, NINE, learner,
				AttendanceStatus.EXCUSED, null, " "))
			.isInstanceOf(JournalInputException.class);
		assertThat(count("select count(*) from lesson_attendance where learner_id = ?", learner)).isZero();

		this.journal.markAttendance(classA, "Mathematics", MONDAY, NINE, learner, AttendanceStatus.PRESENT,
				Participation.TV, null);
		this.journal.markAttendance(classA, "Mathematics", MONDAY, NINE, learner, AttendanceStatus.EXCUSED, null,
				"Illness");
		Row row = this.journal.grid(classA, "Mathematics", MONDAY, MONDAY).learners().get(0);
		assertThat(row.cells().get("2020-04-06_09:00").status()).isEqualTo(AttendanceStatus.EXCUSED);
		assertThat(row.cells().get("2020-04-06_09:00").reason()).isEqualTo("Illness");
		assertThat(this.journal.history(classA, "Mathematics")).extracting((c) -> c.oldValue() + " -> " + c.newValue())
			.containsExactly("PRESENT/TV -> EXCUSED (Illness)", "null -> PRESENT/TV");
		assertThat(count("select count(*) from audit_log where object_type = 'JOURNAL_ATTENDANCE' and details like ?",
				"Mathematics 2020-04-06_09:00%"))
			.isEqualTo(2);
		assertThat(this.events.stream(AttendanceMarked.class).filter((e) -> e.learnerId() == learner))
			.extracting(AttendanceMarked::status, AttendanceMarked::participation)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(AttendanceStatus.PRESENT, Participation.TV),
					org.assertj.core.groups.Tuple.tuple(AttendanceStatus.EXCUSED, null));

		long second = new DirectoryTestData(this.jdbc).learner(this.schools.schoolA, classA, "Bekova", "Aru");
		assertThat(this.journal.allPresent(classA, "Mathematics", MONDAY, NINE)).isEqualTo(1);
		assertThat(this.jdbc.sql("select status || '/' || participation from lesson_attendance where learner_id = ?")
			.param(second)
			.query(String.class)
			.single()).isEqualTo("PRESENT/ONLINE");
	}

	@Test
	@DisplayName("A1-15f a manual mark outside the organization's scale is refused with a translated error; "
			+ "one on it is kept with its kind and history")
	void manualMarkOutsideTheScaleIsRefused() {
		asTeacher();
		long classA = this.schools.classA;
		for (String bad : new String[] { "6", "0", "4.5", "five" }) {
			assertThatThrownBy(() -> this.journal.postMark(classA, "Mathematics", this.schools.learnerA, MONDAY,
					"CURRENT", bad, null, null))
				.isInstanceOf(JournalInputException.class)
				.satisfies((ex) -> assertThat(((JournalInputException) ex).message(this.messages, Locale.ENGLISH))
					.contains(bad));
		}
		JournalInputException refused = org.junit.jupiter.api.Assertions.assertThrows(JournalInputException.class,
				() -> this.journal.postMark(classA, "Mathematics", this.schools.learnerA, MONDAY, "CURRENT", "6", null,
						null));
		assertThat(refused.message(this.messages, Locale.forLanguageTag("kk"))).contains("бес балдық");
		assertThat(refused.message(this.messages, Locale.forLanguageTag("ru"))).contains("пятибалльной");
		assertThat(count("select count(*) from journal_mark where learner_id = ?", this.schools.learnerA)).isZero();

		this.journal.postMark(classA, "Mathematics", this.schools.learnerA, MONDAY, "INTERMEDIATE_ATTESTATION", "4",
				"Good", null);
		Row row = this.journal.grid(classA, "Mathematics", MONDAY, MONDAY).learners().get(0);
		assertThat(row.cells().get("2020-04-06_09:00").marks()).singleElement().satisfies((m) -> {
			assertThat(m.mark()).isEqualByComparingTo("4");
			assertThat(m.kind()).isEqualTo(MarkKind.INTERMEDIATE_ATTESTATION);
		});
		assertThat(this.events.stream(MarkPosted.class).filter((e) -> e.learnerId() == this.schools.learnerA))
			.singleElement()
			.extracting(MarkPosted::source)
			.isEqualTo("MANUAL");
	}

	@Test
	@DisplayName("A1-24k a graded submission posts a mark through WorkGraded; a regrade replaces it; formative "
			+ "feedback is an entry without a mark")
	void workGradedPostsAndRegradeReplaces() throws InterruptedException {
		long submission = System.nanoTime() % 1_000_000_000L;
		publish(graded(submission, true, "3"));
		awaitMark(submission, "3");
		publish(graded(submission, true, "5"));
		awaitMark(submission, "5");
		assertThat(count("select count(*) from journal_mark where submission_id = ?", submission)).isEqualTo(1);
		publish(graded(submission + 1, false, null));
		awaitMark(submission + 1, null);
		asTeacher();
		assertThat(this.learners.learner(this.schools.learnerA, MONDAY, MONDAY).subjects()).singleElement()
			.satisfies((s) -> assertThat(s.marks()).extracting((m) -> String.valueOf(m.mark()), (m) -> m.comment())
				.containsExactlyInAnyOrder(tuple("5", null), tuple("null", "Write the steps out")));
	}

	private WorkGraded graded(long submission, boolean summative, String mark) {
		return new WorkGraded(submission, 77, this.schools.learnerA, this.schools.classA, this.schools.schoolA,
				"Mathematics", "Fractions work", summative, "PRACTICAL", new BigDecimal("8"), new BigDecimal("10"),
				GradingScale.FIVE_POINT, (mark != null) ? new BigDecimal(mark) : null,
				(mark != null) ? null : "Write the steps out", MONDAY, "teacher", Instant.now());
	}

	private void publish(Object event) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.publisher.publishEvent(event));
	}

	private void awaitMark(long submission, String mark) throws InterruptedException {
		for (int i = 0; i < 100; i++) {
			String found = this.jdbc
				.sql("select coalesce(cast(mark as text), 'none') from journal_mark where submission_id = ?")
				.param(submission)
				.query(String.class)
				.optional()
				.orElse(null);
			if (found != null && (mark == null ? found.equals("none")
					: new BigDecimal(found).compareTo(new BigDecimal(mark)) == 0)) {
				return;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no mark " + mark + " for submission " + submission);
	}

	@Test
	@DisplayName("O-1.4b the journal refuses a teacher of another subject, another school, and another family")
	void refusesWrongRoleSchoolAndFamily() {
		DirectoryTestData.signIn(this.schools.otherTeacherA,
				new Grant(Role.TEACHER, ScopeRef.group(this.schools.classA)));
		assertThatThrownBy(() -> this.journal.markAttendance(this.schools.classA, "Mathematics", MONDAY, NINE,
				this.schools.learnerA, AttendanceStatus.PRESENT, Participation.ONLINE, null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.journal.grid(this.schools.classA, "Mathematics", MONDAY, MONDAY))
			.as("another subject of the class is not there for its teacher (ADR 0004)")
			.isInstanceOf(NotFoundException.class);
		assertThat(this.journal.grid(this.schools.classA, null, MONDAY, MONDAY).subjects())
			.doesNotContain("Mathematics");
		DirectoryTestData.signIn(this.schools.teacherA, new Grant(Role.TEACHER, ScopeRef.group(this.schools.classB)));
		assertThatThrownBy(() -> this.journal.grid(this.schools.classA, "Mathematics", null, null))
			.isInstanceOf(AccessDeniedException.class);
		DirectoryTestData.signIn(this.schools.parentA, new Grant(Role.PARENT, ScopeRef.learner(this.schools.learnerA)));
		assertThat(this.learners.learner(this.schools.learnerA, null, null).name()).contains("Aliyev");
		assertThatThrownBy(() -> this.learners.learner(this.schools.learnerB, null, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.journal.grid(this.schools.classA, "Mathematics", null, null))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("A1-27i learners with no contact for the configured days are listed to the curator")
	void inactiveLearnersAreListed() {
		long active = new DirectoryTestData(this.jdbc).learner(this.schools.schoolA, this.schools.classA, "Active",
				"Aset");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
		this.jdbc.sql("insert into learner_contact (learner_id, day, kind) values (?, ?, 'SUBMISSION')")
			.params(active, today)
			.update();
		DirectoryTestData.signIn(this.schools.teacherA, new Grant(Role.CURATOR, ScopeRef.group(this.schools.classA)));
		assertThat(this.learners.inactive(this.schools.classA, 3)).extracting((l) -> l.learnerId())
			.containsExactly(this.schools.learnerA);
		assertThatThrownBy(() -> this.learners.overview(this.schools.classA, 0))
			.isInstanceOf(JournalInputException.class);
	}

	@Test
	@DisplayName("A1-24k the journal exports to XLSX and to PDF with the Kazakh letters rendered by an embedded font")
	void exportsRenderKazakhLetters() throws Exception {
		this.jdbc.sql("update person set last_name = 'Құрманғазы', first_name = 'Әлия Үміт Һ Ө Ұ Ң Ғ І' where id = ?")
			.param(this.schools.learnerA)
			.update();
		asTeacher();
		this.journal.postMark(this.schools.classA, "Mathematics", this.schools.learnerA, MONDAY, "CURRENT", "5", null,
				null);
		Grid grid = this.journal.grid(this.schools.classA, "Mathematics", MONDAY, MONDAY);
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(this.exports.xlsx(grid, Locale.ENGLISH)))) {
			assertThat(workbook.getSheetAt(0).getRow(2).getCell(0).getStringCellValue())
				.isEqualTo("Құрманғазы Әлия Үміт Һ Ө Ұ Ң Ғ І");
			assertThat(workbook.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()).isEqualTo("5");
		}
		byte[] pdf = this.exports.pdf(grid, Locale.forLanguageTag("kk"));
		PdfReader reader = new PdfReader(pdf);
		String text = new PdfTextExtractor(reader).getTextFromPage(1);
		assertThat(text).contains("Құрманғазы").contains("Әлия").contains("Үміт").contains("Журнал");
		assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("LiberationSans")
			.contains("/FontFile2");
		reader.close();
	}

	@Test
	@DisplayName("O-1.6b, O-1.5e preschool daily attendance; an absence by the parent's choice is coded so and "
			+ "never removes the child's place")
	void preschoolDailyAttendanceAndParentsChoice() {
		DirectoryTestData data = new DirectoryTestData(this.jdbc);
		long kindergarten = data.organization(data.settlement(9, "Kindergarten town " + System.nanoTime()), "PRESCHOOL",
				"Kindergarten");
		long group = this.jdbc
			.sql("""
					insert into study_group (organization_id, kind, name, academic_year) values (?, 'PRESCHOOL_GROUP', 'Ботақан', 2026)
					returning id""")
			.param(kindergarten)
			.query(Long.class)
			.single();
		long pupil = data.person("Сапарова", "Айша", LocalDate.of(2021, 5, 6), true);
		this.jdbc.sql(
				"insert into learner (person_id, organization_id, group_id, kind, enrolled_on) values (?, ?, ?, 'PRESCHOOL_PUPIL', '2025-09-01')")
			.params(pupil, kindergarten, group)
			.update();
		long other = data.person("Нұрланов", "Ерлан", LocalDate.of(2021, 7, 8), false);
		this.jdbc
			.sql("insert into learner (person_id, organization_id, group_id, kind) values (?, ?, ?, 'PRESCHOOL_PUPIL')")
			.params(other, kindergarten, group)
			.update();
		long mother = data.parentOf(pupil, "Сапарова", "Гүлнар");
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Almaty"));
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.minusDays(1);
		}
		LocalDate workday = day;
		String enrolment = this.jdbc.sql("select group_id || ' ' || enrolled_on from learner where person_id = ?")
			.param(pupil)
			.query(String.class)
			.single();

		DirectoryTestData.signIn(mother, new Grant(Role.PARENT, ScopeRef.learner(pupil)));
		this.preschool.choose(pupil, workday.minusDays(3), workday.plusDays(10), true);

		long educator = data.person("Тәрбиеші", "Дина", LocalDate.of(1990, 1, 1), true);
		DirectoryTestData.signIn(educator, new Grant(Role.CURATOR, ScopeRef.group(group)));
		assertThat(this.preschool.sheet(group, workday).freeAttendance()).isTrue();
		assertThatThrownBy(() -> this.preschool.mark(group, workday, other, false, null))
			.isInstanceOf(JournalInputException.class);
		this.preschool.mark(group, workday, pupil, false, null);
		this.preschool.mark(group, workday, other, true, null);
		PreschoolService.Sheet sheet = this.preschool.sheet(group, workday);
		assertThat(sheet.lines())
			.extracting(PreschoolService.Line::name, PreschoolService.Line::present,
					PreschoolService.Line::parentsChoice)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Нұрланов Ерлан", true, false),
					org.assertj.core.groups.Tuple.tuple("Сапарова Айша", false, true));
		this.preschool.mark(group, workday, other, false, "Cold");
		assertThat(this.journal.history(group, null)).first()
			.satisfies((c) -> assertThat(c.oldValue() + " -> " + c.newValue()).isEqualTo("PRESENT -> ABSENT (Cold)"));
		assertThatThrownBy(() -> this.preschool.mark(group, workday.plusDays(7), pupil, true, null))
			.isInstanceOf(JournalInputException.class);
		assertThat(this.jdbc.sql("select group_id || ' ' || enrolled_on from learner where person_id = ?")
			.param(pupil)
			.query(String.class)
			.single()).isEqualTo(enrolment);
		assertThat(this.events.stream(AttendanceMarked.class).filter((e) -> e.learnerId() == pupil)).singleElement()
			.satisfies((e) -> assertThat(e.parentsChoice()).isTrue());

		DirectoryTestData.signIn(this.schools.parentA, new Grant(Role.PARENT, ScopeRef.learner(this.schools.learnerA)));
		assertThatThrownBy(() -> this.preschool.choose(pupil, workday, workday, true))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	@DisplayName("Preschool: all the others present in one click, absences and the parent's choice kept; another group's educator is refused")
	void preschoolAllPresent() {
		DirectoryTestData data = new DirectoryTestData(this.jdbc);
		long kindergarten = data.organization(data.settlement(9, "Kindergarten village " + System.nanoTime()),
				"PRESCHOOL", "Kindergarten");
		long group = this.jdbc
			.sql("""
					insert into study_group (organization_id, kind, name, academic_year) values (?, 'PRESCHOOL_GROUP', 'Балапан', 2026)
					returning id""")
			.param(kindergarten)
			.query(Long.class)
			.single();
		long ill = pupil(data, kindergarten, group, "Әлиев", "Нұр");
		long here = pupil(data, kindergarten, group, "Бекова", "Аяна");
		long home = pupil(data, kindergarten, group, "Серікова", "Мира");
		LocalDate day = LocalDate.now(ZoneId.of("Asia/Almaty"));
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.minusDays(1);
		}
		LocalDate workday = day;
		long mother = data.parentOf(home, "Серікова", "Гүлнар");
		DirectoryTestData.signIn(mother, new Grant(Role.PARENT, ScopeRef.learner(home)));
		this.preschool.choose(home, workday.minusDays(1), workday.plusDays(5), true);
		long educator = data.person("Тәрбиеші", "Сая", LocalDate.of(1991, 2, 3), true);
		DirectoryTestData.signIn(educator, new Grant(Role.CURATOR, ScopeRef.group(group)));
		this.preschool.mark(group, workday, ill, false, "Cold");
		boolean free = this.preschool.sheet(group, workday).freeAttendance();

		int marked = this.preschool.allPresent(group, workday);

		PreschoolService.Sheet sheet = this.preschool.sheet(group, workday);
		java.util.Map<Long, PreschoolService.Line> lines = new java.util.HashMap<>();
		sheet.lines().forEach((line) -> lines.put(line.learnerId(), line));
		assertThat(lines.get(ill).present()).as("an absence stays").isFalse();
		assertThat(lines.get(here).present()).isTrue();
		assertThat(lines.get(home).marked()).as("the parent's choice is left for the educator").isEqualTo(!free);
		assertThat(marked).isEqualTo(free ? 1 : 2);
		assertThat(this.preschool.allPresent(group, workday)).as("nothing left to mark").isZero();

		DirectoryTestData.signIn(this.schools.teacherA, new Grant(Role.CURATOR, ScopeRef.group(this.schools.classA)));
		assertThatThrownBy(() -> this.preschool.allPresent(group, workday)).isInstanceOf(AccessDeniedException.class);
	}

	private long pupil(DirectoryTestData data, long kindergarten, long group, String last, String first) {
		long pupil = data.person(last, first, LocalDate.of(2021, 3, 4), true);
		this.jdbc
			.sql("insert into learner (person_id, organization_id, group_id, kind) values (?, ?, ?, 'PRESCHOOL_PUPIL')")
			.params(pupil, kindergarten, group)
			.update();
		return pupil;
	}

	private long count(String sql, Object... params) {
		return this.jdbc.sql(sql).params(params).query(Long.class).single();
	}

}
