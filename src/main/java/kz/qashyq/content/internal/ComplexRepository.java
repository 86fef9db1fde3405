package kz.qashyq.content.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import kz.qashyq.content.ComplexComponent;
import kz.qashyq.content.ComplexStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Disciplines, e-learning complexes, their versions, components and comments.
 */
@Repository
public class ComplexRepository {

	private static final String DISCIPLINE = """
			select d.id, d.organization_id, d.subject, d.programme_version, c.id as complex_id,
				(select v.status from complex_version v where v.complex_id = c.id order by v.version desc limit 1) as status,
				(select max(v.version) from complex_version v where v.complex_id = c.id) as version
			from discipline d left join complex c on c.discipline_id = d.id""";

	private final JdbcClient jdbc;

	ComplexRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record DisciplineRow(long id, long organizationId, String subject, String programmeVersion, Long complexId,
			ComplexStatus status, Integer version) {
	}

	public record VersionRow(long id, long complexId, int version, ComplexStatus status, String createdBy,
			Instant createdAt, String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt,
			Boolean sufficient, String sufficiencyComment, LocalDate reviewedOn, String reviewedBy) {
	}

	public record ItemRow(ComplexComponent component, long materialId, String title, String kind) {
	}

	public record CommentRow(long id, ComplexComponent component, String body, String author, Instant createdAt) {
	}

	List<DisciplineRow> disciplines(long organizationId) {
		return this.jdbc.sql(DISCIPLINE + " where d.organization_id = ? order by d.subject, d.programme_version")
			.param(organizationId)
			.query(ComplexRepository::discipline)
			.list();
	}

	Optional<DisciplineRow> discipline(long id) {
		return this.jdbc.sql(DISCIPLINE + " where d.id = ?").param(id).query(ComplexRepository::discipline).optional();
	}

	Optional<DisciplineRow> disciplineOfComplex(long complexId) {
		return this.jdbc.sql(DISCIPLINE + " where c.id = ?")
			.param(complexId)
			.query(ComplexRepository::discipline)
			.optional();
	}

