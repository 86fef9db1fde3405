package kz.qashyq.content;

import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.support.DirectoryTestData;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two schools made fresh for a test: in school A a class 7A with a learner and her
 * mother, a mathematics teacher and a history teacher of the class; in school B a class
 * with a learner and a deputy head.
 */
final class ContentTestData {

	final long schoolA;

	final long classA;

	final long learnerA;

	final long parentA;

	final long mathsTeacher;

	final long historyTeacher;

	final long deputyA;

	final long schoolB;

	final long classB;

	final long learnerB;

	final long deputyB;

	ContentTestData(JdbcClient jdbc) {
		DirectoryTestData directory = new DirectoryTestData(jdbc);
		long region = jdbc.sql("select min(id) from region").query(Long.class).single();
		String suffix = " " + java.util.UUID.randomUUID().toString().substring(0, 8);
		this.schoolA = directory.organization(directory.settlement(region, "Content A" + suffix), "SECONDARY_SCHOOL",
				"Content school A" + suffix);
		this.classA = directory.schoolClass(this.schoolA, 7, "A");
		this.learnerA = directory.learner(this.schoolA, this.classA, "Serikova", "Aruzhan");
		this.parentA = directory.parentOf(this.learnerA, "Serikova", "Gulnar");
		this.mathsTeacher = directory.person("Akhmetov", "Nurlan", java.time.LocalDate.of(1980, 1, 2), false);
		this.historyTeacher = directory.person("Bekova", "Saule", java.time.LocalDate.of(1982, 3, 4), true);
		this.deputyA = directory.person("Deputy", "Alma", java.time.LocalDate.of(1975, 5, 6), true);
		jdbc.sql(
				"insert into teaching_assignment (group_id, person_id, subject) values (?, ?, 'Алгебра'), (?, ?, 'История')")
			.params(this.classA, this.mathsTeacher, this.classA, this.historyTeacher)
			.update();
		this.schoolB = directory.organization(directory.settlement(region, "Content B" + suffix), "SECONDARY_SCHOOL",
				"Content school B" + suffix);
		this.classB = directory.schoolClass(this.schoolB, 7, "B");
		this.learnerB = directory.learner(this.schoolB, this.classB, "Omarov", "Dias");
		this.deputyB = directory.person("Deputy", "Berik", java.time.LocalDate.of(1976, 7, 8), false);
	}

	QashyqUser signInMathsTeacher() {
		return DirectoryTestData.signIn(this.mathsTeacher, new Grant(Role.TEACHER, ScopeRef.group(this.classA)));
	}

	QashyqUser signInHistoryTeacher() {
		return DirectoryTestData.signIn(this.historyTeacher, new Grant(Role.TEACHER, ScopeRef.group(this.classA)));
	}

	QashyqUser signInDeputyA() {
		return DirectoryTestData.signIn(this.deputyA, new Grant(Role.DEPUTY_HEAD, ScopeRef.organization(this.schoolA)));
	}

	QashyqUser signInDeputyB() {
		return DirectoryTestData.signIn(this.deputyB, new Grant(Role.DEPUTY_HEAD, ScopeRef.organization(this.schoolB)));
	}

	QashyqUser signInLearnerA() {
		return DirectoryTestData.signIn(this.learnerA, new Grant(Role.STUDENT, ScopeRef.learner(this.learnerA)));
	}

	QashyqUser signInParentA() {
		return DirectoryTestData.signIn(this.parentA, new Grant(Role.PARENT, ScopeRef.learner(this.learnerA)));
	}

	QashyqUser signInLearnerB() {
		return DirectoryTestData.signIn(this.learnerB, new Grant(Role.STUDENT, ScopeRef.learner(this.learnerB)));
	}

}
