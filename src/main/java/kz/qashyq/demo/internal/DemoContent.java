package kz.qashyq.demo.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import kz.qashyq.content.ContentSetup;
import kz.qashyq.platform.storage.FileCategory;
import kz.qashyq.platform.storage.FileRejectedException;
import kz.qashyq.platform.storage.FileStorage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo content: disciplines of every demo organization from its subjects; in the city
 * school e-learning complexes (three approved and complete, one in review with a
 * mandatory component missing and the methodologist's comments, the others without a
 * complex for the deputy's list), materials of every kind (links, text pages, a small PDF
 * and a PNG stored through the storage port, one not updated for long); and a published
 * calendar-thematic plan for every class or group and subject of the study load, with a
 * topic per lesson of the approved timetable in the current week and deadlines two days
 * later.
 */
@Component
public class DemoContent {

	private static final Log logger = LogFactory.getLog(DemoContent.class);

	private static final String ACTOR = "demo";

	/** Complete, approved complexes of the city school. */
	private static final List<String> APPROVED = List.of("Математика", "Физика", "Информатика");

	/** The city school's complex in review, with its control materials missing. */
	private static final String IN_REVIEW = "Химия";

	private static final String[] TOPICS = { "Повторение пройденного материала", "Новая тема: основные понятия",
			"Практическая работа", "Решение задач и упражнений", "Самостоятельная работа с электронным учебником",
			"Обобщение и контроль знаний" };

	private final JdbcClient jdbc;

	private final FileStorage storage;

	private final ContentSetup setup;

	private final Clock clock;

	DemoContent(JdbcClient jdbc, FileStorage storage, ContentSetup setup, Clock clock) {
		this.jdbc = jdbc;
		this.storage = storage;
		this.setup = setup;
		this.clock = clock;
	}

	/**
	 * Loads the demo content after the demo timetables have been approved.
	 * @param citySchool the city school, or null
	 */
	@Transactional
	public void load(Long citySchool) {
		long started = System.nanoTime();
		List<Long> organizations = this.jdbc
			.sql("select distinct organization_id from study_group order by organization_id")
			.query(Long.class)
			.list();
		int disciplines = 0;
		for (long organization : organizations) {
			disciplines += this.setup.createDisciplinesFromSubjects(organization, ACTOR);
		}
		int materials = (citySchool != null) ? complexes(citySchool) : 0;
		LocalDate monday = LocalDate.now(this.clock.withZone(kz.qashyq.platform.i18n.LocalTimes.NATIONAL))
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		int plans = 0;
		for (long organization : organizations) {
			plans(organization, monday);
			plans += this.setup.publishAllPlans(organization, ACTOR);
		}
		logger.info(
				String.format("Demo content loaded in %d ms: %d disciplines, %d materials, %d published thematic plans",
						(System.nanoTime() - started) / 1_000_000, disciplines, materials, plans));
	}

	// ---- complexes and materials of the city school

