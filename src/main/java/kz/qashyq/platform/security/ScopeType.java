package kz.qashyq.platform.security;

/**
 * The levels a grant can be scoped to, from the widest to the narrowest.
 */
public enum ScopeType {

	REPUBLIC, REGION, DISTRICT, ORGANIZATION, GROUP, LEARNER

}
