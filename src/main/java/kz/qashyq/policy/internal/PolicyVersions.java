package kz.qashyq.policy.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.i18n.Languages;
import kz.qashyq.platform.i18n.LocalizedName;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.web.NotFoundException;
import kz.qashyq.policy.CalendarPeriod;
import kz.qashyq.policy.GradeBand;
import kz.qashyq.policy.LessonRules;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Presets and their versions (O-11b): read by every signed-in user, changed only by the
 * ministry administrator, and only by a new version that applies from a date and cites a
 * basis act. Earlier versions are never changed, so a past date is always checked against
 * the version then in force.
 */
@Service
public class PolicyVersions {

	/** The kinds of act a change may rest on. */
	public static final List<String> ACTS = List.of("ORDER", "RESOLUTION", "PROTOCOL", "DECISION", "AGREEMENT",
			"OTHER");

	/** The levels of organization a calendar period applies to. */
	public static final List<String> LEVELS = List.of("PRESCHOOL", "SCHOOL", "TVET", "HIGHER", "ADDITIONAL", "SUPPORT");

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	PolicyVersions(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * Every version, its note and its act's issuer in the current language where they
	 * were translated (as entered otherwise).
	 */
	public List<VersionSummary> versions() {
		String language = Languages.current();
		return this.jdbc.sql("""
				select v.id, v.preset_code, p.name_kk, p.name_ru, p.name_en, v.version, v.valid_from, v.valid_to,
					coalesce(v.note_%1$s, v.note) as note, b.act_type, b.number, b.act_date,
					coalesce(b.issuer_%1$s, b.issuer) as issuer, v.created_by
				from policy_version v join policy_preset p on p.code = v.preset_code
				left join basis_act b on b.id = v.basis_act_id
				order by p.sort_order, v.version""".formatted(language))
			.query((rs, row) -> new VersionSummary(rs.getLong("id"), rs.getString("preset_code"),
					new LocalizedName(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
					rs.getInt("version"), rs.getObject("valid_from", LocalDate.class),
					rs.getObject("valid_to", LocalDate.class), rs.getString("note"),
					(rs.getString("act_type") != null) ? new Basis(rs.getString("act_type"), rs.getString("number"),
							rs.getObject("act_date", LocalDate.class), rs.getString("issuer")) : null,
					rs.getString("created_by")))
			.list();
	}

	public VersionSummary version(long versionId) {
		return versions().stream()
			.filter((v) -> v.id() == versionId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("policy version " + versionId));
	}

	public List<LessonRules> rules(long versionId) {
		return this.jdbc.sql("""
				select v.id, v.preset_code, v.valid_from, r.band, r.max_lesson_minutes, r.max_live_minutes,
					r.earliest_start, r.teaching_days, r.break_minutes, r.max_lessons_per_day
				from policy_version v join policy_rule r on r.version_id = v.id where v.id = ?""")
			.param(versionId)
			.query((rs, row) -> JdbcPolicies.lessonRules(rs, GradeBand.valueOf(rs.getString("band"))))
			.list()
			.stream()
			.sorted((a, b) -> a.band().compareTo(b.band()))
			.toList();
	}

	public List<PeriodRow> periods(long versionId) {
		return this.jdbc.sql("""
				select kind, levels, from_date, to_date, rule_id, name_kk, name_ru, name_en from policy_period
				where version_id = ? order by from_date, kind""")
			.param(versionId)
			.query((rs, row) -> new PeriodRow(
					new CalendarPeriod(CalendarPeriod.Kind.valueOf(rs.getString("kind")),
							rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
							new LocalizedName(rs.getString("name_kk"), rs.getString("name_ru"),
									rs.getString("name_en"))),
					List.of((String[]) rs.getArray("levels").getArray()), rs.getString("rule_id")))
			.list();
	}

	public boolean canEdit() {
		QashyqUser user = CurrentUser.get();
		return user.can(Permission.MANAGE_POLICY, ScopePath.republic()) && !user.isReadOnly();
	}

	/**
	 * Creates the next version of a version's preset: a copy of the version with one
	 * band's rules changed, in force from {@code change.validFrom()}. The version it
	 * replaces ends the day before.
	 * @return the new version's id
	 * @throws InvalidPolicyChange with the message keys of what is wrong
	 */
	@Transactional
	public long successor(long versionId, RuleChange change) {
		QashyqUser user = CurrentUser.require(Permission.MANAGE_POLICY, ScopePath.republic());
		CurrentUser.requireWriter();
		VersionSummary base = newest(versionId);
		List<String> errors = validateVersion(base, change.validFrom(), change.act(), change.note());
		errors.addAll(validate(change));
		LessonRules old = rules(versionId).stream().filter((r) -> r.band() == change.band()).findFirst().orElse(null);
		if (old == null && change.band() != null && !errors.contains("policy.edit.error.band")) {
			errors.add("policy.edit.error.band");
		}
		if (!errors.isEmpty()) {
			throw new InvalidPolicyChange(errors);
		}
		long id = copyAsSuccessor(base, change.validFrom(), change.act(), change.note(), user);
		this.jdbc.sql("""
				update policy_rule set max_lesson_minutes = ?, max_live_minutes = ?, earliest_start = ?,
					teaching_days = ?::int[], break_minutes = ?, max_lessons_per_day = ?
				where version_id = ? and band = ?""")
			.params(change.maxLessonMinutes(), change.maxLiveMinutes(), change.earliestStart(),
					daysLiteral(change.teachingDays()), change.breakMinutes(), change.maxLessonsPerDay(), id,
					change.band().name())
			.update();
		this.audit.record(AuditEvent.of("CREATE", "POLICY_VERSION", id, ScopePath.republic(),
				base.presetCode() + " v" + (base.version() + 1) + " from " + change.validFrom() + ", " + change.band()
						+ ": " + describe(old) + " -> " + describe(change) + "; basis: " + change.act().actType() + " "
						+ change.act().number().strip()));
		return id;
	}

	/**
	 * Creates the next version of a version's preset with one more calendar period
	 * (holidays, a term, a distance period), in force from {@code change.validFrom()}.
	 * @return the new version's id
	 * @throws InvalidPolicyChange with the message keys of what is wrong
	 */
	@Transactional
	public long addPeriod(long versionId, PeriodChange change) {
		QashyqUser user = CurrentUser.require(Permission.MANAGE_POLICY, ScopePath.republic());
		CurrentUser.requireWriter();
		VersionSummary base = newest(versionId);
		List<String> errors = validateVersion(base, change.validFrom(), change.act(), change.note());
		errors.addAll(validate(change));
		if (!errors.isEmpty()) {
			throw new InvalidPolicyChange(errors);
		}
		long id = copyAsSuccessor(base, change.validFrom(), change.act(), change.note(), user);
		this.jdbc.sql("""
				insert into policy_period (version_id, kind, levels, from_date, to_date, name_kk, name_ru, name_en)
				values (?, ?, ?::text[], ?, ?, ?, ?, ?)""")
			.params(id, change.kind().name(), "{" + String.join(",", new TreeSet<>(change.levels())) + "}",
					change.from(), change.to(), change.nameKk().strip(), change.nameRu().strip(),
					change.nameEn().strip())
			.update();
		this.audit.record(AuditEvent.of("CREATE", "POLICY_VERSION", id, ScopePath.republic(),
				base.presetCode() + " v" + (base.version() + 1) + " from " + change.validFrom() + ": added "
						+ change.kind() + " " + change.from() + ".." + change.to() + " for "
						+ new TreeSet<>(change.levels()) + " (" + change.nameEn().strip() + "); basis: "
						+ change.act().actType() + " " + change.act().number().strip()));
		return id;
	}

	/**
	 * The version, if it is the newest of its preset: only the newest is followed by a
	 * new one.
	 */
	private VersionSummary newest(long versionId) {
		VersionSummary base = version(versionId);
		boolean newest = this.jdbc
			.sql("select not exists (select 1 from policy_version where preset_code = ? and version > ?)")
			.params(base.presetCode(), base.version())
			.query(Boolean.class)
			.single();
		if (!newest) {
			throw new InvalidPolicyChange(List.of("policy.edit.error.notNewest"));
		}
		return base;
	}

	/**
	 * Writes the next version of the base's preset as a copy of the base (rules and
	 * periods) with its act; the base ends the day before.
	 */
	private long copyAsSuccessor(VersionSummary base, LocalDate validFrom, Basis act, String note, QashyqUser user) {
		long basisId = this.jdbc.sql("""
				insert into basis_act (act_type, number, act_date, issuer) values (?, ?, ?, ?) returning id""")
			.params(act.actType(), act.number().strip(), act.date(), act.issuer().strip())
			.query(Long.class)
			.single();
		long id = this.jdbc.sql("""
				insert into policy_version (preset_code, version, valid_from, valid_to, basis_act_id, note, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(base.presetCode(), base.version() + 1, validFrom, base.validTo(), basisId, blankToNull(note),
					user.getUsername())
			.query(Long.class)
			.single();
		this.jdbc.sql("update policy_version set valid_to = ?::date - 1 where id = ?")
			.params(validFrom, base.id())
			.update();
		this.jdbc.sql("""
				insert into policy_rule (version_id, band, max_lesson_minutes, max_live_minutes, earliest_start,
					teaching_days, break_minutes, max_lessons_per_day)
				select ?, band, max_lesson_minutes, max_live_minutes, earliest_start, teaching_days, break_minutes,
					max_lessons_per_day from policy_rule where version_id = ?""").params(id, base.id()).update();
		this.jdbc
			.sql("""
					insert into policy_period (version_id, kind, levels, from_date, to_date, rule_id, name_kk, name_ru, name_en)
					select ?, kind, levels, from_date, to_date, rule_id, name_kk, name_ru, name_en from policy_period
					where version_id = ?""")
			.params(id, base.id())
			.update();
		return id;
	}

	List<String> validateVersion(VersionSummary base, LocalDate validFrom, Basis act, String note) {
		List<String> errors = new ArrayList<>();
		if (validFrom == null || !validFrom.isAfter(base.validFrom())
				|| (base.validTo() != null && validFrom.isAfter(base.validTo()))) {
			errors.add("policy.edit.error.validFrom");
		}
		if (act.actType() == null || !ACTS.contains(act.actType()) || blankToNull(act.number()) == null
				|| blankToNull(act.issuer()) == null || act.date() == null) {
			errors.add("policy.edit.error.basis");
		}
		else if (act.number().length() > 100 || act.issuer().length() > 300) {
			errors.add("policy.edit.error.basisLength");
		}
		if (note != null && note.length() > 500) {
			errors.add("policy.edit.error.note");
		}
		return errors;
	}

	List<String> validate(RuleChange change) {
		List<String> errors = new ArrayList<>();
		if (change.band() == null) {
			errors.add("policy.edit.error.band");
		}
		if (change.maxLessonMinutes() == null || change.maxLessonMinutes() < 5 || change.maxLessonMinutes() > 240) {
			errors.add("policy.edit.error.maxLesson");
		}
		if (change.maxLiveMinutes() != null && (change.maxLiveMinutes() < 5 || change.maxLiveMinutes() > 240)) {
			errors.add("policy.edit.error.maxLive");
		}
		if (change.earliestStart() == null) {
			errors.add("policy.edit.error.start");
		}
		if (change.teachingDays() == null || change.teachingDays().isEmpty()) {
			errors.add("policy.edit.error.days");
		}
		if (change.breakMinutes() == null || change.breakMinutes() < 0 || change.breakMinutes() > 120) {
			errors.add("policy.edit.error.break");
		}
		if (change.maxLessonsPerDay() == null || change.maxLessonsPerDay() < 1 || change.maxLessonsPerDay() > 12) {
			errors.add("policy.edit.error.perDay");
		}
		return errors;
	}

	List<String> validate(PeriodChange change) {
		List<String> errors = new ArrayList<>();
		if (change.kind() == null) {
			errors.add("policy.period.error.kind");
		}
		if (change.levels() == null || change.levels().isEmpty() || !LEVELS.containsAll(change.levels())) {
			errors.add("policy.period.error.levels");
		}
		if (change.from() == null || change.to() == null || change.to().isBefore(change.from())) {
			errors.add("policy.period.error.dates");
		}
		for (String name : new String[] { change.nameKk(), change.nameRu(), change.nameEn() }) {
			if (blankToNull(name) == null || name.length() > 200) {
				errors.add("policy.period.error.names");
				break;
			}
		}
		return errors;
	}

	private static String daysLiteral(Set<DayOfWeek> days) {
		return "{" + String.join(",", new TreeSet<>(days).stream().map((d) -> String.valueOf(d.getValue())).toList())
				+ "}";
	}

	private static String describe(LessonRules r) {
		return (r == null) ? "-"
				: "lesson " + r.maxLessonMinutes() + ", live " + r.maxLiveMinutes() + ", start " + r.earliestStart()
						+ ", days " + daysLiteral(r.teachingDays()) + ", break " + r.breakMinutes() + ", per day "
						+ r.maxLessonsPerDay();
	}

	private static String describe(RuleChange c) {
		return "lesson " + c.maxLessonMinutes() + ", live " + c.maxLiveMinutes() + ", start " + c.earliestStart()
				+ ", days " + daysLiteral(c.teachingDays()) + ", break " + c.breakMinutes() + ", per day "
				+ c.maxLessonsPerDay();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public record Basis(String actType, String number, LocalDate date, String issuer) {
	}

	public record VersionSummary(long id, String presetCode, LocalizedName presetName, int version, LocalDate validFrom,
			LocalDate validTo, String note, Basis basis, String createdBy) {

		public boolean covers(LocalDate date) {
			return !date.isBefore(this.validFrom) && (this.validTo == null || !date.isAfter(this.validTo));
		}

	}

	public record PeriodRow(CalendarPeriod period, List<String> levels, String ruleId) {
	}

	/**
	 * One band's new rules and the act that changes them.
	 */
	public record RuleChange(GradeBand band, LocalDate validFrom, Integer maxLessonMinutes, Integer maxLiveMinutes,
			LocalTime earliestStart, Set<DayOfWeek> teachingDays, Integer breakMinutes, Integer maxLessonsPerDay,
			Basis act, String note) {
	}

	/**
	 * A calendar period to add and the act that adds it.
	 */
	public record PeriodChange(CalendarPeriod.Kind kind, Set<String> levels, LocalDate from, LocalDate to,
			String nameKk, String nameRu, String nameEn, LocalDate validFrom, Basis act, String note) {
	}

	/**
	 * A policy change refused before anything was written.
	 */
	public static class InvalidPolicyChange extends RuntimeException {

		private final List<String> messageKeys;

		InvalidPolicyChange(List<String> messageKeys) {
			super(String.join(", ", messageKeys));
			this.messageKeys = List.copyOf(messageKeys);
		}

		public List<String> messageKeys() {
			return this.messageKeys;
		}

	}

}