	private int complexes(long school) {
		int materials = 0;
		List<String> subjects = new ArrayList<>(APPROVED);
		subjects.add(IN_REVIEW);
		UUID pdf = this.storage
			.store(new ByteArrayInputStream(pdf("Working study programme: Mathematics, grades 5-11")),
					"rabochaya-programma-matematika.pdf", Set.of(FileCategory.PDF), ACTOR)
			.id();
		UUID png = this.storage
			.store(new ByteArrayInputStream(png()), "grafik-funktsii.png", Set.of(FileCategory.IMAGE), ACTOR)
			.id();
		for (String subject : subjects) {
			Long discipline = this.jdbc
				.sql("select id from discipline where organization_id = ? and subject = ? and programme_version = '1'")
				.params(school, subject)
				.query(Long.class)
				.optional()
				.orElse(null);
			if (discipline == null) {
				continue;
			}
			boolean maths = subject.equals("Математика");
			boolean review = subject.equals(IN_REVIEW);
			long complex = this.jdbc.sql("insert into complex (discipline_id, created_by) values (?, ?) returning id")
				.params(discipline, ACTOR)
				.query(Long.class)
				.single();
			long version = this.jdbc.sql("""
					insert into complex_version (complex_id, version, status, created_by, submitted_by, submitted_at,
						decided_by, decided_at, sufficient, sufficiency_comment, reviewed_on, reviewed_by)
					values (?, 1, ?, 'teacher', 'teacher', now() - interval '3 days', ?, ?, ?, ?, ?, ?) returning id""")
				.params(complex, review ? "IN_REVIEW" : "APPROVED", review ? null : "deputy",
						review ? null : java.sql.Timestamp.from(this.clock.instant().minusSeconds(86_400)),
						review ? null : true,
						review ? null : "Материалов достаточно для самостоятельной работы и подготовки к аттестации.",
						review ? null
								: LocalDate.now(this.clock.withZone(kz.qashyq.platform.i18n.LocalTimes.NATIONAL))
									.minusDays(1),
						review ? null : "deputy")
				.query(Long.class)
				.single();
			item(version, "WORKING_PROGRAMME", (maths && pdf != null)
					? material(school, discipline, "FILE", "Рабочая учебная программа", null, null, "ru", null, pdf,
							null, null)
					: material(school, discipline, "TEXT", "Рабочая учебная программа: " + subject, null, null, "ru",
							null, null, null, "Цели курса, содержание по четвертям, ожидаемые результаты обучения.\n"
									+ "Количество часов: 2 в неделю, 68 в год."));
			item(version, "LITERATURE",
					material(school, discipline, "TEXT", "Список рекомендуемой литературы", null, null, "ru", null,
							null, null, "1. Учебник для общеобразовательной школы (электронная версия).\n"
									+ "2. Сборник задач и упражнений.\n3. Электронная библиотека opiq.kz."));
			item(version, "LECTURES", material(school, discipline, "LINK", "Видеоуроки: " + subject, "Основные понятия",
					"VIDEO_LECTURE", "ru", "Открытый доступ", null, "https://bilimland.kz/ru", null));
			if (maths && png != null) {
				item(version, "LECTURES", material(school, discipline, "FILE", "График функции (схема к лекции)",
						"Функции и графики", "LECTURE", "ru", "CC BY 4.0", png, null, null));
			}
			item(version, "PRACTICALS", material(school, discipline, "TEXT", "Практическая работа № 1", "Решение задач",
					"INDEPENDENT_WORK", "kk", null, null, null,
					"Тапсырмаларды орындап, жауаптарды дәптерге жазыңыз.\n" + "1-тапсырма. ...\n2-тапсырма. ..."));
			item(version, "SELF_STUDY", material(school, discipline, "LINK", "Задания для самостоятельной работы", null,
					"INDEPENDENT_WORK", "ru", "Открытый доступ", null, "https://www.opiq.kz/", null));
			if (!review) {
				item(version, "CONTROL",
						material(school, discipline, "TEXT", "Контрольная работа за четверть",
								"Обобщение и контроль знаний", "COMPUTER_TESTING", "ru", null, null, null,
								"Вариант 1: задания 1–5.\nВариант 2: задания 1–5.\nВремя выполнения: 40 минут."));
				item(version, "MULTIMEDIA", material(school, discipline, "LINK", "Интерактивный тренажёр: " + subject,
						null, "VIRTUAL_LAB", "kk", "Открытый доступ", null, "https://phet.colorado.edu/kk/", null));
				materials += 1;
			}
			else {
				comment(version, "CONTROL", "Добавьте контрольно-измерительные материалы: тесты и контрольные работы.");
				comment(version, "LECTURES", "Курс лекций хороший; добавьте, пожалуйста, лекции на казахском языке.");
				comment(version, null, "После добавления контрольных материалов комплекс можно утвердить.");
			}
			materials += (maths && png != null) ? 7 : 6;
		}
		// A1-24g: a resource not updated for long
		this.jdbc.sql("""
				update material set updated_at = now() - interval '200 days' where id = (select min(id) from material
				where organization_id = ? and kind = 'LINK')""").param(school).update();
		return materials;
	}

	/**
	 * Stores a demo file, or leaves it out (logged) when the store's limits refuse it.
	 */
	private UUID store(byte[] content, String name, FileCategory category) {
		try {
			return this.storage.store(new ByteArrayInputStream(content), name, Set.of(category), ACTOR).id();
		}
		catch (FileRejectedException ex) {
			logger.warn("Demo file " + name + " left out: " + ex.getMessage());
			return null;
		}
	}

	private long material(long school, long discipline, String kind, String title, String topic, String form,
			String language, String licence, UUID file, String url, String body) {
		return this.jdbc
			.sql("""
					insert into material (organization_id, discipline_id, kind, title, topic, form, language, licence, file_id,
						url, body, created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'teacher', 'teacher')
					returning id""")
			.params(school, discipline, kind, title, topic, form, language, licence, file, url, body)
			.query(Long.class)
			.single();
	}

	private void item(long version, String component, long material) {
		this.jdbc
			.sql("insert into complex_item (version_id, component, material_id, added_by) values (?, ?, ?, 'teacher')")
			.params(version, component, material)
			.update();
	}

