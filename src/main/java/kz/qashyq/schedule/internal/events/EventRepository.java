package kz.qashyq.schedule.internal.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.qashyq.platform.i18n.LocalizedName;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.schedule.EventKind;
import kz.qashyq.schedule.EventSummary;
import kz.qashyq.schedule.EventTemplate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code school_event}, {@code event_invitee} and {@code event_template} tables, and
 * the directory rows that decide who is invited (read here, next to the code that needs
 * them, in one query each).
 */
@Repository
class EventRepository {

	private static final String EVENT_COLUMNS = """
			e.id, e.organization_id, e.group_id, e.kind, e.template_code, e.title_kk, e.title_ru, e.title_en,
			e.topics, e.topics_ru, e.topics_en, e.starts_at, e.minutes, e.meeting_url, e.platform, e.mode,
			e.in_person_reason, e.created_by
			""";

	private final JdbcClient jdbc;

	EventRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- templates

	List<EventTemplate> templates() {
		Map<String, List<EventTemplate.Band>> bands = new LinkedHashMap<>();
		this.jdbc
			.sql("select template_code, grade_from, grade_to, starts_at from event_template_band order by grade_from")
			.query((rs) -> {
				bands.computeIfAbsent(rs.getString(1), (key) -> new ArrayList<>())
					.add(new EventTemplate.Band(rs.getInt(2), rs.getInt(3), rs.getTime(4).toLocalTime()));
			});
		return this.jdbc.sql("select * from event_template order by sort_order, code")
			.query((rs, row) -> new EventTemplate(rs.getString("code"), EventKind.valueOf(rs.getString("kind")),
					rs.getString("order_reference"), rs.getObject("on_date", LocalDate.class), rs.getInt("minutes"),
					new LocalizedName(rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en")),
					topics(rs.getString("topics_kk"), rs.getString("topics_ru"), rs.getString("topics_en")),
					List.copyOf(bands.getOrDefault(rs.getString("code"), List.of()))))
			.list();
	}

	/** Who a template invites besides the class teacher. */
	record Invitation(boolean learners, boolean parents) {
	}

	Optional<Invitation> invitation(String templateCode) {
		return this.jdbc.sql("select invite_learners, invite_parents from event_template where code = ?")
			.param(templateCode)
			.query((rs, row) -> new Invitation(rs.getBoolean(1), rs.getBoolean(2)))
			.optional();
	}

	// ---- the classes a template applies to

	/**
	 * A school class in the organization's latest academic year.
	 */
	record SchoolClass(long organizationId, ZoneId zone, long groupId, int grade) {
	}

	/**
	 * The classes of the current (latest) academic year of the schools (kinds of level
	 * SCHOOL) within a unit.
	 */
	List<SchoolClass> schoolClasses(ScopeRef within) {
		String filter = switch (within.type()) {
			case REPUBLIC -> "true";
			case REGION -> "s.region_id = :id";
			case DISTRICT -> "s.district_id = :id";
			case ORGANIZATION -> "o.id = :id";
			default -> throw new IllegalArgumentException("Not a unit events are applied to: " + within);
		};
		var spec = this.jdbc
			.sql("""
					select o.id, o.time_zone, g.id, g.grade
					from organization o
					join organization_scope s on s.organization_id = o.id
					join organization_kind k on k.code = o.kind and k.level = 'SCHOOL'
					join study_group g on g.organization_id = o.id and g.kind = 'SCHOOL_CLASS'
					where %s and g.academic_year = (select max(academic_year) from study_group y where y.organization_id = o.id)
					order by o.id, g.grade, g.name"""
				.formatted(filter));
		if (within.id() != null) {
			spec = spec.param("id", within.id());
		}
		return spec
			.query((rs, row) -> new SchoolClass(rs.getLong(1), ZoneId.of(rs.getString(2)), rs.getLong(3), rs.getInt(4)))
			.list();
	}

	// ---- writing

	record NewEvent(long organizationId, Long groupId, EventKind kind, String templateCode, LocalizedName title,
			LocalizedName topics, Instant startsAt, int minutes, String meetingUrl, String platform, String mode,
			String inPersonReason, String createdBy) {
	}

	/**
	 * Inserts the event, or nothing when the class has this template's event already.
	 * @return the new event's id, or empty
	 */
	Optional<Long> insert(NewEvent event) {
		return this.jdbc.sql("""
				insert into school_event (organization_id, group_id, kind, template_code, title_kk, title_ru, title_en,
					topics, topics_ru, topics_en, starts_at, minutes, meeting_url, platform, mode, in_person_reason,
					created_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (group_id, template_code) where template_code is not null and group_id is not null
				do nothing returning id""")
			.params(event.organizationId(), event.groupId(), event.kind().name(), event.templateCode(),
					event.title().kk(), event.title().ru(), event.title().en(),
					(event.topics() != null) ? event.topics().kk() : null,
					(event.topics() != null) ? event.topics().ru() : null,
					(event.topics() != null) ? event.topics().en() : null, Timestamp.from(event.startsAt()),
					event.minutes(), event.meetingUrl(), event.platform(), event.mode(), event.inPersonReason(),
					event.createdBy())
			.query(Long.class)
			.optional();
	}

	int inviteLearners(long eventId, long groupId) {
		return this.jdbc.sql("""
				insert into event_invitee (event_id, person_id, role)
				select ?, person_id, 'LEARNER' from learner where group_id = ? on conflict do nothing""")
			.params(eventId, groupId)
			.update();
	}

	int inviteParents(long eventId, long groupId) {
		return this.jdbc.sql("""
				insert into event_invitee (event_id, person_id, role)
				select distinct ?, p.parent_id, 'PARENT' from parent_link p join learner l on l.person_id = p.learner_id
				where l.group_id = ? on conflict do nothing""").params(eventId, groupId).update();
	}

	int inviteSupervisor(long eventId, long groupId) {
		return this.jdbc.sql("""
				insert into event_invitee (event_id, person_id, role)
				select ?, person_id, 'TEACHER' from group_supervisor where group_id = ? and to_date is null
				on conflict do nothing""").params(eventId, groupId).update();
	}

	/** Positions whose holders are invited to teacher webinars (A1-29a). */
	private static final String TEACHING_POSITIONS = "'TEACHER', 'LECTURER', 'ADDITIONAL_EDUCATION_TEACHER', "
			+ "'EDUCATOR', 'MENTOR', 'DEFECTOLOGIST'";

	int inviteStaff(long eventId, long organizationId, LocalDate on, boolean teachersOnly) {
		return this.jdbc.sql("""
				insert into event_invitee (event_id, person_id, role)
				select distinct ?, person_id, ? from staff_position
				where organization_id = ? and from_date <= ? and (to_date is null or to_date >= ?) %s
				on conflict do nothing""".formatted(teachersOnly ? "and position in (" + TEACHING_POSITIONS + ")" : ""))
			.params(eventId, teachersOnly ? "TEACHER" : "STAFF", organizationId, on, on)
			.update();
	}

	boolean register(long eventId, long personId) {
		return this.jdbc
			.sql("""
					update event_invitee i set registered_at = coalesce(i.registered_at, now())
					from school_event e where e.id = i.event_id and e.kind = 'WEBINAR' and i.event_id = ? and i.person_id = ?
					and i.role = 'TEACHER'""")
			.params(eventId, personId)
			.update() > 0;
	}

	// ---- reading

	record EventRow(long id, long organizationId, Long groupId, EventKind kind, String templateCode,
			LocalizedName title, LocalizedName topics, Instant startsAt, int minutes, String meetingUrl,
			String platform, String mode, String inPersonReason, String createdBy) {

		Instant endsAt() {
			return this.startsAt.plusSeconds(60L * this.minutes);
		}

	}

	Optional<EventRow> event(long id) {
		return this.jdbc.sql("select " + EVENT_COLUMNS + " from school_event e where e.id = ?")
			.param(id)
			.query(EventRepository::eventRow)
			.optional();
	}

	List<EventRow> ofOrganization(long organizationId, Instant from, Instant to) {
		return this.jdbc.sql("select " + EVENT_COLUMNS + """
				 from school_event e where e.organization_id = ? and e.starts_at >= ? and e.starts_at < ?
				order by e.starts_at, e.group_id nulls first, e.id limit 1000""")
			.params(organizationId, Timestamp.from(from), Timestamp.from(to))
			.query(EventRepository::eventRow)
			.list();
	}

	/** The months (in the organization's zone) that have events, latest first. */
	List<LocalDate> monthsWithEvents(long organizationId, ZoneId zone) {
		return this.jdbc.sql("""
				select distinct date_trunc('month', starts_at at time zone ?)::date from school_event
				where organization_id = ? order by 1 desc limit 36""")
			.params(zone.getId(), organizationId)
			.query(LocalDate.class)
			.list();
	}

	record InviteeRow(long personId, String role, String lastName, String firstName, Instant registeredAt,
			Long learnerOrganizationId, Long learnerGroupId) {
	}

	List<InviteeRow> invitees(long eventId) {
		return this.jdbc
			.sql("""
					select i.person_id, i.role, p.last_name, p.first_name, i.registered_at, l.organization_id, l.group_id
					from event_invitee i join person p on p.id = i.person_id left join learner l on l.person_id = i.person_id
					where i.event_id = ? order by i.role desc, p.last_name, p.first_name""")
			.param(eventId)
			.query((rs, row) -> new InviteeRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					(rs.getTimestamp(5) != null) ? rs.getTimestamp(5).toInstant() : null, (Long) rs.getObject(6),
					(Long) rs.getObject(7)))
			.list();
	}

