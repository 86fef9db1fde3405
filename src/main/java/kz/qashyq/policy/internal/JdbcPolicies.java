package kz.qashyq.policy.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.qashyq.directory.Directory;
import kz.qashyq.directory.OrganizationSetting;
import kz.qashyq.platform.i18n.LocalizedName;
import kz.qashyq.platform.web.NotFoundException;
import kz.qashyq.policy.CalendarPeriod;
import kz.qashyq.policy.GradeBand;
import kz.qashyq.policy.LessonRules;
import kz.qashyq.policy.Policies;
import kz.qashyq.policy.PlannedLesson;
import kz.qashyq.policy.Regime;
import kz.qashyq.policy.RegimePeriod;
import kz.qashyq.policy.RuleViolation;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The policy in force on a date, read from the versioned rule records (O-11b): the
 * version whose dates cover the date, the latest start winning when presets overlap.
 */
@Service
class JdbcPolicies implements Policies {

	/** Kinds that keep the normal regime by a recorded decision (O-1.21). */
	private static final Set<String> KEEP_NORMAL = Set.of("DEVIANT_BEHAVIOUR", "SPECIAL_REGIME");

	private final JdbcClient jdbc;

	private final Directory directory;

	JdbcPolicies(JdbcClient jdbc, Directory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	@Override
	public Optional<LessonRules> lessonRules(long organizationId, GradeBand band, LocalDate date) {
		OrganizationSetting setting = setting(organizationId);
		return rules(band, date).map((rules) -> withDistance(rules, regimeOn(setting, date) == Regime.DISTANCE));
	}

	/**
	 * The rules of a band in the version in force on the date, without the organization's
	 * regime (distance false).
	 */
	Optional<LessonRules> rules(GradeBand band, LocalDate date) {
		return this.jdbc.sql("""
				select v.id, v.preset_code, v.valid_from, r.max_lesson_minutes, r.max_live_minutes, r.earliest_start,
					r.teaching_days, r.break_minutes, r.max_lessons_per_day
				from policy_version v join policy_rule r on r.version_id = v.id and r.band = ?
				where v.valid_from <= ? and (v.valid_to is null or v.valid_to >= ?)
				order by v.valid_from desc, v.id desc limit 1""")
			.params(band.name(), date, date)
			.query((rs, row) -> lessonRules(rs, band))
			.optional();
	}

	static LessonRules lessonRules(ResultSet rs, GradeBand band) throws SQLException {
		Integer maxLive = (Integer) rs.getObject("max_live_minutes");
		return new LessonRules(rs.getLong("id"), rs.getString("preset_code"),
				rs.getObject("valid_from", LocalDate.class), band, rs.getInt("max_lesson_minutes"), maxLive,
				rs.getObject("earliest_start", LocalTime.class), days(rs.getArray("teaching_days")),
				rs.getInt("break_minutes"), rs.getInt("max_lessons_per_day"), false);
	}

	private static LessonRules withDistance(LessonRules r, boolean distance) {
		return new LessonRules(r.versionId(), r.presetCode(), r.validFrom(), r.band(), r.maxLessonMinutes(),
				r.maxLiveMinutes(), r.earliestStart(), r.teachingDays(), r.breakMinutes(), r.maxLessonsPerDay(),
				distance);
	}

	static Set<DayOfWeek> days(Array array) throws SQLException {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (Object day : (Object[]) array.getArray()) {
			days.add(DayOfWeek.of(((Number) day).intValue()));
		}
		return days;
	}

	@Override
	public List<RuleViolation> check(PlannedLesson lesson) {
		OrganizationSetting setting = setting(lesson.organizationId());
		List<RuleViolation> violations = new ArrayList<>();
		Optional<LessonRules> found = rules(lesson.band(), lesson.date());
		if (found.isEmpty()) {
			violations.add(new RuleViolation("O-11b", "policy.violation.noPolicy", List.of(lesson.date())));
			return violations;
		}
		LessonRules rules = found.get();
		boolean college = lesson.band() == GradeBand.TVET || lesson.band() == GradeBand.HIGHER;
		if (lesson.minutes() <= 0) {
			violations.add(new RuleViolation("O-1.10a", "policy.violation.noLength", List.of()));
		}
		else if (lesson.live() && rules.maxLiveMinutes() != null && lesson.minutes() > rules.maxLiveMinutes()) {
			violations.add(new RuleViolation(college ? "A1-24c" : "O-11b", "policy.violation.liveTooLong",
					List.of(lesson.minutes(), rules.maxLiveMinutes())));
		}
		else if (lesson.minutes() > rules.maxLessonMinutes()) {
			violations.add(new RuleViolation(lesson.band().isSchool() ? "O-1.10a" : "O-11b", "policy.violation.tooLong",
					List.of(lesson.minutes(), rules.maxLessonMinutes())));
		}
		if (lesson.start().isBefore(rules.earliestStart())) {
			violations.add(new RuleViolation(lesson.band().isSchool() ? "O-1.10b" : (college ? "O-2.10" : "O-11b"),
					"policy.violation.tooEarly", List.of(lesson.start().toString(), rules.earliestStart().toString(),
							resolvable(lesson.band().messageKey()))));
		}
		if (lesson.minutes() > 0 && lesson.start().plusMinutes(lesson.minutes()).isBefore(lesson.start())) {
			violations.add(new RuleViolation("O-11b", "policy.violation.pastMidnight", List.of()));
		}
		DayOfWeek day = lesson.date().getDayOfWeek();
		if (!rules.teachingDays().contains(day)) {
			violations.add(new RuleViolation("O-1.10c", "policy.violation.weekday",
					List.of(resolvable("policy.weekday." + day.getValue()))));
		}
		for (Holiday holiday : holidays(rules.versionId(), levelOf(setting), lesson.date())) {
			violations.add(new RuleViolation((holiday.ruleId() != null) ? holiday.ruleId() : "O-11b",
					"policy.violation.holiday", List.of(holiday.name(), holiday.from(), holiday.to())));
		}
		return violations;
	}

	private static DefaultMessageSourceResolvable resolvable(String code) {
		return new DefaultMessageSourceResolvable(new String[] { code }, code);
	}

	private List<Holiday> holidays(long versionId, String level, LocalDate date) {
		return this.jdbc.sql("""
				select rule_id, from_date, to_date, name_kk, name_ru, name_en from policy_period
				where version_id = ? and kind = 'HOLIDAY' and ? = any (levels) and ? between from_date and to_date""")
			.params(versionId, level, date)
			.query((rs, row) -> new Holiday(rs.getString("rule_id"), rs.getObject("from_date", LocalDate.class),
					rs.getObject("to_date", LocalDate.class),
					new LocalizedName(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en"))))
			.list();
	}

	@Override
	public List<CalendarPeriod> calendar(long organizationId, LocalDate from, LocalDate to) {
		String level = levelOf(setting(organizationId));
		return this.jdbc.sql("""
				select distinct on (p.kind, p.from_date, p.name_en) p.kind, p.from_date, p.to_date,
					p.name_kk, p.name_ru, p.name_en
				from policy_period p join policy_version v on v.id = p.version_id
				where ? = any (p.levels) and p.from_date <= ? and p.to_date >= ?
					and v.valid_from <= p.to_date and (v.valid_to is null or v.valid_to >= p.from_date)
				order by p.kind, p.from_date, p.name_en, v.valid_from desc, v.id desc""")
			.params(level, to, from)
			.query((rs, row) -> new CalendarPeriod(CalendarPeriod.Kind.valueOf(rs.getString("kind")),
					rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
					new LocalizedName(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en"))))
			.list()
			.stream()
			.sorted((a, b) -> a.from().compareTo(b.from()))
			.toList();
	}

	@Override
	public Regime regimeOn(long organizationId, LocalDate date) {
		return regimeOn(setting(organizationId), date);
	}

	@Override
	public boolean freeAttendanceOn(long organizationId, LocalDate date) {
		OrganizationSetting setting = setting(organizationId);
		return this.jdbc.sql("""
				select free_attendance from organization_regime where organization_id = ? and from_date <= ?
					and (to_date is null or to_date >= ?) order by from_date desc, id desc limit 1""")
			.params(organizationId, date, date)
			.query(Boolean.class)
			.optional()
			.orElseGet(() -> "PRESCHOOL".equals(levelOf(setting)) && defaultRegime(setting, date) == Regime.NORMAL);
	}

	@Override
	public Optional<RegimePeriod> currentOrNextPeriod(long organizationId, LocalDate date) {
		OrganizationSetting setting = setting(organizationId);
		LocalDate horizon = date.plusYears(1);
		List<RegimePeriod> recorded = this.jdbc.sql("""
				select regime, from_date, to_date from organization_regime
				where organization_id = ? and (to_date is null or to_date >= ?) and from_date <= ?
				order by from_date, id""")
			.params(organizationId, date, horizon)
			.query((rs, row) -> new RegimePeriod(Regime.valueOf(rs.getString("regime")),
					rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class), true))
			.list();
		// as regimeOn: of the recorded periods covering the date, the latest start wins
		Optional<RegimePeriod> current = recorded.stream()
			.filter((period) -> !period.from().isAfter(date))
			.reduce((earlier, later) -> later);
		if (current.isPresent()) {
			return current;
		}
		Optional<LocalDate> nextRecorded = recorded.stream().map(RegimePeriod::from).findFirst();
		List<CalendarPeriod> distance = calendar(organizationId, date, horizon).stream()
			.filter((period) -> period.kind() == CalendarPeriod.Kind.DISTANCE)
			.toList();
		Optional<CalendarPeriod> covering = distance.stream().filter((period) -> period.contains(date)).findFirst();
		if (covering.isPresent()) {
			CalendarPeriod period = covering.get();
			LocalDate to = nextRecorded.filter((from) -> !from.isAfter(period.to()))
				.map((from) -> from.minusDays(1))
				.orElse(period.to());
			return Optional.of(new RegimePeriod(defaultRegime(setting, date), period.from(), to, false));
		}
		Optional<RegimePeriod> nextDistance = distance.stream()
			.filter((period) -> period.from().isAfter(date))
			.findFirst()
			.map((period) -> new RegimePeriod(defaultRegime(setting, period.from()), period.from(), period.to(),
					false));
		if (nextDistance.isEmpty()
				|| nextRecorded.filter((from) -> !from.isAfter(nextDistance.get().from())).isPresent()) {
			return recorded.stream().findFirst().or(() -> nextDistance);
		}
		return nextDistance;
	}

	Regime regimeOn(OrganizationSetting setting, LocalDate date) {
		return this.jdbc.sql("""
				select regime from organization_regime where organization_id = ? and from_date <= ?
					and (to_date is null or to_date >= ?) order by from_date desc, id desc limit 1""")
			.params(setting.organizationId(), date, date)
			.query(String.class)
			.optional()
			.map(Regime::valueOf)
			.orElseGet(() -> defaultRegime(setting, date));
	}

	/**
	 * The regime the policy gives an organization's kind when none is recorded: O-1.9b
	 * and O-1.22 (distance within the distance period; private, international and NIS
	 * schools only by a recorded agreement), O-1.23 (organizations for orphans in
	 * quarantine), O-1.21 and O-1.20 (normal until a decision is recorded), O-1.5d
	 * (preschools normal).
	 */
	Regime defaultRegime(OrganizationSetting setting, LocalDate date) {
		String level = levelOf(setting);
		boolean distancePeriod = inDistancePeriod(level, date);
		if (!distancePeriod) {
			return Regime.NORMAL;
		}
		if ("ORPHANAGE".equals(setting.kind())) {
			return Regime.QUARANTINE;
		}
		if (KEEP_NORMAL.contains(setting.kind())) {
			return Regime.NORMAL;
		}
		return switch (level) {
			case "SCHOOL" -> "STATE".equals(setting.ownership()) ? Regime.DISTANCE : Regime.NORMAL;
			case "TVET", "HIGHER" -> Regime.DISTANCE;
			default -> Regime.NORMAL;
		};
	}

	/**
	 * Whether a distance period of the level covers the date.
	 */
	boolean inDistancePeriod(String level, LocalDate date) {
		return this.jdbc.sql("""
				select exists (select 1 from policy_period p join policy_version v on v.id = p.version_id
					where p.kind = 'DISTANCE' and ? = any (p.levels) and ? between p.from_date and p.to_date
						and v.valid_from <= ? and (v.valid_to is null or v.valid_to >= ?))""")
			.params(level, date, date, date)
			.query(Boolean.class)
			.single();
	}

	/**
	 * The level whose calendar an organization follows; evening schools follow TVET's
	 * distance dates (O-1.22).
	 */
	static String levelOf(OrganizationSetting setting) {
		return "EVENING_SCHOOL".equals(setting.kind()) ? "TVET" : setting.level();
	}

	OrganizationSetting setting(long organizationId) {
		return this.directory.setting(organizationId)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
	}

	private record Holiday(String ruleId, LocalDate from, LocalDate to, LocalizedName name) {
	}

}
