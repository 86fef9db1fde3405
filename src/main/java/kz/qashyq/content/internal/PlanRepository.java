package kz.qashyq.content.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.qashyq.content.LearningForm;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Calendar-thematic plans, their topics with links and materials, their numbered
 * revisions (snapshots in JSON) and the published thematic schedules.
 */
@Repository
public class PlanRepository {

	/**
	 * The snapshot of a plan's topics as they are now, for its revision.
	 */
	private static final String SNAPSHOT = """
			coalesce((select jsonb_agg(jsonb_build_object('id', t.id, 'position', t.position, 'title', t.title,
				'hours', t.hours, 'plannedDate', t.planned_date, 'deadline', t.deadline, 'form', t.form, 'notes', t.notes,
				'links', (select coalesce(jsonb_agg(jsonb_build_object('title', l.title, 'url', l.url) order by l.id),
					'[]'::jsonb) from plan_topic_link l where l.topic_id = t.id),
				'materials', (select coalesce(jsonb_agg(jsonb_build_object('id', m.id, 'title', m.title, 'kind', m.kind)
					order by m.title), '[]'::jsonb) from plan_topic_material tm join material m on m.id = tm.material_id
					where tm.topic_id = t.id)) order by t.position)
				from plan_topic t where t.plan_id = :plan), '[]'::jsonb)""";

	private static final String SNAPSHOT_TOPICS = """
			jsonb_to_recordset(r.snapshot) as x(id bigint, position int, title text, hours numeric, "plannedDate" date,
				deadline date, form text, notes text, links jsonb, materials jsonb)""";

	private static final String SNAPSHOT_ARRAYS = """
			array(select v->>'title' from jsonb_array_elements(x.links) with ordinality as e(v, n) order by n)
				as link_titles,
			array(select v->>'url' from jsonb_array_elements(x.links) with ordinality as e(v, n) order by n) as link_urls,
			array(select (v->>'id')::bigint from jsonb_array_elements(x.materials) with ordinality as e(v, n) order by n)
				as material_ids,
			array(select v->>'title' from jsonb_array_elements(x.materials) with ordinality as e(v, n) order by n)
				as material_titles,
			array(select v->>'kind' from jsonb_array_elements(x.materials) with ordinality as e(v, n) order by n)
				as material_kinds""";

	private final JdbcClient jdbc;

	PlanRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record PlanRow(long id, long groupId, String groupName, long organizationId, String subject, String horizon,
			int version, Integer publishedVersion, Instant publishedAt, String updatedBy, Instant updatedAt) {

		public boolean published() {
			return this.publishedVersion != null;
		}

		public boolean changedSincePublished() {
			return this.publishedVersion == null || this.publishedVersion != this.version;
		}

	}

	public record Link(String title, String url) {
	}

	public record TopicMaterial(long id, String title, String kind) {
	}

	public record TopicRow(long id, int position, String title, BigDecimal hours, LocalDate plannedDate,
			LocalDate deadline, LearningForm form, String notes, List<Link> links, List<TopicMaterial> materials) {

		/**
		 * The links as the form edits them: a title, a bar and an address per line.
		 */
		public String linksText() {
			return this.links.stream()
				.map((link) -> link.title() + " | " + link.url())
				.collect(java.util.stream.Collectors.joining("\n"));
		}

		public List<Long> materialIds() {
			return this.materials.stream().map(TopicMaterial::id).toList();
		}

	}

	public record RevisionRow(int version, String changedBy, Instant changedAt, int topics) {

	}

	/**
	 * A subject of a class with its plan, if it has one.
	 */
	public record SubjectPlan(String subject, Long planId, Integer version, Integer publishedVersion) {
	}

	private static final String PLAN = """
			select p.*, g.name as group_name, g.organization_id from thematic_plan p join study_group g on g.id = p.group_id""";

	Optional<PlanRow> find(long planId, boolean lock) {
		return this.jdbc.sql(PLAN + " where p.id = ?" + (lock ? " for update of p" : ""))
			.param(planId)
			.query(PlanRepository::plan)
			.optional();
	}

	List<SubjectPlan> subjects(long groupId) {
		return this.jdbc.sql("""
				select s.subject, p.id, p.version, p.published_version from (
					select subject from teaching_assignment where group_id = :group
					union select subject from study_load where group_id = :group
					union select subject from thematic_plan where group_id = :group) s
				left join thematic_plan p on p.group_id = :group and p.subject = s.subject order by s.subject""")
			.param("group", groupId)
			.query((rs, row) -> new SubjectPlan(rs.getString(1), rs.getObject(2, Long.class),
					rs.getObject(3, Integer.class), rs.getObject(4, Integer.class)))
			.list();
	}

	/**
	 * The (class, subject) pairs a person teaches, with their plans.
	 */
	List<PlanRow> plansOfTeacher(long personId) {
		return this.jdbc
			.sql(PLAN + " "
					+ """
							where exists (select 1 from teaching_assignment t where t.person_id = :person and t.group_id = p.group_id
							and t.subject = p.subject) or exists (select 1 from study_load s where s.teacher_id = :person
							and s.group_id = p.group_id and s.subject = p.subject) order by g.name, p.subject""")
			.param("person", personId)
			.query(PlanRepository::plan)
			.list();
	}

