package kz.qashyq.content;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.qashyq.content.internal.ComplexService;
import kz.qashyq.content.internal.InvalidContentInput;
import kz.qashyq.content.internal.MaterialForm;
import kz.qashyq.content.internal.MaterialService;
import kz.qashyq.content.internal.PlanService;
import kz.qashyq.content.internal.TopicForm;
import kz.qashyq.platform.storage.FileRejectedException;
import kz.qashyq.schedule.MyDay;
import kz.qashyq.schedule.MyDayEntry;
import kz.qashyq.schedule.MyDayView;
import kz.qashyq.support.DirectoryTestData;
import kz.qashyq.platform.web.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Disciplines, complexes, materials and plans through the services, on two schools made
 * here: every check of role and scope, bad input refused with nothing written.
 */
@SpringBootTest
@RecordApplicationEvents
class ContentTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	ComplexService complexes;

	@Autowired
	MaterialService materials;

	@Autowired
	PlanService plans;

	@Autowired
	MyDay myDay;

	@Autowired
	MessageSource messages;

	@Autowired
	JdbcClient jdbc;

	ContentTestData data;

	@BeforeEach
	void schools() {
		this.data = new ContentTestData(this.jdbc);
	}

	@AfterEach
	void signOut() {
		DirectoryTestData.signOut();
	}

	private long discipline(String subject) {
		this.data.signInDeputyA();
		return this.complexes.createDiscipline(this.data.schoolA, subject, "2025");
	}

	private long text(long discipline, String title) {
		return this.materials.create(discipline,
				new MaterialForm("TEXT", title, "Дроби", "LECTURE", "ru", "CC BY 4.0", null, "Текст: " + title), null,
				null);
	}

	private long complexWith(long discipline, List<ComplexComponent> components) {
		this.data.signInMathsTeacher();
		long complex = this.complexes.createComplex(discipline);
		for (ComplexComponent component : components) {
			this.complexes.addItem(complex, component.name(), text(discipline, component.name()));
		}
		return complex;
	}

	private String status(long complex) {
		return this.jdbc.sql("select status from complex_version where complex_id = ? order by version desc limit 1")
			.param(complex)
			.query(String.class)
			.single();
	}

	@Test
	@DisplayName("A1-17 one complex per discipline and programme version; disciplines without one are listed")
	void oneComplexPerDiscipline() {
		long discipline = discipline("Алгебра");
		this.data.signInDeputyA();
		assertThat(this.complexes.organization(this.data.schoolA).withoutComplex()).extracting((d) -> d.id())
			.contains(discipline);
		this.data.signInMathsTeacher();
		this.complexes.createComplex(discipline);
		assertThatThrownBy(() -> this.complexes.createComplex(discipline)).isInstanceOf(InvalidContentInput.class);
		this.data.signInDeputyA();
		assertThat(this.complexes.organization(this.data.schoolA).withoutComplex()).extracting((d) -> d.id())
			.doesNotContain(discipline);
		assertThat(this.complexes.createFromSubjects(this.data.schoolA)).isEqualTo(1); // История
		assertThatThrownBy(() -> this.complexes.createDiscipline(this.data.schoolA, "Алгебра", "2025"))
			.isInstanceOf(InvalidContentInput.class);
	}

	@Test
	@DisplayName("A1-18a a complex missing a mandatory component cannot be sent for approval; the error names it")
	void submitRefusedWhenAMandatoryComponentIsMissing() {
		long discipline = discipline("Алгебра");
		List<ComplexComponent> almost = ComplexComponent.mandatorySet()
			.stream()
			.filter((c) -> c != ComplexComponent.CONTROL && c != ComplexComponent.LITERATURE)
			.toList();
		long complex = complexWith(discipline, almost);
		this.complexes.addItem(complex, "OTHER", text(discipline, "extra"));
		assertThatThrownBy(() -> this.complexes.submit(complex)).isInstanceOfSatisfying(InvalidContentInput.class,
				(ex) -> assertThat(ex.messages(this.messages, Locale.ENGLISH)).singleElement()
					.asString()
					.contains("mandatory components are missing")
					.contains("List of recommended literature")
					.contains("Control materials"));
		assertThat(status(complex)).isEqualTo("DRAFT");
		assertThat(this.complexes.complex(complex, null).missing()).containsExactly(ComplexComponent.LITERATURE,
				ComplexComponent.CONTROL);
		this.complexes.addItem(complex, "LITERATURE", text(discipline, "books"));
		this.complexes.addItem(complex, "CONTROL", text(discipline, "test"));
		this.complexes.submit(complex);
		assertThat(status(complex)).isEqualTo("IN_REVIEW");
		assertThatThrownBy(() -> this.complexes.addItem(complex, "OTHER", text(discipline, "late")))
			.isInstanceOf(InvalidContentInput.class);
	}

	@Test
	@DisplayName("A1-24f, A1-18c a methodologist comments per component, reviews and approves; a teacher may not")
	void methodologistCommentsAndApproves() {
		long discipline = discipline("Алгебра");
		long complex = complexWith(discipline, ComplexComponent.mandatorySet());
		this.complexes.submit(complex);
		assertThatThrownBy(() -> this.complexes.comment(complex, "LECTURES", "good"))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.complexes.approve(complex)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.complexes.review(complex, "true", "ok"))
			.isInstanceOf(AccessDeniedException.class);
		this.data.signInDeputyB();
		assertThatThrownBy(() -> this.complexes.approve(complex)).isInstanceOf(AccessDeniedException.class);
		this.data.signInDeputyA();
		this.complexes.comment(complex, "LECTURES", "Add a lecture in Kazakh");
		this.complexes.comment(complex, "", "Well structured");
		assertThatThrownBy(() -> this.complexes.comment(complex, "LECTURES", " "))
			.isInstanceOf(InvalidContentInput.class);
		this.complexes.review(complex, "true", "Sufficient for attestation");
		this.complexes.approve(complex);
		assertThat(status(complex)).isEqualTo("APPROVED");
		ComplexService.ComplexPage page = this.complexes.complex(complex, null);
		assertThat(page.mandatory().stream().filter((c) -> c.component() == ComplexComponent.LECTURES).findFirst())
			.hasValueSatisfying((c) -> assertThat(c.comments()).extracting((m) -> m.body())
				.containsExactly("Add a lecture in Kazakh"));
		assertThat(page.generalComments()).extracting((m) -> m.body()).containsExactly("Well structured");
		assertThat(page.shown().sufficient()).isTrue();
		assertThat(page.shown().reviewedOn()).isNotNull();
		assertThat(this.jdbc.sql("select count(*) from audit_log where object_type = 'COMPLEX' and object_id = ?")
			.param(String.valueOf(complex))
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(4);
	}

	@Test
	@DisplayName("A1-18 versions: a new version starts from the approved one; the old one stays readable")
	void versionsAreKept() {
		long discipline = discipline("Алгебра");
		long complex = complexWith(discipline, ComplexComponent.mandatorySet());
		this.complexes.submit(complex);
		this.data.signInDeputyA();
		this.complexes.approve(complex);
		this.data.signInMathsTeacher();
		assertThat(this.complexes.newVersion(complex)).isEqualTo(2);
		assertThatThrownBy(() -> this.complexes.newVersion(complex)).isInstanceOf(InvalidContentInput.class);
		long extra = text(discipline, "extra");
		this.complexes.addItem(complex, "REFERENCE", extra);
		ComplexService.ComplexPage latest = this.complexes.complex(complex, null);
		ComplexService.ComplexPage first = this.complexes.complex(complex, 1);
		assertThat(latest.shown().version()).isEqualTo(2);
		assertThat(latest.shown().status()).isEqualTo(ComplexStatus.DRAFT);
		assertThat(latest.complete()).isTrue();
		assertThat(first.shown().status()).isEqualTo(ComplexStatus.APPROVED);
		assertThat(first.latest()).isFalse();
		assertThat(first.canEdit()).isFalse();
		assertThat(first.additional().stream().flatMap((c) -> c.items().stream()))
			.noneMatch((i) -> i.materialId() == extra);
		assertThat(latest.additional().stream().flatMap((c) -> c.items().stream()))
			.anyMatch((i) -> i.materialId() == extra);
	}

	@Test
	@DisplayName("A1-25d a teacher changes only the content of subjects they teach; another school sees nothing")
	void teachersChangeTheirOwnSubjectsOnly() {
		long algebra = discipline("Алгебра");
		this.data.signInHistoryTeacher();
		assertThat(this.complexes.discipline(algebra).canManage()).isFalse();
		assertThatThrownBy(() -> this.complexes.createComplex(algebra)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> text(algebra, "x")).isInstanceOf(AccessDeniedException.class);
		this.data.signInMathsTeacher();
		assertThat(this.complexes.discipline(algebra).canManage()).isTrue();
		this.data.signInDeputyB();
		assertThatThrownBy(() -> this.complexes.discipline(algebra)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.complexes.organization(this.data.schoolA))
			.isInstanceOf(AccessDeniedException.class);
		this.data.signInLearnerA();
		assertThatThrownBy(() -> this.complexes.discipline(algebra)).isInstanceOf(AccessDeniedException.class);
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private long file(long discipline, String name, byte[] content) {
		return this.materials.create(discipline, new MaterialForm("FILE", "A file", "", "", "kk", "", "", ""),
				new ByteArrayInputStream(content), name);
	}

	@Test
	@DisplayName("A1-16b a material file is stored when its content is of an accepted kind, refused otherwise with nothing written")
	void materialUploads() throws Exception {
		long discipline = discipline("Алгебра");
		this.data.signInMathsTeacher();
		byte[] pdf = pdf();
		long id = file(discipline, "programme.pdf", pdf);
		assertThat(this.jdbc
			.sql("select f.media_type from material m join stored_file f on f.id = m.file_id where m.id = ?")
			.param(id)
			.query(String.class)
			.single()).isEqualTo("application/pdf");
		int materialsBefore = count("material");
		int filesBefore = count("stored_file");
		assertThatThrownBy(() -> file(discipline, "photo.pdf", png())).isInstanceOfSatisfying(
				FileRejectedException.class,
				(ex) -> assertThat(ex.message(this.messages, Locale.ENGLISH)).isNotBlank());
		assertThatThrownBy(() -> file(discipline, "script.pdf", "#!/bin/sh\necho hi\n".getBytes()))
			.isInstanceOf(FileRejectedException.class);
		assertThatThrownBy(() -> file(discipline, "empty.pdf", new byte[0])).isInstanceOf(FileRejectedException.class);
		assertThatThrownBy(() -> file(discipline, "../../etc/programme.pdf", pdf))
			.isInstanceOf(FileRejectedException.class);
		byte[] large = new byte[21 * 1024 * 1024];
		System.arraycopy(pdf, 0, large, 0, pdf.length);
		assertThatThrownBy(() -> file(discipline, "large.pdf", large)).isInstanceOf(FileRejectedException.class);
		assertThatThrownBy(() -> this.materials.create(discipline,
				new MaterialForm("FILE", "", "", "", "xx", "", "", ""), new ByteArrayInputStream(pdf), "p.pdf"))
			.isInstanceOfSatisfying(InvalidContentInput.class, (ex) -> assertThat(ex.problems()).hasSize(2));
		assertThatThrownBy(() -> this.materials.create(discipline,
				new MaterialForm("LINK", "Bad", "", "", "kk", "", "javascript:alert(1)", ""), null, null))
			.isInstanceOf(InvalidContentInput.class);
		assertThat(count("material")).isEqualTo(materialsBefore);
		assertThat(count("stored_file")).isEqualTo(filesBefore);
	}

	@Test
	@DisplayName("A1-18d materials are free: learners and parents of the school read and download them, others may not")
	void learnersDownloadMaterials() throws Exception {
		long discipline = discipline("Алгебра");
		this.data.signInMathsTeacher();
		long id = file(discipline, "programme.pdf", pdf());
		this.data.signInParentA();
		MaterialService.Download download = this.materials.download(id);
		try (InputStream in = download.content()) {
			assertThat(in.readAllBytes()).isEqualTo(pdf());
		}
		assertThat(download.mediaType()).isEqualTo("application/pdf");
		assertThat(this.materials.ofDiscipline(discipline)).extracting((m) -> m.id()).containsExactly(id);
		this.data.signInLearnerB();
		assertThatThrownBy(() -> this.materials.download(id)).isInstanceOf(AccessDeniedException.class);
		this.data.signInDeputyB();
		assertThatThrownBy(() -> this.materials.material(id)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("A1-16b the knowledge bank is searched by discipline, topic, form and language")
	void knowledgeBankSearch() {
		long algebra = discipline("Алгебра");
		long history = this.complexes.createDiscipline(this.data.schoolA, "История", "1");
		this.data.signInMathsTeacher();
		long fractions = this.materials.create(algebra, new MaterialForm("LINK", "Fractions video", "Дроби",
				"VIDEO_LECTURE", "kk", "", "https://example.org/f", ""), null, null);
		long equations = this.materials.create(algebra,
				new MaterialForm("TEXT", "Equations", "Уравнения", "LECTURE", "ru", "", "", "Text"), null, null);
		this.data.signInHistoryTeacher();
		long khans = this.materials.create(history,
				new MaterialForm("TEXT", "Kazakh Khanate", "Ханство", "LECTURE", "kk", "", "", "Text"), null, null);
		this.data.signInDeputyA();
		long school = this.data.schoolA;
		assertThat(ids(this.materials.bank(school, null, null, null, null, false))).containsExactlyInAnyOrder(fractions,
				equations, khans);
		assertThat(ids(this.materials.bank(school, algebra, null, null, null, false)))
			.containsExactlyInAnyOrder(fractions, equations);
		assertThat(ids(this.materials.bank(school, null, "дроб", null, null, false))).containsExactly(fractions);
		assertThat(ids(this.materials.bank(school, null, null, "LECTURE", null, false)))
			.containsExactlyInAnyOrder(equations, khans);
		assertThat(ids(this.materials.bank(school, null, null, null, "kk", false))).containsExactlyInAnyOrder(fractions,
				khans);
		assertThat(ids(this.materials.bank(school, null, "100%_", null, null, false))).isEmpty();
		this.data.signInDeputyB();
		assertThatThrownBy(() -> this.materials.bank(school, null, null, null, null, false))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("A1-24g resources not updated for the configured period are listed; an update takes one off the list")
	void staleResources() {
		long algebra = discipline("Алгебра");
		this.data.signInMathsTeacher();
		long old = text(algebra, "Old");
		long fresh = text(algebra, "Fresh");
		this.jdbc.sql("update material set updated_at = now() - interval '181 days' where id = ?").param(old).update();
		this.data.signInDeputyA();
		MaterialService.BankPage page = this.materials.bank(this.data.schoolA, null, null, null, null, true);
		assertThat(page.staleAfter().getDays()).isEqualTo(180);
		assertThat(ids(page)).containsExactly(old).doesNotContain(fresh);
		this.materials.update(old, new MaterialForm(null, "Old, revised", "Дроби", "LECTURE", "ru", null, null, "New"));
		assertThat(ids(this.materials.bank(this.data.schoolA, null, null, null, null, true))).isEmpty();
	}

	private static List<Long> ids(MaterialService.BankPage page) {
		return page.materials().stream().map((m) -> m.id()).toList();
	}

	private static TopicForm topic(String title, LocalDate date, LocalDate deadline, String links) {
		return new TopicForm(title, "1.5", (date != null) ? date.toString() : "",
				(deadline != null) ? deadline.toString() : "", "WEB_LESSON", "", links, List.of());
	}

	@Test
	@DisplayName("A1-25b, A1-25c, A1-25e every save of a plan is a revision; learners see the published version")
	void planRevisionsAndPublishing() {
		LocalDate monday = LocalDate.of(2026, 4, 6);
		this.data.signInMathsTeacher();
		long plan = this.plans.open(this.data.classA, "Алгебра");
		assertThat(this.plans.open(this.data.classA, "Алгебра")).isEqualTo(plan);
		assertThatThrownBy(() -> this.plans.publish(plan)).isInstanceOf(InvalidContentInput.class);
		this.plans.addTopic(plan, topic("Fractions", monday, monday.plusDays(2), "Bilimland | https://bilimland.kz/"));
		this.plans.addTopic(plan, topic("Equations", monday.plusDays(1), monday.plusDays(3), ""));
		assertThatThrownBy(
				() -> this.plans.addTopic(plan, topic("Bad", monday.plusDays(3), monday, "javascript:alert(1)")))
			.isInstanceOfSatisfying(InvalidContentInput.class, (ex) -> assertThat(ex.problems()).hasSize(2));
		assertThatThrownBy(
				() -> this.plans.addTopic(plan, new TopicForm("No hours", "0", "", "", "", "", "", List.of())))
			.isInstanceOf(InvalidContentInput.class);
		PlanService.PlanPage page = this.plans.plan(plan, null);
		assertThat(page.plan().version()).isEqualTo(3);
		assertThat(page.revisions()).extracting((r) -> r.version()).containsExactly(3, 2, 1);
		assertThat(page.topics()).extracting((t) -> t.title()).containsExactly("Fractions", "Equations");
		assertThat(page.topics().get(0).links()).extracting((l) -> l.url()).containsExactly("https://bilimland.kz/");
		this.plans.publish(plan);
		long fractions = page.topics().get(0).id();
		this.plans.updateTopic(plan, fractions, topic("Fractions and decimals", monday, monday.plusDays(2), ""));
		assertThat(this.plans.plan(plan, 3).topics()).extracting((t) -> t.title())
			.containsExactly("Fractions", "Equations");
		this.data.signInParentA();
		PlanService.LearnerSchedule schedule = this.plans.learner(this.data.learnerA, null);
		assertThat(schedule.plans()).singleElement().satisfies((p) -> {
			assertThat(p.version()).isEqualTo(3);
			assertThat(p.topics()).extracting((t) -> t.title()).containsExactly("Fractions", "Equations");
			assertThat(p.topics().get(0).hours()).isEqualByComparingTo("1.5");
		});
		this.data.signInMathsTeacher();
		this.plans.publish(plan);
		assertThatThrownBy(() -> this.plans.publish(plan)).isInstanceOf(InvalidContentInput.class);
		// A1-25e: each publication tells other modules (messaging notifies the learners)
		assertThat(this.events.stream(ThematicSchedulePublished.class))
			.extracting(ThematicSchedulePublished::planId, ThematicSchedulePublished::version,
					ThematicSchedulePublished::republished)
			.containsExactly(tuple(plan, 3, false), tuple(plan, 4, true));
		this.plans.deleteTopic(plan, page.topics().get(1).id());
		this.data.signInLearnerA();
		assertThat(this.plans.learner(this.data.learnerA, "Алгебра").plans()).singleElement()
			.satisfies((p) -> assertThat(p.topics()).extracting((t) -> t.title())
				.containsExactly("Fractions and decimals", "Equations"));
		assertThat(this.jdbc.sql("select published_version, version from thematic_plan where id = ?")
			.param(plan)
			.query()
			.singleRow()).isEqualTo(Map.of("published_version", 4, "version", 5));
	}

	@Test
	@DisplayName("A1-25b only the teacher of the class and subject or a deputy edits a plan; another school sees nothing")
	void planAccess() {
		this.data.signInMathsTeacher();
		long plan = this.plans.open(this.data.classA, "Алгебра");
		assertThatThrownBy(() -> this.plans.open(this.data.classA, "Физика")).isInstanceOf(InvalidContentInput.class);
		this.data.signInHistoryTeacher();
		assertThat(this.plans.plan(plan, null).canEdit()).isFalse();
		assertThatThrownBy(() -> this.plans.addTopic(plan, topic("x", null, null, "")))
			.isInstanceOf(AccessDeniedException.class);
		this.data.signInDeputyA();
		this.plans.addTopic(plan, topic("By the deputy", null, null, ""));
		this.data.signInDeputyB();
		assertThatThrownBy(() -> this.plans.plan(plan, null)).isInstanceOf(AccessDeniedException.class);
		this.data.signInLearnerB();
		assertThatThrownBy(() -> this.plans.learner(this.data.learnerA, null)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.plans.plan(plan, null)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("A1-25e the topics of a published schedule are on the learner's and the class's day at their deadline")
	void topicDeadlinesOnTheLearnersDay() {
		LocalDate monday = LocalDate.of(2026, 4, 6);
		this.data.signInMathsTeacher();
		long plan = this.plans.open(this.data.classA, "Алгебра");
		this.plans.addTopic(plan, topic("Fractions", monday, monday.plusDays(2), ""));
		this.plans.addTopic(plan, topic("Draft only", monday, monday.plusDays(2), ""));
		this.plans.addTopic(plan, topic("Next week", monday, monday.plusDays(9), ""));
		long draft = this.plans.plan(plan, null).topics().get(1).id();
		this.plans.deleteTopic(plan, draft);
		this.plans.publish(plan);
		this.plans.addTopic(plan, topic("Not yet published", monday, monday.plusDays(2), ""));
		this.data.signInParentA();
		MyDayView week = this.myDay.learner(this.data.learnerA, monday, true);
		List<MyDayEntry> topics = week.agendas()
			.stream()
			.flatMap((a) -> a.days().stream())
			.flatMap((d) -> d.entries().stream())
			.filter((e) -> e.kind().equals(MyDayEntry.TOPIC))
			.toList();
		assertThat(topics).singleElement().satisfies((e) -> {
			assertThat(e.title()).isEqualTo("Fractions");
			assertThat(e.topic()).isEqualTo("Алгебра");
			assertThat(e.date()).isEqualTo(monday.plusDays(2));
			assertThat(e.localStart()).isEqualTo(java.time.LocalTime.of(23, 59));
			assertThat(e.start()).isEqualTo(e.end());
			assertThat(e.meetingUrl()).isEqualTo("/content/learners/" + this.data.learnerA + "/schedule#plan-" + plan);
		});
	}

	static byte[] pdf() {
		String pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
				+ "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
		return pdf.getBytes(StandardCharsets.US_ASCII);
	}

	static byte[] png() throws Exception {
		java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(4, 4,
				java.awt.image.BufferedImage.TYPE_INT_RGB);
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
