package kz.qashyq.policy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.qashyq.directory.Directory;
import kz.qashyq.directory.OrganizationSetting;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.i18n.Languages;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.web.NotFoundException;
import kz.qashyq.policy.Regime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's regime periods (O-1.5c): recorded by the education authorities of its
 * scope with their basis, kept as history, and checked against the order's conditions
 * (O-1.15b, O-1.15c, O-1.23, O-1.5d).
 */
@Service
public class Regimes {

	/**
	 * General-education kinds that may continue in person in a remote rural settlement.
	 */
	private static final List<String> IN_PERSON_KINDS = List.of("SECONDARY_SCHOOL", "GYMNASIUM", "LYCEUM",
			"GIFTED_SCHOOL");

	private final JdbcClient jdbc;

	private final Directory directory;

	private final JdbcPolicies policies;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	Regimes(JdbcClient jdbc, Directory directory, JdbcPolicies policies, AuditTrail audit, java.time.Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.clock = clock;
		this.policies = policies;
		this.audit = audit;
	}

	/**
	 * The regime on a date, whether it was recorded or follows from the policy, and the
	 * recorded history, for a user who may see the organization's timetables.
	 */
	/**
	 * Today in the organization's time zone (a regime is asked for on a local date).
	 * @throws NotFoundException when there is no such organization
	 */
	public LocalDate today(long organizationId) {
		return this.directory.organization(organizationId)
			.map((organization) -> LocalDate.now(this.clock.withZone(organization.timeZone())))
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
	}

	public RegimeView view(long organizationId, LocalDate date) {
		ScopePath path = pathOf(organizationId);
		QashyqUser user = CurrentUser.get();
		if (!user.can(Permission.VIEW_TIMETABLE, path) && !user.can(Permission.MANAGE_REGIME, path)
				&& !user.can(Permission.VIEW_OWN, path)) {
			CurrentUser.require(Permission.VIEW_TIMETABLE, path);
		}
		OrganizationSetting setting = this.policies.setting(organizationId);
		List<Period> history = history(organizationId);
		Period recorded = history.stream().filter((p) -> p.covers(date)).findFirst().orElse(null);
		Regime regime = (recorded != null) ? recorded.regime() : this.policies.defaultRegime(setting, date);
		List<String> review = new ArrayList<>();
		if (recorded != null && recorded.regime() == Regime.IN_PERSON) {
			if (!recorded.allConditions()) {
				review.add("policy.regime.review.conditions");
			}
			if (setting.infectionRegistered()) {
				review.add("policy.regime.review.infection");
			}
		}
		boolean canRecord = user.can(Permission.MANAGE_REGIME, path) && !user.isReadOnly();
		return new RegimeView(organizationId, date, regime, recorded, history, review, setting, canRecord);
	}

	private List<Period> history(long organizationId) {
		return this.jdbc
			.sql("""
					select id, regime, from_date, to_date, coalesce(basis_%s, basis) as basis, local_decision_number,
						local_decision_date,
						sanitary_agreement_number, sanitary_agreement_date, external_contacts_restricted, free_attendance,
						sanitary_safety and shift_regime and disinfection and quartz_treatment and ventilation and no_crowding
							as all_conditions, created_by
					from organization_regime where organization_id = ? order by from_date desc, id desc"""
				.formatted(Languages.current()))
			.param(organizationId)
			.query((rs, row) -> new Period(rs.getLong("id"), Regime.valueOf(rs.getString("regime")),
					rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
					rs.getString("basis"), rs.getString("local_decision_number"),
					rs.getObject("local_decision_date", LocalDate.class), rs.getString("sanitary_agreement_number"),
					rs.getObject("sanitary_agreement_date", LocalDate.class),
					rs.getBoolean("external_contacts_restricted"), rs.getBoolean("free_attendance"),
					rs.getBoolean("all_conditions"), rs.getString("created_by")))
			.list();
	}

