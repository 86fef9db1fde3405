package kz.qashyq.content.internal;

import kz.qashyq.content.ContentSetup;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk set-up of an organization's content.
 */
@Service
class JdbcContentSetup implements ContentSetup {

	private final ComplexService complexes;

	private final PlanRepository plans;

	JdbcContentSetup(ComplexService complexes, PlanRepository plans) {
		this.complexes = complexes;
		this.plans = plans;
	}

	@Override
	@Transactional
	public int createDisciplinesFromSubjects(long organizationId, String actor) {
		return this.complexes.createFromSubjects(organizationId, actor);
	}

	@Override
	@Transactional
	public int publishAllPlans(long organizationId, String actor) {
		return this.plans.publishAll(organizationId, actor);
	}

}
