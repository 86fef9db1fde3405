package kz.qashyq.access.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.platform.security.ScopeType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches the audit log (A1-24a, O-2.9b) within the scopes in which the signed-in user
 * may read it: an organization's head and deputies see the entries filed under their
 * organization, a division its district, a department its region, the Ministry all.
 * Newest first, {@value #PAGE_SIZE} a page, paged by id.
 */
@Service
@Transactional(readOnly = true)
public class AuditSearch {

	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final ZoneId zone;

	AuditSearch(JdbcClient jdbc, @Value("${qashyq.audit.time-zone:Asia/Almaty}") ZoneId zone) {
		this.jdbc = jdbc;
		this.zone = zone;
	}

	/**
	 * The time zone dates of the filter and times of the entries are shown in.
	 */
	public ZoneId zone() {
		return this.zone;
	}

	/**
	 * One page of entries.
	 * @throws AccessDeniedException when the user may read the audit log nowhere
	 */
	public AuditPage search(AuditFilter filter) {
		QashyqUser user = CurrentUser.get();
		List<ScopeRef> scopes = user.scopesWith(Permission.VIEW_AUDIT);
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> where = new ArrayList<>();
		if (!scopes.contains(ScopeRef.REPUBLIC)) {
			List<String> units = new ArrayList<>();
			addUnits(units, params, scopes, ScopeType.ORGANIZATION, "organization_id", "orgs");
			addUnits(units, params, scopes, ScopeType.DISTRICT, "district_id", "districts");
			addUnits(units, params, scopes, ScopeType.REGION, "region_id", "regions");
			if (units.isEmpty()) {
				throw new AccessDeniedException("No scope to read the audit log in");
			}
			where.add("(" + String.join(" or ", units) + ")");
		}
		if (hasText(filter.user())) {
			where.add("username ilike :user");
			params.put("user", "%" + escapeLike(filter.user().strip()) + "%");
		}
		if (hasText(filter.action())) {
			where.add("action = :action");
			params.put("action", filter.action().strip().toUpperCase(Locale.ROOT));
		}
		if (hasText(filter.objectType())) {
			where.add("object_type = :objectType");
			params.put("objectType", filter.objectType().strip().toUpperCase(Locale.ROOT));
		}
		if (filter.from() != null) {
			where.add("at >= :from");
			params.put("from", startOf(filter.from()));
		}
		if (filter.to() != null) {
			where.add("at < :to");
			params.put("to", startOf(filter.to().plusDays(1)));
		}
		if (filter.accountId() != null) {
			where.add("account_id = :account");
			params.put("account", filter.accountId());
		}
		if (filter.before() != null) {
			where.add("id < :before");
			params.put("before", filter.before());
		}
		params.put("limit", PAGE_SIZE + 1);
		String sql = """
				select id, at, account_id, username, action, object_type, object_id, organization_id, district_id,
					region_id, details
				from audit_log""" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
				+ " order by id desc limit :limit";
		List<AuditEntry> rows = this.jdbc.sql(sql).params(params).query(AuditEntry.class).list();
		boolean more = rows.size() > PAGE_SIZE;
		List<AuditEntry> entries = more ? rows.subList(0, PAGE_SIZE) : rows;
		return new AuditPage(entries, more ? entries.get(entries.size() - 1).id() : null);
	}

	private static void addUnits(List<String> units, Map<String, Object> params, List<ScopeRef> scopes, ScopeType type,
			String column, String name) {
		List<Long> ids = scopes.stream().filter((scope) -> scope.type() == type).map(ScopeRef::id).toList();
		if (!ids.isEmpty()) {
			units.add(column + " in (:" + name + ")");
			params.put(name, ids);
		}
	}

	private OffsetDateTime startOf(LocalDate date) {
		return date.atStartOfDay(this.zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

	private static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * What to search for; every field may be null.
	 *
	 * @param user a part of the user name
	 * @param action the action, for example LOGIN
	 * @param objectType the kind of object, for example LEARNER
	 * @param from the first day (in {@link #zone()})
	 * @param to the last day
	 * @param accountId only this account's entries ("what this observer viewed")
	 * @param before only entries older than this id (the next page)
	 */
	public record AuditFilter(String user, String action, String objectType, LocalDate from, LocalDate to,
			Long accountId, Long before) {
	}

	/**
	 * One entry of the log.
	 */
	public record AuditEntry(long id, OffsetDateTime at, Long accountId, String username, String action,
			String objectType, String objectId, Long organizationId, Long districtId, Long regionId, String details) {
	}

	/**
	 * A page of entries, and the id to page on from (null on the last page).
	 */
	public record AuditPage(List<AuditEntry> entries, Long nextBefore) {
	}

}
