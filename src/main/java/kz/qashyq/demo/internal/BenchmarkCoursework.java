package kz.qashyq.demo.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kz.qashyq.coursework.GradingScale;
import kz.qashyq.coursework.GradingScales;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A week of coursework for the benchmark organizations, written set-wise in SQL: per
 * class or group and subject taught there, one assignment for the whole class
 * (alternately by subject: released five days ago and due yesterday at 18:00 local time,
 * or released two days ago and due in three days), created by the subject's teacher.
 * About 70 % of the learners submitted each assignment already due, as text on the
 * platform (one in ten after the deadline); about half of the submissions in time are
 * graded (out of 10 points, the mark on the organization's scale as
 * {@link GradingScale#markFor} gives it for summative work), and each grade has the
 * journal mark the journal's coursework listener would post for its {@code WorkGraded}
 * (kind, date of the deadline, points, title, work type, feedback). Open assignments have
 * no submissions yet, so that a load test can submit to them. A submission counts as the
 * learner's contact of its day, as the journal records it. Choices are arithmetic on the
 * ids, so a run differs from another only where the database hands out other ids.
 */
@Component
class BenchmarkCoursework {

	private static final String ACTOR = BenchmarkTimetables.ACTOR;

	private final JdbcClient jdbc;

	private final GradingScales scales;

	BenchmarkCoursework(JdbcClient jdbc, GradingScales scales) {
		this.jdbc = jdbc;
		this.scales = scales;
	}

	/** What was written. */
	record Counts(long assignments, long submissions, long grades, long marks) {

		Counts plus(Counts other) {
			return new Counts(this.assignments + other.assignments, this.submissions + other.submissions,
					this.grades + other.grades, this.marks + other.marks);
		}

	}

	Counts write(List<Long> organizationIds, Instant now) {
		Timestamp at = Timestamp.from(now);
		int assignments = this.jdbc.sql("""
				insert into assignment (organization_id, group_id, subject, title, instructions, work_type, summative,
					release_at, deadline_at, channels, max_points, created_by)
				select g.organization_id, t.group_id, t.subject,
					case when g.language = 'kk' then k.kk else k.ru end || ' № ' || (1 + t.n),
					case when g.language = 'kk' then 'Тапсырманы орындап, жауабын платформада жіберіңіз.'
					else 'Выполните задание и отправьте ответ на платформе.' end,
					k.code, k.summative,
					(date_trunc('day', cast(:now as timestamptz) at time zone o.time_zone) + interval '9 hours'
						+ case when t.n % 2 = 0 then -5 else -2 end * interval '1 day') at time zone o.time_zone,
					(date_trunc('day', cast(:now as timestamptz) at time zone o.time_zone) + interval '18 hours'
						+ case when t.n % 2 = 0 then -1 else 3 end * interval '1 day') at time zone o.time_zone,
					'{PLATFORM,WHATSAPP,POST}', 10, 'b-t' || t.teacher_id
				from (select group_id, subject, min(person_id) as teacher_id,
					cast(row_number() over (partition by group_id order by subject) as int) - 1 as n
					from teaching_assignment group by group_id, subject) t
				join study_group g on g.id = t.group_id join organization o on o.id = g.organization_id
				join (values (0, 'PRACTICAL', false, 'Практическая работа', 'Практикалық жұмыс'),
					(1, 'CONTROL_WORK', true, 'Контрольная работа', 'Бақылау жұмысы'),
					(2, 'INDIVIDUAL', true, 'Индивидуальное задание', 'Жеке тапсырма'),
					(3, 'TEST', true, 'Тест', 'Тест')) as k (i, code, summative, ru, kk) on k.i = (t.group_id + t.n) % 4
				where g.organization_id in (:ids) and g.kind <> 'PRESCHOOL_GROUP'
				and exists (select 1 from learner l where l.group_id = t.group_id)""")
			.param("now", at)
			.param("ids", organizationIds)
			.update();
		int submissions = this.jdbc.sql("""
				insert into submission (assignment_id, learner_id, version, channel, body, received_at, late,
					honesty_confirmed, recorded_by, recorded_at)
				select a.id, l.person_id, 1, 'PLATFORM',
					case when g.language = 'kk' then 'Жауабым: тапсырма толық орындалды.'
					else 'Мой ответ: задание выполнено полностью.' end,
					a.deadline_at + case when (a.id + l.person_id) % 10 = 0 then interval '3 hours'
						else -interval '1 hour' * (2 + l.person_id % 40) end,
					(a.id + l.person_id) % 10 = 0, true, 'b-l' || l.person_id,
					a.deadline_at + case when (a.id + l.person_id) % 10 = 0 then interval '3 hours'
						else -interval '1 hour' * (2 + l.person_id % 40) end
				from assignment a join learner l on l.group_id = a.group_id join study_group g on g.id = a.group_id
				where a.organization_id in (:ids) and a.created_by like 'b-t%' and a.deadline_at < :now
				and (a.id * 7 + l.person_id * 3) % 10 < 7""").param("now", at).param("ids", organizationIds).update();
		// A1-27i: a received submission is the learner's contact of the day
		this.jdbc.sql("""
				insert into learner_contact (learner_id, day, kind)
				select distinct s.learner_id, cast(s.received_at at time zone o.time_zone as date), 'SUBMISSION'
				from submission s join assignment a on a.id = s.assignment_id
				join organization o on o.id = a.organization_id
				where a.organization_id in (:ids) and a.created_by like 'b-t%'
				on conflict do nothing""").param("ids", organizationIds).update();
		long grades = 0;
		long marks = 0;
		Map<GradingScale, List<Long>> byScale = new EnumMap<>(GradingScale.class);
		for (long organization : organizationIds) {
			byScale.computeIfAbsent(this.scales.scaleOf(organization), (scale) -> new ArrayList<>()).add(organization);
		}
		for (Map.Entry<GradingScale, List<Long>> entry : byScale.entrySet()) {
			grades += grade(entry.getKey(), entry.getValue(), at);
			marks += marks(entry.getValue());
		}
		return new Counts(assignments, submissions, grades, marks);
	}

	/**
	 * Grades every other submission received in time: 4 to 10 points of 10, leaning to
	 * the top, the mark by the scale for summative work.
	 */
	private int grade(GradingScale scale, List<Long> organizationIds, Timestamp now) {
		StringBuilder marks = new StringBuilder("{");
		for (int points = 0; points <= 10; points++) {
			marks.append((points > 0) ? "," : "")
				.append(scale.markFor(BigDecimal.valueOf(points), BigDecimal.TEN).toPlainString());
		}
		marks.append('}');
		return this.jdbc
			.sql("""
					insert into grade (submission_id, points, max_points, scale, mark, feedback, graded_by, graded_at)
					select s.id, p.points, 10, :scale, case when a.summative then (cast(:marks as numeric[]))[p.points + 1] end,
						case when g.language = 'kk' then (array['Жақсы жұмыс.', 'Есептеуде қате бар, тексеріңіз.',
							'Шешу барысын толығырақ жазыңыз.', 'Өте жақсы!'])[1 + s.id % 4]
						else (array['Хорошая работа.', 'Есть ошибка в вычислениях, проверьте.',
							'Распишите ход решения подробнее.', 'Отлично!'])[1 + s.id % 4] end,
						a.created_by, least(s.received_at + interval '1 day', cast(:now as timestamptz) - interval '1 hour')
					from submission s join assignment a on a.id = s.assignment_id join study_group g on g.id = a.group_id
					cross join lateral (select (array[10, 10, 9, 9, 8, 8, 7, 6, 5, 4])[1 + (s.learner_id * 7 + a.id) % 10]
						as points) p
					where a.organization_id in (:ids) and a.created_by like 'b-t%' and not s.late
					and (s.id + s.learner_id) % 7 < 4""")
			.param("scale", scale.name())
			.param("marks", marks.toString())
			.param("now", now)
			.param("ids", organizationIds)
			.update();
	}

	/**
	 * The journal's marks of the grades, as {@code CourseworkListener} posts them:
	 * summative control works and tests as intermediate attestation, the rest as current
	 * control; formative work without a mark. Each with its line in the journal's history
	 * ({@code journal_change}), as the listener writes it.
	 */
	private int marks(List<Long> organizationIds) {
		int marks = this.jdbc
			.sql("""
					insert into journal_mark (organization_id, group_id, learner_id, subject, mark_date, kind, scale, mark,
						points, max_points, source, submission_id, assignment_id, title, work_type, comment, entered_by,
						entered_at)
					select a.organization_id, a.group_id, s.learner_id, a.subject, cast(a.deadline_at at time zone o.time_zone as date),
						case when a.summative and a.work_type in ('CONTROL_WORK', 'TEST') then 'INTERMEDIATE_ATTESTATION'
						else 'CURRENT' end, gr.scale, case when a.summative then gr.mark end, gr.points, gr.max_points,
						'COURSEWORK', s.id, a.id, a.title, a.work_type, gr.feedback, gr.graded_by, gr.graded_at
					from grade gr join submission s on s.id = gr.submission_id join assignment a on a.id = s.assignment_id
					join organization o on o.id = a.organization_id
					where a.organization_id in (:ids) and a.created_by like 'b-t%' and gr.current
					on conflict (submission_id) do nothing""")
			.param("ids", organizationIds)
			.update();
		this.jdbc.sql("""
				insert into journal_change (group_id, learner_id, subject, what, day, old_value, new_value, changed_by,
					changed_at)
				select m.group_id, m.learner_id, m.subject, 'MARK', m.mark_date, null,
					case when m.mark is null then 'feedback' when position('.' in cast(m.mark as text)) > 0
						then regexp_replace(cast(m.mark as text), '\\.?0+$', '') else cast(m.mark as text) end
						|| ' (coursework ' || m.submission_id || ')', m.entered_by, m.entered_at
				from journal_mark m
				where m.organization_id in (:ids) and m.source = 'COURSEWORK' and m.entered_by like 'b-t%'""")
			.param("ids", organizationIds)
			.update();
		return marks;
	}

}
