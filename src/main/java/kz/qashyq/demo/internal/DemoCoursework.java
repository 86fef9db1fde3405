package kz.qashyq.demo.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.imageio.ImageIO;

import kz.qashyq.coursework.GradingScale;
import kz.qashyq.coursework.GradingScales;
import kz.qashyq.coursework.WorkGraded;
import kz.qashyq.platform.storage.FileCategory;
import kz.qashyq.platform.storage.FileStorage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A realistic week of coursework in every demo organization: for each class or group and
 * subject taught there, an assignment released last week whose deadline has passed and
 * one due in two days, each with a three-criterion rubric; submissions on the platform
 * with small photos of notebook pages, work recorded by the teacher as arriving by post
 * or WhatsApp, late and missing work, grades with feedback on the organization's scale,
 * and one suspected violation of academic honesty per organization. The outcomes follow a
 * fixed pattern per learner, so that the demo student and the demo parent's school
 * children have tasks in every status. Written set-wise in SQL to stay fast.
 */
@Component
class DemoCoursework {

	private static final String ACTOR = "demo";

	private final JdbcClient jdbc;

	private final FileStorage storage;

	private final GradingScales scales;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final JdbcTemplate batch;

	private final ApplicationEventPublisher events;

	private final List<WorkGraded> pendingGrades = new ArrayList<>();

	DemoCoursework(JdbcClient jdbc, FileStorage storage, GradingScales scales,
			PlatformTransactionManager transactionManager, Clock clock, JdbcTemplate batch,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.events = events;
		this.storage = storage;
		this.scales = scales;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock;
	}

	/**
	 * Loads the coursework of every organization with classes or groups.
	 * @return how many assignments were created
	 */
	int load() {
		return this.transaction.execute((status) -> {
			Instant now = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
			List<UUID> photos = new ArrayList<>();
			for (int page = 1; page <= 3; page++) {
				photos.add(
						this.storage
							.store(new ByteArrayInputStream(notebookPage(page)), "page-" + page + ".png",
									Set.of(FileCategory.IMAGE), ACTOR)
							.id());
			}
			UUID worksheet = this.storage
				.store(new ByteArrayInputStream(notebookPage(0)), "worksheet.png", Set.of(FileCategory.IMAGE), ACTOR)
				.id();
			int assignments = assignments(now);
			linkTopics();
			rubrics();
			this.jdbc.sql("""
					insert into assignment_material (assignment_id, position, file_id)
					select min(id), 1, ? from assignment where created_by = 'demo' group by group_id""")
				.param(worksheet)
				.update();
			List<Long> demoLearners = this.jdbc
				.sql("""
						select l.person_id from account a join learner l on l.person_id = a.person_id where a.username = 'student'
						union select pl.learner_id from account a join parent_link pl on pl.parent_id = a.person_id
						where a.username = 'parent'""")
				.query(Long.class)
				.list();
			submissions(now, demoLearners.isEmpty() ? List.of(-1L) : demoLearners);
			files(photos);
			for (long organization : this.jdbc.sql("select distinct organization_id from assignment order by 1")
				.query(Long.class)
				.list()) {
				grades(organization, this.scales.scaleOf(organization), now);
			}
			this.jdbc
				.sql("""
						insert into honesty_flag (submission_id, comment, flagged_by, flagged_at)
						select distinct on (a.organization_id) s.id,
						case when g.language = 'kk' then 'Жауап көрші жұмыспен сөзбе-сөз сәйкес келеді.'
						else 'Решение дословно совпадает с работой соседа по парте.' end, a.created_by, s.received_at + interval '1 day'
						from submission s join assignment a on a.id = s.assignment_id join study_group g on g.id = a.group_id
						where s.late order by a.organization_id, s.id""")
				.update();
			return assignments;
		});
	}

