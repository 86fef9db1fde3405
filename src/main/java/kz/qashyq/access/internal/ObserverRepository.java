package kz.qashyq.access.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Observer logins (O-2.9a, O-2.9b) and observer-access requests (O-5.4).
 */
@Repository
public class ObserverRepository {

	private final JdbcClient jdbc;

	ObserverRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	// ---- observer logins

	long createLogin(long accountId, long organizationId, String issuedToName, String body, String act,
			LocalDate issuedOn, LocalDate expiresOn, String issuedBy) {
		return this.jdbc.sql("""
				insert into observer_login (account_id, organization_id, issued_to_name, issued_to_body, issuing_act,
					issued_on, expires_on, issued_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(accountId, organizationId, issuedToName, body, act, issuedOn, expiresOn, issuedBy)
			.query(Long.class)
			.single();
	}

	/**
	 * The next free number of a generated observer login of the organization.
	 */
	int nextLoginNumber(long organizationId) {
		return this.jdbc.sql("select count(*) + 1 from observer_login where organization_id = ?")
			.param(organizationId)
			.query(Integer.class)
			.single();
	}

	List<ObserverLogin> logins(long organizationId) {
		return this.jdbc.sql(LOGIN_SELECT + " where o.organization_id = ? order by o.id desc")
			.param(organizationId)
			.query(ObserverLogin.class)
			.list();
	}

	Optional<ObserverLogin> login(long id) {
		return this.jdbc.sql(LOGIN_SELECT + " where o.id = ?").param(id).query(ObserverLogin.class).optional();
	}

	void revokeLogin(long id, String revokedBy) {
		this.jdbc
			.sql("update observer_login set revoked_at = now(), revoked_by = ? where id = ? and revoked_at is null")
			.params(revokedBy, id)
			.update();
	}

	private static final String LOGIN_SELECT = """
			select o.id, o.account_id, a.username, o.organization_id, o.issued_to_name, o.issued_to_body as body,
				o.issuing_act as act, o.issued_on, o.expires_on, o.issued_by, o.revoked_at, o.revoked_by
			from observer_login o join account a on a.id = o.account_id""";

	// ---- observer-access requests

	long createRequest(long organizationId, long districtId, long regionId, String body, String observerName,
			String reason, long requestedByAccountId, String requestedBy) {
		return this.jdbc.sql("""
				insert into observer_request (organization_id, district_id, region_id, requesting_body, observer_name,
					reason, requested_by_account_id, requested_by)
				values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(organizationId, districtId, regionId, body, observerName, reason, requestedByAccountId, requestedBy)
			.query(Long.class)
			.single();
	}

	Optional<ObserverRequest> request(long id) {
		return this.jdbc.sql(REQUEST_SELECT + " where id = ?").param(id).query(ObserverRequest.class).optional();
	}

	/**
	 * Locks an open request for a decision; empty when it is not open any more.
	 */
	Optional<ObserverRequest> lockOpenRequest(long id) {
		return this.jdbc.sql(REQUEST_SELECT + " where id = ? and status = 'REQUESTED' for update")
			.param(id)
			.query(ObserverRequest.class)
			.optional();
	}

	/**
	 * An organization's open requests, oldest first, and its latest decided ones.
	 */
	List<ObserverRequest> requestsOf(long organizationId, int decidedLimit) {
		return this.jdbc
			.sql("(" + REQUEST_SELECT
					+ " where organization_id = :org and status = 'REQUESTED' order by requested_at) union all ("
					+ REQUEST_SELECT
					+ " where organization_id = :org and status <> 'REQUESTED' order by decided_at desc limit :limit)")
			.param("org", organizationId)
			.param("limit", decidedLimit)
			.query(ObserverRequest.class)
			.list();
	}

	/**
	 * The latest requests within the given units (null lists for the whole Republic).
	 */
	List<ObserverRequest> requestsWithin(boolean republic, List<Long> regionIds, List<Long> districtIds,
			List<Long> organizationIds, int limit) {
		String where = republic ? "true"
				: "(region_id in (:regions) or district_id in (:districts) or organization_id in (:orgs))";
		return this.jdbc
			.sql(REQUEST_SELECT + " where " + where
					+ " order by (status = 'REQUESTED') desc, requested_at desc limit :limit")
			.param("regions", orNone(regionIds))
			.param("districts", orNone(districtIds))
			.param("orgs", orNone(organizationIds))
			.param("limit", limit)
			.query(ObserverRequest.class)
			.list();
	}

	void issueRequest(long id, long observerLoginId, String decidedBy) {
		this.jdbc.sql("""
				update observer_request set status = 'ISSUED', decided_at = now(), decided_by = ?, observer_login_id = ?
				where id = ? and status = 'REQUESTED'""").params(decidedBy, observerLoginId, id).update();
	}

	void refuseRequest(long id, String reason, String decidedBy) {
		this.jdbc.sql("""
				update observer_request set status = 'REFUSED', decided_at = now(), decided_by = ?, refusal_reason = ?
				where id = ? and status = 'REQUESTED'""").params(decidedBy, reason, id).update();
	}

	private static List<Long> orNone(List<Long> ids) {
		return ids.isEmpty() ? List.of(-1L) : ids;
	}

	private static final String REQUEST_SELECT = """
			select id, organization_id, requesting_body as body, observer_name, reason, requested_by, requested_at,
				status, decided_at, decided_by, refusal_reason, observer_login_id
			from observer_request""";

	/**
	 * An observer login with its account's username.
	 */
	public record ObserverLogin(long id, long accountId, String username, long organizationId, String issuedToName,
			String body, String act, LocalDate issuedOn, LocalDate expiresOn, String issuedBy, OffsetDateTime revokedAt,
			String revokedBy) {

	}

	/**
	 * An observer-access request.
	 */
	public record ObserverRequest(long id, long organizationId, String body, String observerName, String reason,
			String requestedBy, OffsetDateTime requestedAt, String status, OffsetDateTime decidedAt, String decidedBy,
			String refusalReason, Long observerLoginId) {

	}

}
