package kz.qashyq.coursework;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import kz.qashyq.coursework.internal.AssignmentForm;
import kz.qashyq.coursework.internal.Rubrics.CriterionInput;
import kz.qashyq.coursework.internal.Rubrics.DescriptorInput;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.support.DirectoryTestData;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A school of its own for coursework tests: a class 7А with a mathematics teacher, three
 * learners, a parent of the first; a second school with a class of its own.
 */
final class CourseworkTestData {

	static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

	static final String SUBJECT = "Математика";

	final long school;

	final long otherSchool;

	final long group;

	final long otherGroup;

	final long teacher;

	final long otherTeacher;

	final long first;

	final long second;

	final long third;

	final long parent;

	final long strangerParent;

	final long strangerChild;

	/** Spreads the birth dates, so that generated IINs never repeat between people. */
	private static final java.util.concurrent.atomic.AtomicInteger days = new java.util.concurrent.atomic.AtomicInteger();

	private final DirectoryTestData data;

	private final JdbcClient jdbc;

	private long person(String last, String first, int bornYear, boolean female) {
		return this.data.person(last, first,
				java.time.LocalDate.of(bornYear, 1, 1).plusDays(days.incrementAndGet() % 3650), female);
	}

	private long learner(long organization, long group, String last, String first) {
		long person = person(last, first, 2010, false);
		this.jdbc.sql("insert into learner (person_id, organization_id, group_id, kind) values (?, ?, ?, 'STUDENT')")
			.params(person, organization, group)
			.update();
		return person;
	}

	private long parentOf(long learner, String last, String first) {
		long parent = person(last, first, 1975, true);
		this.jdbc
			.sql("""
					insert into parent_link (learner_id, parent_id, relation, primary_contact) values (?, ?, 'MOTHER', true)""")
			.params(learner, parent)
			.update();
		return parent;
	}

	CourseworkTestData(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.data = new DirectoryTestData(jdbc);
		DirectoryTestData data = this.data;
		long region = jdbc.sql("select min(id) from region").query(Long.class).single();
		long settlement = data.settlement(region, "Coursework " + System.nanoTime());
		this.school = data.organization(settlement, "SECONDARY_SCHOOL", "Coursework school " + System.nanoTime());
		this.otherSchool = data.organization(settlement, "SECONDARY_SCHOOL", "Other school " + System.nanoTime());
		this.group = data.schoolClass(this.school, 7, "А");
		this.otherGroup = data.schoolClass(this.otherSchool, 7, "Б");
		this.teacher = person("Омарова", "Айгуль", 1970, true);
		this.otherTeacher = person("Сейтов", "Ерлан", 1970, false);
		jdbc.sql("insert into teaching_assignment (group_id, person_id, subject) values (?, ?, ?)")
			.params(this.group, this.teacher, SUBJECT)
			.update();
		jdbc.sql("insert into teaching_assignment (group_id, person_id, subject) values (?, ?, ?)")
			.params(this.group, this.otherTeacher, "Физика")
			.update();
		this.first = learner(this.school, this.group, "Ахметов", "Нурлан");
		this.second = learner(this.school, this.group, "Бекова", "Дана");
		this.third = learner(this.school, this.group, "Волков", "Илья");
		this.parent = parentOf(this.first, "Ахметова", "Сауле");
		this.strangerChild = learner(this.otherSchool, this.otherGroup, "Жумабаев", "Арман");
		this.strangerParent = parentOf(this.strangerChild, "Жумабаева", "Гульнара");
	}

	void signInTeacher() {
		DirectoryTestData.signIn(this.teacher, new Grant(Role.TEACHER, ScopeRef.group(this.group)));
	}

	void signInPhysicsTeacher() {
		DirectoryTestData.signIn(this.otherTeacher, new Grant(Role.TEACHER, ScopeRef.group(this.group)));
	}

	void signInLearner(long learner) {
		DirectoryTestData.signIn(learner, new Grant(Role.STUDENT, ScopeRef.learner(learner)));
	}

	void signInParent() {
		DirectoryTestData.signIn(this.parent, new Grant(Role.PARENT, ScopeRef.learner(this.first)));
	}

	void signInStrangerParent() {
		DirectoryTestData.signIn(this.strangerParent, new Grant(Role.PARENT, ScopeRef.learner(this.strangerChild)));
	}

	static List<CriterionInput> rubric() {
		return List.of(
				new CriterionInput("Верность решения", new BigDecimal("6"),
						List.of(new DescriptorInput("Не решено", BigDecimal.ZERO),
								new DescriptorInput("Частично", new BigDecimal("3")),
								new DescriptorInput("Верно", new BigDecimal("6")))),
				new CriterionInput("Оформление", new BigDecimal("4"),
						List.of(new DescriptorInput("Небрежно", BigDecimal.ONE),
								new DescriptorInput("Аккуратно", new BigDecimal("4")))));
	}

	static String local(LocalDateTime time) {
		return time.withSecond(0).withNano(0).toString();
	}

	/**
	 * A summative test released an hour ago, due in two days, for the whole class, by
	 * platform, post and WhatsApp.
	 */
	static AssignmentForm form(boolean summative) {
		LocalDateTime now = LocalDateTime.now(ZONE);
		return new AssignmentForm(SUBJECT, "Дроби", "Решите задачи 1–5", "TEST", summative, null,
				local(now.minusHours(1)), local(now.plusDays(2)), List.of("PLATFORM", "POST", "WHATSAPP"),
				new BigDecimal("10"), rubric(), List.of(), List.of());
	}

	static AssignmentForm.Upload upload(String name, byte[] content) {
		return new AssignmentForm.Upload(name, () -> new ByteArrayInputStream(content));
	}

	static byte[] png() {
		return kz.qashyq.coursework.CourseworkTestData.Png.BYTES.clone();
	}

	/**
	 * A valid 1×1 PNG.
	 */
	static final class Png {

		static final byte[] BYTES = java.util.Base64.getDecoder()
			.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

		private Png() {
		}

	}

}