	Optional<String> inviteeRole(long eventId, long personId) {
		return this.jdbc.sql("select role from event_invitee where event_id = ? and person_id = ?")
			.params(eventId, personId)
			.query(String.class)
			.optional();
	}

	List<EventSummary> invitationsOf(long personId, Instant from, Instant to) {
		return this.jdbc.sql("select i.role, " + EVENT_COLUMNS + """
				 from event_invitee i join school_event e on e.id = i.event_id
				where i.person_id = ? and e.starts_at >= ? and e.starts_at < ? order by e.starts_at, e.id""")
			.params(personId, Timestamp.from(from), Timestamp.from(to))
			.query((rs, row) -> {
				EventRow e = eventRow(rs, row);
				return new EventSummary(e.id(), e.organizationId(), e.groupId(), e.kind(), e.title(), e.topics(),
						e.startsAt(), e.endsAt(), e.meetingUrl(), rs.getString("role"));
			})
			.list();
	}

	String groupName(long groupId) {
		return this.jdbc.sql("select name from study_group where id = ?").param(groupId).query(String.class).single();
	}

	/** A unit a user may apply templates to, with its name. */
	record Unit(ScopeRef ref, LocalizedName name) {
	}

	/**
	 * Regions (for a holder of the Republic), or the unit itself, with their names.
	 */
	List<Unit> units(ScopeRef scope) {
		return switch (scope.type()) {
			case REPUBLIC -> this.jdbc.sql("select id, name_kk, name_ru, name_en from region order by id")
				.query((rs, row) -> new Unit(ScopeRef.region(rs.getLong(1)), name(rs)))
				.list();
			case REGION -> this.jdbc.sql("select id, name_kk, name_ru, name_en from region where id = ?")
				.param(scope.id())
				.query((rs, row) -> new Unit(scope, name(rs)))
				.list();
			case DISTRICT -> this.jdbc.sql("select id, name_kk, name_ru, name_en from district where id = ?")
				.param(scope.id())
				.query((rs, row) -> new Unit(scope, name(rs)))
				.list();
			case ORGANIZATION -> this.jdbc.sql("select id, name_kk, name_ru, name_en from organization where id = ?")
				.param(scope.id())
				.query((rs, row) -> new Unit(scope, name(rs)))
				.list();
			default -> List.of();
		};
	}

	private static LocalizedName name(ResultSet rs) throws SQLException {
		return new LocalizedName(rs.getString(2), rs.getString(3), rs.getString(4));
	}

	private static EventRow eventRow(ResultSet rs, int row) throws SQLException {
		return new EventRow(rs.getLong("id"), rs.getLong("organization_id"), (Long) rs.getObject("group_id"),
				EventKind.valueOf(rs.getString("kind")), rs.getString("template_code"),
				new LocalizedName(rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en")),
				topics(rs.getString("topics"), rs.getString("topics_ru"), rs.getString("topics_en")),
				rs.getTimestamp("starts_at").toInstant(), rs.getInt("minutes"), rs.getString("meeting_url"),
				rs.getString("platform"), rs.getString("mode"), rs.getString("in_person_reason"),
				rs.getString("created_by"));
	}

	private static LocalizedName topics(String kk, String ru, String en) {
		if (kk == null && ru == null && en == null) {
			return null;
		}
		String fallback = (kk != null) ? kk : (ru != null) ? ru : en;
		return new LocalizedName((kk != null) ? kk : fallback, (ru != null) ? ru : fallback,
				(en != null) ? en : fallback);
	}

}