	/**
	 * Two assignments per class and subject: one released six days ago, due two days ago;
	 * one released yesterday, due in two days, at 18:00 local time.
	 */
	private int assignments(Instant now) {
		return this.jdbc.sql("""
				insert into assignment (organization_id, group_id, subject, title, instructions, work_type, summative,
				release_at, deadline_at, channels, max_points, created_by)
				select g.organization_id, t.group_id, t.subject,
				case when g.language = 'kk' then k.kk else k.ru end || ' № ' || (2 + w.n),
				case when g.language = 'kk' then 'Тапсырманы дәптерде орындап, беттерін суретке түсіріп жіберіңіз.'
				else 'Выполните задание в тетради, сфотографируйте страницы и отправьте.' end,
				k.code, k.summative,
				((date_trunc('day', cast(:now as timestamptz) at time zone o.time_zone) + interval '9 hours'
				+ w.release_days * interval '1 day') at time zone o.time_zone),
				((date_trunc('day', cast(:now as timestamptz) at time zone o.time_zone) + interval '18 hours'
				+ w.deadline_days * interval '1 day') at time zone o.time_zone),
				'{PLATFORM,WHATSAPP,POST}', 10, 'demo'
				from (select distinct group_id, subject from teaching_assignment) t
				join study_group g on g.id = t.group_id join organization o on o.id = g.organization_id
				cross join (values (0, -6, -2), (1, -1, 2)) as w (n, release_days, deadline_days)
				join lateral (select * from (values
					(0, 'PRACTICAL', false, 'Практическая работа', 'Практикалық жұмыс'),
					(1, 'CONTROL_WORK', true, 'Контрольная работа', 'Бақылау жұмысы'),
					(2, 'INDIVIDUAL', true, 'Индивидуальное задание', 'Жеке тапсырма'),
					(3, 'TEST', true, 'Тест', 'Тест')) as k (i, code, summative, ru, kk)
					where k.i = (abs(hashtext(t.subject)) + w.n) % 4) k on true
				where exists (select 1 from learner l where l.group_id = t.group_id)""")
			.param("now", Timestamp.from(now))
			.update();
	}

	/**
	 * Links each assignment to the topic of its class's calendar-thematic plan planned
	 * nearest to its release (when the demo content has plans).
	 */
	private void linkTopics() {
		this.jdbc
			.sql("""
					update assignment a set topic_id = (select t.id from plan_topic t join thematic_plan p on p.id = t.plan_id
					join organization o on o.id = a.organization_id
					where p.group_id = a.group_id and p.subject = a.subject and t.planned_date is not null
					order by abs(t.planned_date - cast(a.release_at at time zone o.time_zone as date)), t.position limit 1)
					where a.created_by = 'demo'""")
			.update();
	}

	private void rubrics() {
		this.jdbc.sql("""
				insert into rubric_criterion (assignment_id, position, title, max_points)
				select a.id, c.position, case when g.language = 'kk' then c.kk else c.ru end, c.max_points
				from assignment a join study_group g on g.id = a.group_id
				cross join (values (1, 'Верность решения', 'Шешімнің дұрыстығы', 4),
				(2, 'Ход решения и обоснование', 'Шешу барысы мен негіздеу', 4),
				(3, 'Оформление и аккуратность', 'Рәсімдеу және ұқыптылық', 2)) as c (position, ru, kk, max_points)
				where a.created_by = 'demo'""").update();
		this.jdbc
			.sql("""
					insert into rubric_descriptor (criterion_id, position, description, points)
					select c.id, d.position, case when g.language = 'kk' then d.kk else d.ru end, c.max_points * d.share
					from rubric_criterion c join assignment a on a.id = c.assignment_id join study_group g on g.id = a.group_id
					cross join (values (1, 'Не выполнено', 'Орындалмаған', 0.0), (2, 'Частично', 'Ішінара', 0.5),
					(3, 'Полностью', 'Толық', 1.0)) as d (position, ru, kk, share)
					where a.created_by = 'demo'""")
			.update();
	}