	/**
	 * The disciplines whose subject is taught in one of the classes.
	 */
	List<DisciplineRow> disciplinesOfGroups(List<Long> groups) {
		if (groups.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(DISCIPLINE + " " + """
				 where exists (select 1 from study_group g where g.organization_id = d.organization_id
					and g.id in (:groups) and (exists (select 1 from teaching_assignment t where t.group_id = g.id
						and t.subject = d.subject) or exists (select 1 from study_load s where s.group_id = g.id
						and s.subject = d.subject)))
				order by d.subject, d.programme_version""")
			.param("groups", groups)
			.query(ComplexRepository::discipline)
			.list();
	}

	/**
	 * The subjects an organization teaches (teaching assignments and study load).
	 */
	List<String> subjects(long organizationId) {
		return this.jdbc.sql("""
				select t.subject from teaching_assignment t join study_group g on g.id = t.group_id
				where g.organization_id = :org
				union select s.subject from study_load s join study_group g on g.id = s.group_id
				where g.organization_id = :org order by 1""").param("org", organizationId).query(String.class).list();
	}

	/**
	 * @return the new discipline's id, or empty when it exists already
	 */
	Optional<Long> insertDiscipline(long organizationId, String subject, String programmeVersion, String actor) {
		return this.jdbc.sql("""
				insert into discipline (organization_id, subject, programme_version, created_by) values (?, ?, ?, ?)
				on conflict do nothing returning id""")
			.params(organizationId, subject, programmeVersion, actor)
			.query(Long.class)
			.optional();
	}

	/**
	 * @return the new complex's id, or empty when the discipline has one already
	 */
	Optional<Long> insertComplex(long disciplineId, String actor) {
		Optional<Long> id = this.jdbc
			.sql("insert into complex (discipline_id, created_by) values (?, ?) on conflict do nothing returning id")
			.params(disciplineId, actor)
			.query(Long.class)
			.optional();
		id.ifPresent((complex) -> insertVersion(complex, 1, actor));
		return id;
	}

	long insertVersion(long complexId, int version, String actor) {
		return this.jdbc.sql("""
				insert into complex_version (complex_id, version, status, created_by) values (?, ?, 'DRAFT', ?)
				returning id""").params(complexId, version, actor).query(Long.class).single();
	}

	void copyItems(long fromVersionId, long toVersionId, String actor) {
		this.jdbc.sql("""
				insert into complex_item (version_id, component, material_id, added_by)
				select ?, component, material_id, ? from complex_item where version_id = ?""")
			.params(toVersionId, actor, fromVersionId)
			.update();
	}

	List<VersionRow> versions(long complexId) {
		return this.jdbc.sql("select * from complex_version where complex_id = ? order by version desc")
			.param(complexId)
			.query(ComplexRepository::version)
			.list();
	}

	Optional<VersionRow> latest(long complexId, boolean lock) {
		return this.jdbc
			.sql("select * from complex_version where complex_id = ? order by version desc limit 1"
					+ (lock ? " for update" : ""))
			.param(complexId)
			.query(ComplexRepository::version)
			.optional();
	}

	List<ItemRow> items(long versionId) {
		return this.jdbc.sql("""
				select i.component, m.id, m.title, m.kind from complex_item i join material m on m.id = i.material_id
				where i.version_id = ? order by i.component, m.title""")
			.param(versionId)
			.query((rs, row) -> new ItemRow(ComplexComponent.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	boolean addItem(long versionId, ComplexComponent component, long materialId, String actor) {
		return this.jdbc.sql("""
				insert into complex_item (version_id, component, material_id, added_by) values (?, ?, ?, ?)
				on conflict do nothing""").params(versionId, component.name(), materialId, actor).update() > 0;
	}

	boolean removeItem(long versionId, ComplexComponent component, long materialId) {
		return this.jdbc.sql("delete from complex_item where version_id = ? and component = ? and material_id = ?")
			.params(versionId, component.name(), materialId)
			.update() > 0;
	}

	void setStatus(long versionId, ComplexStatus status, String actor) {
		String who = (status == ComplexStatus.IN_REVIEW) ? "submitted" : "decided";
		this.jdbc.sql("update complex_version set status = ?, " + who + "_by = ?, " + who + "_at = now() where id = ?")
			.params(status.name(), actor, versionId)
			.update();
	}

	void review(long versionId, boolean sufficient, String comment, LocalDate on, String actor) {
		this.jdbc.sql("""
				update complex_version set sufficient = ?, sufficiency_comment = ?, reviewed_on = ?, reviewed_by = ?
				where id = ?""").params(sufficient, comment, on, actor, versionId).update();
	}

	void comment(long versionId, ComplexComponent component, String body, String actor) {
		this.jdbc.sql("insert into complex_comment (version_id, component, body, author) values (?, ?, ?, ?)")
			.params(versionId, (component != null) ? component.name() : null, body, actor)
			.update();
	}

	List<CommentRow> comments(long versionId) {
		return this.jdbc.sql("select * from complex_comment where version_id = ? order by created_at, id")
			.param(versionId)
			.query((rs, row) -> {
				String component = rs.getString("component");
				return new CommentRow(rs.getLong("id"),
						(component != null) ? ComplexComponent.valueOf(component) : null, rs.getString("body"),
						rs.getString("author"), instant(rs, "created_at"));
			})
			.list();
	}

	private static DisciplineRow discipline(ResultSet rs, int row) throws SQLException {
		String status = rs.getString("status");
		return new DisciplineRow(rs.getLong("id"), rs.getLong("organization_id"), rs.getString("subject"),
				rs.getString("programme_version"), rs.getObject("complex_id", Long.class),
				(status != null) ? ComplexStatus.valueOf(status) : null, rs.getObject("version", Integer.class));
	}

	private static VersionRow version(ResultSet rs, int row) throws SQLException {
		return new VersionRow(rs.getLong("id"), rs.getLong("complex_id"), rs.getInt("version"),
				ComplexStatus.valueOf(rs.getString("status")), rs.getString("created_by"), instant(rs, "created_at"),
				rs.getString("submitted_by"), instant(rs, "submitted_at"), rs.getString("decided_by"),
				instant(rs, "decided_at"), rs.getObject("sufficient", Boolean.class),
				rs.getString("sufficiency_comment"), rs.getObject("reviewed_on", LocalDate.class),
				rs.getString("reviewed_by"));
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