	Optional<Long> planOf(long groupId, String subject) {
		return this.jdbc.sql("select id from thematic_plan where group_id = ? and subject = ?")
			.params(groupId, subject)
			.query(Long.class)
			.optional();
	}

	/**
	 * Creates a plan at version 1 with its (empty) first revision.
	 */
	long insert(long groupId, String subject, Long teacherId, String horizon, String actor) {
		long id = this.jdbc.sql("""
				insert into thematic_plan (group_id, subject, teacher_id, horizon, updated_by) values (?, ?, ?, ?, ?)
				returning id""").params(groupId, subject, teacherId, horizon, actor).query(Long.class).single();
		revision(id, 1, actor);
		return id;
	}

	Long teacherOf(long groupId, String subject) {
		return this.jdbc
			.sql("select teacher_id from study_load where group_id = ? and subject = ? union all "
					+ "select person_id from teaching_assignment where group_id = ? and subject = ? limit 1")
			.params(groupId, subject, groupId, subject)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	List<TopicRow> topics(long planId) {
		return this.jdbc.sql("""
				select t.*,
				array(select l.title from plan_topic_link l where l.topic_id = t.id order by l.id) as link_titles,
				array(select l.url from plan_topic_link l where l.topic_id = t.id order by l.id) as link_urls,
				array(select m.id from plan_topic_material tm join material m on m.id = tm.material_id
					where tm.topic_id = t.id order by m.title, m.id) as material_ids,
				array(select m.title from plan_topic_material tm join material m on m.id = tm.material_id
					where tm.topic_id = t.id order by m.title, m.id) as material_titles,
				array(select m.kind from plan_topic_material tm join material m on m.id = tm.material_id
					where tm.topic_id = t.id order by m.title, m.id) as material_kinds
				from plan_topic t where t.plan_id = ? order by t.position""")
			.param(planId)
			.query((rs, row) -> topic(rs, "planned_date"))
			.list();
	}

	/**
	 * The topics of a revision's snapshot.
	 */
	List<TopicRow> snapshot(long planId, int version) {
		return this.jdbc
			.sql("select x.*, " + SNAPSHOT_ARRAYS + " from plan_revision r, " + SNAPSHOT_TOPICS
					+ " where r.plan_id = ? and r.version = ? order by x.position")
			.params(planId, version)
			.query((rs, row) -> topic(rs, "plannedDate"))
			.list();
	}

	List<RevisionRow> revisions(long planId) {
		return this.jdbc
			.sql("""
					select version, changed_by, changed_at, jsonb_array_length(snapshot) from plan_revision where plan_id = ?
					order by version desc""")
			.param(planId)
			.query((rs, row) -> new RevisionRow(rs.getInt(1), rs.getString(2),
					ComplexRepository.instant(rs, "changed_at"), rs.getInt(4)))
			.list();
	}

	int nextPosition(long planId) {
		return this.jdbc.sql("select coalesce(max(position), 0) + 1 from plan_topic where plan_id = ?")
			.param(planId)
			.query(Integer.class)
			.single();
	}

	record TopicValues(String title, BigDecimal hours, LocalDate plannedDate, LocalDate deadline, LearningForm form,
			String notes, List<Link> links, List<Long> materials) {
	}

	long insertTopic(long planId, int position, TopicValues values) {
		long id = this.jdbc.sql("""
				insert into plan_topic (plan_id, position, title, hours, planned_date, deadline, form, notes)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(planId, position, values.title(), values.hours(), values.plannedDate(), values.deadline(),
					(values.form() != null) ? values.form().name() : null, values.notes())
			.query(Long.class)
			.single();
		attach(id, values);
		return id;
	}

	boolean updateTopic(long planId, long topicId, TopicValues values) {
		int updated = this.jdbc.sql("""
				update plan_topic set title = ?, hours = ?, planned_date = ?, deadline = ?, form = ?, notes = ?
				where id = ? and plan_id = ?""")
			.params(values.title(), values.hours(), values.plannedDate(), values.deadline(),
					(values.form() != null) ? values.form().name() : null, values.notes(), topicId, planId)
			.update();
		if (updated == 0) {
			return false;
		}
		this.jdbc.sql("delete from plan_topic_link where topic_id = ?").param(topicId).update();
		this.jdbc.sql("delete from plan_topic_material where topic_id = ?").param(topicId).update();
		attach(topicId, values);
		return true;
	}

	private void attach(long topicId, TopicValues values) {
		for (Link link : values.links()) {
			this.jdbc.sql("insert into plan_topic_link (topic_id, title, url) values (?, ?, ?)")
				.params(topicId, link.title(), link.url())
				.update();
		}
		for (Long material : values.materials()) {
			this.jdbc
				.sql("insert into plan_topic_material (topic_id, material_id) values (?, ?) on conflict do nothing")
				.params(topicId, material)
				.update();
		}
	}

	boolean deleteTopic(long planId, long topicId) {
		if (this.jdbc.sql("delete from plan_topic where id = ? and plan_id = ?")
			.params(topicId, planId)
			.update() == 0) {
			return false;
		}
		this.jdbc.sql("""
				update plan_topic t set position = n.position from (select id, row_number() over (order by position)
					as position from plan_topic where plan_id = ?) n where t.id = n.id and t.position <> n.position""")
			.param(planId)
			.update();
		return true;
	}

	/**
	 * Counts one more version of the plan and stores the snapshot of its topics.
	 * @return the new version
	 */
	int bump(long planId, String actor) {
		int version = this.jdbc.sql("""
				update thematic_plan set version = version + 1, updated_by = ?, updated_at = now() where id = ?
				returning version""").params(actor, planId).query(Integer.class).single();
		revision(planId, version, actor);
		return version;
	}

	private void revision(long planId, int version, String actor) {
		this.jdbc
			.sql("insert into plan_revision (plan_id, version, snapshot, changed_by) values (:plan, :version, "
					+ SNAPSHOT + ", :actor)")
			.param("plan", planId)
			.param("version", version)
			.param("actor", actor)
			.update();
	}

	/**
	 * Stores the missing revision of the current version of every plan of the
	 * organization and publishes that version.
	 */
	int publishAll(long organizationId, String actor) {
		this.jdbc.sql("""
				insert into plan_revision (plan_id, version, snapshot, changed_by)
				select p.id, p.version, """ + SNAPSHOT.replace(":plan", "p.id") + " " + """
				, :actor from thematic_plan p join study_group g on g.id = p.group_id
				where g.organization_id = :org and not exists (select 1 from plan_revision r where r.plan_id = p.id
					and r.version = p.version)""").param("org", organizationId).param("actor", actor).update();
		return this.jdbc.sql("""
				update thematic_plan p set published_version = p.version, published_at = now() from study_group g
				where g.id = p.group_id and g.organization_id = ?""").param(organizationId).update();
	}

	void publish(long planId) {
		this.jdbc.sql("update thematic_plan set published_version = version, published_at = now() where id = ?")
			.param(planId)
			.update();
	}

	/**
	 * The published plans of a class (the learners' thematic schedule).
	 */
	List<PlanRow> published(long groupId) {
		return this.jdbc.sql(PLAN + " where p.group_id = ? and p.published_version is not null order by p.subject")
			.param(groupId)
			.query(PlanRepository::plan)
			.list();
	}

	public record Deadline(long planId, long topicId, String subject, String title, LocalDate deadline,
			String groupName) {
	}

	/**
	 * The published topics of a class whose deadline falls within the dates.
	 */
	List<Deadline> deadlines(long groupId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select p.id, x.id, p.subject, x.title, x.deadline, g.name from thematic_plan p
				join study_group g on g.id = p.group_id
				join plan_revision r on r.plan_id = p.id and r.version = p.published_version,
				""" + SNAPSHOT_TOPICS + " " + """
				where p.group_id = ? and x.deadline between ? and ? order by x.deadline, p.subject, x.position""")
			.params(groupId, from, to)
			.query((rs, row) -> new Deadline(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class), rs.getString(6)))
			.list();
	}

