package kz.qashyq.demo.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's recorded regimes (O-1.15b): the small school of the remote village of Besoba
 * continues in person under sanitary conditions, by a decision of the district akimat and
 * the agreement of the sanitary service, in spring 2020 and in the current distance
 * period. Every other demo organization follows the policy (distance learning in the
 * current period), so nothing is recorded for them.
 */
final class DemoRegimes {

	private DemoRegimes() {
	}

	static void record(JdbcClient jdbc) {
		jdbc.sql(
				"""
						insert into organization_regime (organization_id, regime, from_date, to_date, basis, local_decision_number,
							local_decision_date, sanitary_agreement_number, sanitary_agreement_date, sanitary_safety, shift_regime,
							disinfection, quartz_treatment, ventilation, no_crowding, created_by)
						select o.id, 'IN_PERSON', r.from_date::date, r.to_date::date, r.basis, r.decision, r.decision_date::date,
							r.agreement, r.agreement_date::date, true, true, true, true, true, true, 'demo'
						from organization o cross join (values
							('2020-04-06', '2020-05-25', 'Decision of the Besoba rural district akimat No. 14 of 3 April 2020',
								'14', '2020-04-03', 'KKBTU-112', '2020-04-04'),
							('2026-11-02', null, 'Decision of the Besoba rural district akimat No. 31 of 28 October 2026',
								'31', '2026-10-28', 'KKBTU-487', '2026-10-30')
						) as r (from_date, to_date, basis, decision, decision_date, agreement, agreement_date)
						where o.bin = ?""")
			.param(DemoPlanner.RURAL_SCHOOL_BIN)
			.update();
	}

}
