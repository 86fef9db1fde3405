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

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	PolicyVersions(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	public List<VersionSummary> versions() {
		return this.jdbc
			.sql("""
					select v.id, v.preset_code, p.name_kk, p.name_ru, p.name_en, v.version, v.valid_from, v.valid_to, v.note,
						b.act_type, b.number, b.act_date, b.issuer, v.created_by
					from policy_version v join policy_preset p on p.code = v.preset_code
					left join basis_act b on b.id = v.basis_act_id
					order by p.sort_order, v.version""")
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
		VersionSummary base = version(versionId);
		// the newest version of the preset is the one a new version follows
		boolean newest = this.jdbc
			.sql("select not exists (select 1 from policy_version where preset_code = ? and version > ?)")
			.params(base.presetCode(), base.version())
			.query(Boolean.class)
			.single();
		if (!newest) {
			throw new InvalidPolicyChange(List.of("policy.edit.error.notNewest"));
		}
		List<String> errors = validate(base, change);
		LessonRules old = rules(versionId).stream().filter((r) -> r.band() == change.band()).findFirst().orElse(null);
		if (old == null && change.band() != null) {
			errors.add("policy.edit.error.band");
		}
		if (!errors.isEmpty()) {
			throw new InvalidPolicyChange(errors);
		}
		long basisId = this.jdbc.sql("""
				insert into basis_act (act_type, number, act_date, issuer) values (?, ?, ?, ?) returning id""")
			.params(change.actType(), change.actNumber().strip(), change.actDate(), change.actIssuer().strip())
			.query(Long.class)
			.single();
		long id = this.jdbc.sql("""
				insert into policy_version (preset_code, version, valid_from, valid_to, basis_act_id, note, created_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(base.presetCode(), base.version() + 1, change.validFrom(), base.validTo(), basisId,
					blankToNull(change.note()), user.getUsername())
			.query(Long.class)
			.single();
		this.jdbc.sql("update policy_version set valid_to = ?::date - 1 where id = ?")
			.params(change.validFrom(), versionId)
			.update();
		this.jdbc.sql("""
				insert into policy_rule (version_id, band, max_lesson_minutes, max_live_minutes, earliest_start,
					teaching_days, break_minutes, max_lessons_per_day)
				select ?, band, max_lesson_minutes, max_live_minutes, earliest_start, teaching_days, break_minutes,
					max_lessons_per_day from policy_rule where version_id = ?""").params(id, versionId).update();
		this.jdbc
			.sql("""
					insert into policy_period (version_id, kind, levels, from_date, to_date, rule_id, name_kk, name_ru, name_en)
					select ?, kind, levels, from_date, to_date, rule_id, name_kk, name_ru, name_en from policy_period
					where version_id = ?""")
			.params(id, versionId)
			.update();
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
						+ ": " + describe(old) + " -> " + describe(change) + "; basis: " + change.actType() + " "
						+ change.actNumber().strip()));
		return id;
	}

	List<String> validate(VersionSummary base, RuleChange change) {
		List<String> errors = new ArrayList<>();
		if (change.band() == null) {
			errors.add("policy.edit.error.band");
		}
		if (change.validFrom() == null || !change.validFrom().isAfter(base.validFrom())
				|| (base.validTo() != null && change.validFrom().isAfter(base.validTo()))) {
			errors.add("policy.edit.error.validFrom");
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
		if (change.actType() == null
				|| !Set.of("ORDER", "RESOLUTION", "PROTOCOL", "DECISION", "AGREEMENT", "OTHER")
					.contains(change.actType())
				|| blankToNull(change.actNumber()) == null || blankToNull(change.actIssuer()) == null
				|| change.actDate() == null) {
			errors.add("policy.edit.error.basis");
		}
		else if (change.actNumber().length() > 100 || change.actIssuer().length() > 300) {
			errors.add("policy.edit.error.basisLength");
		}
		if (change.note() != null && change.note().length() > 500) {
			errors.add("policy.edit.error.note");
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
			String actType, String actNumber, LocalDate actDate, String actIssuer, String note) {
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