	/**
	 * The outcome of each learner's assignments by a pattern over their assignments in
	 * order: of those past the deadline 0 graded (platform), 1 late, 2 missing, 3 graded
	 * (by post), 4 submitted by WhatsApp and not yet graded, 5 graded; of those due, 0
	 * submitted, 1 and 2 not yet.
	 */
	private void submissions(Instant now, List<Long> demoLearners) {
		this.jdbc
			.sql("""
					insert into submission (assignment_id, learner_id, version, channel, body, received_at, late,
					honesty_confirmed, recorded_by, recorded_at)
					select r.assignment_id, r.learner_id, 1,
					case r.outcome when 3 then 'POST' when 4 then 'WHATSAPP' else 'PLATFORM' end,
					case when r.outcome in (3, 4) then null when r.language = 'kk' then 'Жұмыс дәптерде орындалды, фотолар тіркелді.'
					else 'Работа выполнена в тетради, фото прилагаю.' end,
					r.received, r.received > r.deadline_at, r.outcome not in (3, 4),
					case when r.outcome in (3, 4) then r.created_by else 'demo' end,
					r.received + case when r.outcome in (3, 4) then interval '3 hours' else interval '0 hours' end
					from (
						select o.*, case when not o.past then greatest(o.release_at + interval '1 hour',
						cast(:now as timestamptz) - interval '1 hour' * (1 + o.learner_id % 10))
						when o.outcome = 1 then o.deadline_at + interval '14 hours'
						else o.deadline_at - interval '1 hour' * (2 + o.learner_id % 20) end as received
						from (
							select a.id as assignment_id, a.release_at, a.deadline_at, a.created_by, l.person_id as learner_id,
							g.language, a.deadline_at < :now as past,
							(row_number() over (partition by l.person_id, a.deadline_at < :now order by a.subject, a.id)
							+ case when l.person_id in (:demo) then -1 else l.person_id end)
							% (case when a.deadline_at < :now then 6 else 3 end) as outcome
							from assignment a join learner l on l.group_id = a.group_id join study_group g on g.id = a.group_id
							where a.created_by = 'demo') o
						where (o.past and o.outcome <> 2) or (not o.past and o.outcome = 0)) r
					where r.received < :now""")
			.param("now", Timestamp.from(now))
			.param("demo", demoLearners)
			.update();
	}

	private void files(List<UUID> photos) {
		this.jdbc.sql("""
				insert into submission_file (submission_id, position, file_id)
				select s.id, p.position, (array[cast(:a as uuid), cast(:b as uuid), cast(:c as uuid)])[p.position]
				from submission s join assignment a on a.id = s.assignment_id
				cross join (values (1), (2)) as p (position)
				where a.created_by = 'demo' and s.channel <> 'WHATSAPP' and (s.channel = 'PLATFORM' or p.position = 1)
				and (p.position = 1 or s.learner_id % 3 <> 0)""")
			.param("a", photos.get(0))
			.param("b", photos.get(1))
			.param("c", photos.get(2))
			.update();
	}

	/**
	 * Grades the submissions of the pattern's graded outcomes: descriptors by a spread
	 * leaning to the top, the mark on the organization's scale, feedback.
	 */
	private void grades(long organization, GradingScale scale, Instant now) {
		String chosen = """
				with chosen as (
					select s.id as submission_id, c.id as criterion_id, d.id as descriptor_id, d.points, c.max_points
					from submission s join assignment a on a.id = s.assignment_id
					join rubric_criterion c on c.assignment_id = a.id
					join rubric_descriptor d on d.criterion_id = c.id
					and d.position = 1 + least(2, (s.learner_id * 7 + c.position * 3 + a.id) % 5)
					where a.organization_id = :org and a.created_by = 'demo' and a.deadline_at < :now
					and not s.late and s.channel <> 'WHATSAPP')
				""";
		this.jdbc.sql(chosen + """
				insert into grade (submission_id, points, max_points, scale, mark, feedback, graded_by, graded_at)
				select t.submission_id, t.points, t.max_points, :scale, null,
				case when g.language = 'kk' then (array['Жақсы жұмыс, шешімі анық.', 'Есептеуде қате бар, тексеріңіз.',
				'Шешу барысын толығырақ жазыңыз.', 'Өте жақсы! Рәсімдеуі ұқыпты.'])[1 + t.submission_id % 4]
				else (array['Хорошая работа, решение понятное.', 'Есть ошибка в вычислениях, проверьте.',
				'Распишите ход решения подробнее.', 'Отлично! Аккуратное оформление.'])[1 + t.submission_id % 4] end,
				a.created_by, s.received_at + interval '1 day'
				from (select submission_id, sum(points) as points, sum(max_points) as max_points from chosen
				group by submission_id) t
				join submission s on s.id = t.submission_id join assignment a on a.id = s.assignment_id
				join study_group g on g.id = a.group_id""")
			.param("org", organization)
			.param("now", Timestamp.from(now))
			.param("scale", scale.name())
			.update();
		this.jdbc.sql(chosen + """
				insert into grade_score (grade_id, criterion_id, descriptor_id, points)
				select gr.id, ch.criterion_id, ch.descriptor_id, ch.points from chosen ch
				join grade gr on gr.submission_id = ch.submission_id""")
			.param("org", organization)
			.param("now", Timestamp.from(now))
			.update();
		markAndKeep(organization, scale);
	}