	/**
	 * Records a regime period. An open period that started earlier ends the day before
	 * the new one starts; any other overlap is refused.
	 * @return the message keys of what is wrong with the input; empty when recorded
	 */
	@Transactional
	public List<String> record(long organizationId, NewRegime input) {
		ScopePath path = pathOf(organizationId);
		QashyqUser user = CurrentUser.require(Permission.MANAGE_REGIME, path);
		CurrentUser.requireWriter();
		OrganizationSetting setting = this.policies.setting(organizationId);
		List<String> errors = validate(setting, input);
		if (!errors.isEmpty()) {
			return errors;
		}
		// one writer at a time per organization, so that two overlapping periods cannot
		// both pass the check
		this.jdbc.sql("select id from organization where id = ? for update")
			.param(organizationId)
			.query(Long.class)
			.single();
		boolean overlap = this.jdbc.sql("""
				select exists (select 1 from organization_regime where organization_id = ?
					and from_date <= ? and coalesce(to_date, 'infinity'::date) >= ?
					and not (to_date is null and from_date < ?))""")
			.params(organizationId, (input.to() != null) ? input.to() : LocalDate.of(9999, 12, 31), input.from(),
					input.from())
			.query(Boolean.class)
			.single();
		if (overlap) {
			errors.add("policy.regime.error.overlap");
			return errors;
		}
		this.jdbc.sql("""
				update organization_regime set to_date = ?::date - 1
				where organization_id = ? and to_date is null and from_date < ?""")
			.params(input.from(), organizationId, input.from())
			.update();
		boolean restricted = input.externalContactsRestricted()
				|| (input.regime() == Regime.QUARANTINE && "ORPHANAGE".equals(setting.kind()));
		boolean freeAttendance = input.freeAttendance()
				|| (input.regime() == Regime.NORMAL && "PRESCHOOL".equals(setting.level()));
		long id = this.jdbc
			.sql("""
					insert into organization_regime (organization_id, regime, from_date, to_date, basis, local_decision_number,
						local_decision_date, sanitary_agreement_number, sanitary_agreement_date, external_contacts_restricted,
						free_attendance, sanitary_safety, shift_regime, disinfection, quartz_treatment, ventilation, no_crowding,
						created_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(organizationId, input.regime().name(), input.from(), input.to(), input.basis().strip(),
					blankToNull(input.localDecisionNumber()), input.localDecisionDate(),
					blankToNull(input.sanitaryAgreementNumber()), input.sanitaryAgreementDate(), restricted,
					freeAttendance, input.sanitarySafety(), input.shiftRegime(), input.disinfection(),
					input.quartzTreatment(), input.ventilation(), input.noCrowding(), user.getUsername())
			.query(Long.class)
			.single();
		this.audit
			.record(AuditEvent.of("CREATE", "ORGANIZATION_REGIME", id, path, input.regime() + " from " + input.from()
					+ ((input.to() != null) ? " to " + input.to() : "") + "; basis: " + input.basis().strip()));
		return errors;
	}

	List<String> validate(OrganizationSetting setting, NewRegime input) {
		List<String> errors = new ArrayList<>();
		if (input.regime() == null) {
			errors.add("policy.regime.error.regime");
		}
		if (input.from() == null) {
			errors.add("policy.regime.error.from");
		}
		if (input.from() != null && input.to() != null && input.to().isBefore(input.from())) {
			errors.add("policy.regime.error.dates");
		}
		if (input.basis() == null || input.basis().isBlank()) {
			errors.add("policy.regime.error.basis");
		}
		else if (input.basis().length() > 500) {
			errors.add("policy.regime.error.basisLength");
		}
		if (input.regime() == Regime.IN_PERSON) {
			if (!IN_PERSON_KINDS.contains(setting.kind())) {
				errors.add("policy.regime.error.inPersonKind");
			}
			if (!setting.ruralRemote()) {
				errors.add("policy.regime.error.inPersonSettlement");
			}
			if (setting.infectionRegistered()) {
				errors.add("policy.regime.error.inPersonInfection");
			}
			if (blankToNull(input.localDecisionNumber()) == null || input.localDecisionDate() == null) {
				errors.add("policy.regime.error.localDecision");
			}
			if (blankToNull(input.sanitaryAgreementNumber()) == null || input.sanitaryAgreementDate() == null) {
				errors.add("policy.regime.error.sanitaryAgreement");
			}
			if (input.from() != null && !this.policies.inDistancePeriod("SCHOOL", input.from())) {
				errors.add("policy.regime.error.inPersonOutsideDistance");
			}
		}
		return errors;
	}

	private ScopePath pathOf(long organizationId) {
		return this.directory.organizationPath(organizationId)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/**
	 * A regime period to record; {@code to} may be null (open-ended).
	 */
	public record NewRegime(Regime regime, LocalDate from, LocalDate to, String basis, String localDecisionNumber,
			LocalDate localDecisionDate, String sanitaryAgreementNumber, LocalDate sanitaryAgreementDate,
			boolean externalContactsRestricted, boolean freeAttendance, boolean sanitarySafety, boolean shiftRegime,
			boolean disinfection, boolean quartzTreatment, boolean ventilation, boolean noCrowding) {
	}

	/**
	 * A recorded regime period.
	 */
	public record Period(long id, Regime regime, LocalDate from, LocalDate to, String basis, String localDecisionNumber,
			LocalDate localDecisionDate, String sanitaryAgreementNumber, LocalDate sanitaryAgreementDate,
			boolean externalContactsRestricted, boolean freeAttendance, boolean allConditions, String createdBy) {

		boolean covers(LocalDate date) {
			return !date.isBefore(this.from) && (this.to == null || !date.isAfter(this.to));
		}

	}

	/**
	 * The regime of an organization on a date.
	 *
	 * @param recorded the recorded period covering the date, or null when the regime
	 * follows from the policy
	 * @param review O-1.15c: why an in-person school must be reviewed, message keys
	 */
	public record RegimeView(long organizationId, LocalDate date, Regime regime, Period recorded, List<Period> history,
			List<String> review, OrganizationSetting setting, boolean canRecord) {
	}

}
