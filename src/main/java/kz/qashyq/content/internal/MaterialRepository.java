package kz.qashyq.content.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kz.qashyq.content.LearningForm;
import kz.qashyq.content.MaterialKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The knowledge bank's materials, searched by discipline, topic, form, language and age.
 */
@Repository
public class MaterialRepository {

	private static final String SELECT = """
			select m.*, d.subject, f.original_name, f.media_type, f.size, o.time_zone
			from material m join discipline d on d.id = m.discipline_id join organization o on o.id = m.organization_id
			left join stored_file f on f.id = m.file_id""";

	private static final int LIMIT = 200;

	private final JdbcClient jdbc;

	MaterialRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A material; {@code fileName}, {@code mediaType} and {@code size} only for a file.
	 */
	public record MaterialRow(long id, long organizationId, long disciplineId, String subject, MaterialKind kind,
			String title, String topic, LearningForm form, String language, String licence, UUID fileId, String url,
			String body, String updatedBy, Instant updatedAt, String fileName, String mediaType, Long size,
			java.time.ZoneId zone) {

		/**
		 * The date it was last updated, in its organization's time zone.
		 */
		public java.time.LocalDate updatedOn() {
			return this.updatedAt.atZone(this.zone).toLocalDate();
		}

	}

	/**
	 * What to search for; null fields are not filtered on.
	 *
	 * @param disciplineId the discipline
	 * @param text a part of the title or topic
	 * @param form the form of learning
	 * @param language the language
	 * @param updatedBefore only materials last updated before this instant (A1-24g)
	 */
	public record Filter(Long disciplineId, String text, LearningForm form, String language, Instant updatedBefore) {

		static Filter ofDiscipline(long disciplineId) {
			return new Filter(disciplineId, null, null, null, null);
		}

	}

	record NewMaterial(long organizationId, long disciplineId, MaterialKind kind, String title, String topic,
			LearningForm form, String language, String licence, UUID fileId, String url, String body, String actor) {
	}

	List<MaterialRow> search(long organizationId, Filter filter) {
		StringBuilder sql = new StringBuilder(SELECT).append(" where m.organization_id = :org");
		JdbcClient.StatementSpec[] spec = new JdbcClient.StatementSpec[1];
		if (filter.disciplineId() != null) {
			sql.append(" and m.discipline_id = :discipline");
		}
		if (filter.text() != null) {
			sql.append(" and (m.title ilike :text or m.topic ilike :text)");
		}
		if (filter.form() != null) {
			sql.append(" and m.form = :form");
		}
		if (filter.language() != null) {
			sql.append(" and m.language = :language");
		}
		if (filter.updatedBefore() != null) {
			sql.append(" and m.updated_at < :before");
		}
		sql.append((filter.updatedBefore() != null) ? " order by m.updated_at, m.id"
				: " order by d.subject, m.title, m.id")
			.append(" limit ")
			.append(LIMIT);
		spec[0] = this.jdbc.sql(sql.toString()).param("org", organizationId);
		if (filter.disciplineId() != null) {
			spec[0] = spec[0].param("discipline", filter.disciplineId());
		}
		if (filter.text() != null) {
			spec[0] = spec[0].param("text",
					"%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
		}
		if (filter.form() != null) {
			spec[0] = spec[0].param("form", filter.form().name());
		}
		if (filter.language() != null) {
			spec[0] = spec[0].param("language", filter.language());
		}
		if (filter.updatedBefore() != null) {
			spec[0] = spec[0].param("before", java.sql.Timestamp.from(filter.updatedBefore()));
		}
		return spec[0].query(MaterialRepository::material).list();
	}

	Optional<MaterialRow> find(long id) {
		return this.jdbc.sql(SELECT + " where m.id = ?").param(id).query(MaterialRepository::material).optional();
	}

	long insert(NewMaterial m) {
		return this.jdbc
			.sql("""
					insert into material (organization_id, discipline_id, kind, title, topic, form, language, licence, file_id,
						url, body, created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(m.organizationId(), m.disciplineId(), m.kind().name(), m.title(), m.topic(),
					(m.form() != null) ? m.form().name() : null, m.language(), m.licence(), m.fileId(), m.url(),
					m.body(), m.actor(), m.actor())
			.query(Long.class)
			.single();
	}

	void update(long id, String title, String topic, LearningForm form, String language, String licence, String url,
			String body, String actor) {
		this.jdbc
			.sql("""
					update material set title = ?, topic = ?, form = ?, language = ?, licence = ?,
						url = case when kind = 'LINK' then ? else url end, body = case when kind = 'TEXT' then ? else body end,
						updated_by = ?, updated_at = now() where id = ?""")
			.params(title, topic, (form != null) ? form.name() : null, language, licence, url, body, actor, id)
			.update();
	}

	static MaterialRow material(ResultSet rs, int row) throws SQLException {
		String form = rs.getString("form");
		return new MaterialRow(rs.getLong("id"), rs.getLong("organization_id"), rs.getLong("discipline_id"),
				rs.getString("subject"), MaterialKind.valueOf(rs.getString("kind")), rs.getString("title"),
				rs.getString("topic"), (form != null) ? LearningForm.valueOf(form) : null, rs.getString("language"),
				rs.getString("licence"), rs.getObject("file_id", UUID.class), rs.getString("url"), rs.getString("body"),
				rs.getString("updated_by"), ComplexRepository.instant(rs, "updated_at"), rs.getString("original_name"),
				rs.getString("media_type"), rs.getObject("size", Long.class),
				java.time.ZoneId.of(rs.getString("time_zone")));
	}

}