	/**
	 * Puts the marks of the organization's demo grades on its scale (by
	 * {@link GradingScale#markFor}, as the teacher's grading does) and keeps a
	 * {@link WorkGraded} for each, published by {@link #publishGrades()}.
	 */
	private void markAndKeep(long organization, GradingScale scale) {
		List<WorkGraded> graded = this.jdbc
			.sql("""
					select gr.submission_id, a.id as assignment_id, s.learner_id, a.group_id, a.subject, a.title, a.summative,
					a.work_type, gr.points, gr.max_points, gr.feedback, gr.graded_by, gr.graded_at, a.deadline_at, o.time_zone
					from grade gr join submission s on s.id = gr.submission_id join assignment a on a.id = s.assignment_id
					join organization o on o.id = a.organization_id
					where a.organization_id = ? and a.created_by = 'demo' order by gr.id""")
			.param(organization)
			.query((rs, row) -> {
				boolean summative = rs.getBoolean("summative");
				BigDecimal points = rs.getBigDecimal("points");
				BigDecimal max = rs.getBigDecimal("max_points");
				return new WorkGraded(rs.getLong("submission_id"), rs.getLong("assignment_id"),
						rs.getLong("learner_id"), rs.getLong("group_id"), organization, rs.getString("subject"),
						rs.getString("title"), summative, rs.getString("work_type"), points, max, scale,
						summative ? scale.markFor(points, max) : null, rs.getString("feedback"),
						rs.getTimestamp("graded_at")
							.toInstant()
							.atZone(ZoneId.of(rs.getString("time_zone")))
							.toLocalDate(),
						rs.getString("graded_by"), rs.getTimestamp("graded_at").toInstant());
			})
			.list();
		List<Object[]> marks = graded.stream()
			.filter(WorkGraded::summative)
			.map((g) -> new Object[] { g.mark(), g.submissionId() })
			.toList();
		this.batch.batchUpdate("update grade set mark = ? where submission_id = ?", marks);
		this.pendingGrades.addAll(graded);
	}

	/**
	 * Publishes the demo grades as {@link WorkGraded}, so the journal posts them as it
	 * does a teacher's grade. Called once the application has started: published during
	 * start-up, they would also be taken for publications left over from an earlier run
	 * and delivered twice (the event registry resubmits incomplete publications at
	 * start-up).
	 * @return how many grades were published
	 */
	int publishGrades() {
		List<WorkGraded> grades;
		synchronized (this.pendingGrades) {
			grades = List.copyOf(this.pendingGrades);
			this.pendingGrades.clear();
		}
		if (!grades.isEmpty()) {
			// the journal listens after commit: publish within a transaction
			this.transaction.executeWithoutResult((status) -> grades.forEach(this.events::publishEvent));
		}
		return grades.size();
	}

	/**
	 * A small photo of a notebook page: squared paper with a few lines of "handwriting".
	 */
	static byte[] notebookPage(int seed) {
		BufferedImage image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setColor(new Color(250, 250, 244));
			graphics.fillRect(0, 0, 120, 160);
			graphics.setColor(new Color(190, 205, 230));
			for (int x = 0; x < 120; x += 8) {
				graphics.drawLine(x, 0, x, 160);
			}
			for (int y = 0; y < 160; y += 8) {
				graphics.drawLine(0, y, 120, y);
			}
			graphics.setColor(new Color(30, 50, 140));
			graphics.setStroke(new BasicStroke(1.5f));
			for (int line = 0; line < 8 + seed; line++) {
				int y = 16 + line * 16;
				int length = 40 + ((line * 37 + seed * 11) % 60);
				graphics.drawLine(10, y, 10 + length, y - 2);
			}
		}
		finally {
			graphics.dispose();
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