	private void comment(long version, String component, String body) {
		this.jdbc.sql("insert into complex_comment (version_id, component, body, author) values (?, ?, ?, 'deputy')")
			.params(version, component, body)
			.update();
	}

	// ---- plans

	/**
	 * A plan per class and subject of the study load, a topic per lesson of the approved
	 * timetable in force this week (weekday to date), the deadline two days later; the
	 * first topic of each plan links to an e-learning portal, and in the city school to
	 * the discipline's lecture material.
	 */
	private void plans(long organization, LocalDate monday) {
		this.jdbc
			.sql("""
					insert into thematic_plan (group_id, subject, teacher_id, updated_by)
					select s.group_id, s.subject, s.teacher_id, :actor from study_load s join study_group g on g.id = s.group_id
					where g.organization_id = :org on conflict do nothing""")
			.param("org", organization)
			.param("actor", ACTOR)
			.update();
		this.jdbc
			.sql("""
					insert into plan_topic (plan_id, position, title, hours, planned_date, deadline, form)
					select n.plan_id, n.position, (%s)[1 + (n.position - 1) %% %d],
						round(n.minutes / 45.0 * 2) / 2 + case when n.minutes < 23 then 0.5 else 0 end,
						:monday + n.weekday - 1, :monday + n.weekday + 1,
						case n.mode when 'LIVE' then 'WEB_LESSON' when 'TV' then 'TV_LECTURE'
							when 'IN_PERSON' then 'LECTURE' else 'INDEPENDENT_WORK' end
					from (select p.id as plan_id, l.weekday, l.minutes, l.mode,
							row_number() over (partition by p.id order by l.weekday, l.start_time, l.id) as position
						from thematic_plan p join study_group g on g.id = p.group_id
						join timetable t on t.organization_id = g.organization_id and t.status = 'APPROVED'
							and t.valid_from = (select max(valid_from) from timetable where organization_id = g.organization_id
								and status = 'APPROVED' and valid_from <= :monday + 6)
						join timetable_lesson l on l.timetable_id = t.id and l.group_id = p.group_id and l.subject = p.subject
						where g.organization_id = :org and not exists (select 1 from plan_topic x where x.plan_id = p.id)) n"""
				.formatted(topicArray(), TOPICS.length))
			.param("monday", monday)
			.param("org", organization)
			.update();
		this.jdbc
			.sql("""
					insert into plan_topic_link (topic_id, title, url)
					select t.id, 'Bilimland', 'https://bilimland.kz/' from plan_topic t join thematic_plan p on p.id = t.plan_id
					join study_group g on g.id = p.group_id where g.organization_id = ? and t.position = 1""")
			.param(organization)
			.update();
		this.jdbc.sql("""
				insert into plan_topic_material (topic_id, material_id)
				select t.id, (select min(m.id) from material m join discipline d on d.id = m.discipline_id
					where d.organization_id = g.organization_id and d.subject = p.subject and m.topic is not null)
				from plan_topic t join thematic_plan p on p.id = t.plan_id join study_group g on g.id = p.group_id
				where g.organization_id = ? and t.position = 1 and exists (select 1 from material m
					join discipline d on d.id = m.discipline_id where d.organization_id = g.organization_id
					and d.subject = p.subject and m.topic is not null)""").param(organization).update();
	}

	private static String topicArray() {
		StringBuilder array = new StringBuilder("array[");
		for (int i = 0; i < TOPICS.length; i++) {
			array.append((i > 0) ? ", '" : "'").append(TOPICS[i].replace("'", "''")).append("'");
		}
		return array.append("]").toString();
	}

	// ---- small real files

	/**
	 * A one-page PDF with a line of text, with a correct cross-reference table.
	 */
	static byte[] pdf(String text) {
		String content = "BT /F1 16 Tf 60 780 Td (" + text.replace("(", "").replace(")", "") + ") Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
						+ "/Resources << /Font << /F1 5 0 R >> >> >>",
				"<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format("%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ")
			.append(objects.size() + 1)
			.append(" /Root 1 0 R >>\nstartxref\n")
			.append(xref)
			.append("\n%%EOF\n");
		return pdf.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * A small PNG: the graph of y = x² with its axes.
	 */
	static byte[] png() {
		BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, 120, 80);
			g.setColor(Color.BLACK);
			g.drawLine(60, 0, 60, 80);
			g.drawLine(0, 70, 120, 70);
			for (int px = 0; px < 119; px++) {
				double x1 = (px - 60) / 10.0;
				double x2 = (px + 1 - 60) / 10.0;
				g.drawLine(px, (int) (70 - x1 * x1 * 10), px + 1, (int) (70 - x2 * x2 * 10));
			}
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