	private static PlanRow plan(ResultSet rs, int row) throws SQLException {
		return new PlanRow(rs.getLong("id"), rs.getLong("group_id"), rs.getString("group_name"),
				rs.getLong("organization_id"), rs.getString("subject"), rs.getString("horizon"), rs.getInt("version"),
				rs.getObject("published_version", Integer.class), ComplexRepository.instant(rs, "published_at"),
				rs.getString("updated_by"), ComplexRepository.instant(rs, "updated_at"));
	}

	private static TopicRow topic(ResultSet rs, String plannedDate) throws SQLException {
		String form = rs.getString("form");
		return new TopicRow(rs.getLong("id"), rs.getInt("position"), rs.getString("title"), rs.getBigDecimal("hours"),
				rs.getObject(plannedDate, LocalDate.class), rs.getObject("deadline", LocalDate.class),
				(form != null) ? LearningForm.valueOf(form) : null, rs.getString("notes"), links(rs), materials(rs));
	}

	private static List<Link> links(ResultSet rs) throws SQLException {
		String[] titles = (String[]) rs.getArray("link_titles").getArray();
		String[] urls = (String[]) rs.getArray("link_urls").getArray();
		List<Link> links = new ArrayList<>();
		for (int i = 0; i < Math.min(titles.length, urls.length); i++) {
			links.add(new Link(titles[i], urls[i]));
		}
		return links;
	}

	private static List<TopicMaterial> materials(ResultSet rs) throws SQLException {
		Long[] ids = (Long[]) rs.getArray("material_ids").getArray();
		String[] titles = (String[]) rs.getArray("material_titles").getArray();
		String[] kinds = (String[]) rs.getArray("material_kinds").getArray();
		List<TopicMaterial> materials = new ArrayList<>();
		for (int i = 0; i < ids.length; i++) {
			materials.add(new TopicMaterial(ids[i], titles[i], kinds[i]));
		}
		return materials;
	}

}
