package kz.qashyq.demo.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo's recorded regimes (O-1.15b): the small school of the remote village of Besoba
 * continues in person under sanitary conditions, by a decision of the district akimat and
 * the agreement of the sanitary service, in spring 2020 and in the current distance
 * period. Every other demo organization follows the policy (distance learning in the
 * current period), so nothing is recorded for them. The basis is written in Russian, as
 * the district's official recorded it, with its translations.
 */
final class DemoRegimes {

	private DemoRegimes() {
	}

	static void record(JdbcClient jdbc) {
		jdbc.sql(
				"""
						insert into organization_regime (organization_id, regime, from_date, to_date, basis, basis_kk, basis_ru,
							basis_en, local_decision_number, local_decision_date, sanitary_agreement_number,
							sanitary_agreement_date, sanitary_safety, shift_regime, disinfection, quartz_treatment, ventilation,
							no_crowding, created_by)
						select o.id, 'IN_PERSON', r.from_date::date, r.to_date::date, r.basis_ru, r.basis_kk, r.basis_ru,
							r.basis_en, r.decision, r.decision_date::date, r.agreement, r.agreement_date::date, true, true, true,
							true, true, true, 'demo'
						from organization o cross join (values
							('2020-04-06', '2020-05-25',
								'Бесоба ауылдық округі әкімінің 2020 жылғы 3 сәуірдегі № 14 шешімі',
								'Решение акима Бесобинского сельского округа № 14 от 3 апреля 2020 года',
								'Decision of the Besoba rural district akimat No. 14 of 3 April 2020',
								'14', '2020-04-03', '02-14/112', '2020-04-04'),
							('2026-11-02', null,
								'Бесоба ауылдық округі әкімінің 2026 жылғы 28 қазандағы № 31 шешімі',
								'Решение акима Бесобинского сельского округа № 31 от 28 октября 2026 года',
								'Decision of the Besoba rural district akimat No. 31 of 28 October 2026',
								'31', '2026-10-28', '02-14/487', '2026-10-30')
						) as r (from_date, to_date, basis_kk, basis_ru, basis_en, decision, decision_date, agreement,
							agreement_date)
						where o.bin = ?""")
			.param(DemoPlanner.RURAL_SCHOOL_BIN)
			.update();
	}

}
