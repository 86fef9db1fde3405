package kz.qashyq.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.qashyq.directory.Directory;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.ScopePath;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's postal address and the Kazpost branch their post goes through (A1-8.3a):
 * chosen from the branches of the learner's district, changed by staff who manage the
 * roster.
 */
@Service
public class PostalAddresses {

	static final int MAX_ADDRESS = 300;

	private final JdbcClient jdbc;

	private final Directory directory;

	private final AuditTrail audit;

	PostalAddresses(JdbcClient jdbc, Directory directory, AuditTrail audit) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
	}

	/**
	 * Whether the signed-in user may change the learner's address and branch.
	 */
	public boolean canEdit(long learnerId) {
		return this.directory.learnerPath(learnerId)
			.map((path) -> CurrentUser.get().can(Permission.MANAGE_ROSTER, path) && !CurrentUser.get().isReadOnly())
			.orElse(false);
	}

	/**
	 * The branches of the learner's district, nearest first by settlement (the learner's
	 * organization's own settlement first).
	 */
	@Transactional(readOnly = true)
	public List<Branch> branchesNear(long learnerId) {
		return this.jdbc.sql("""
				select b.id, b.postcode, b.address
				from learner l join organization o on o.id = l.organization_id
				join settlement s on s.id = o.settlement_id
				join settlement bs on bs.district_id = s.district_id
				join kazpost_branch b on b.settlement_id = bs.id
				where l.person_id = ? order by (bs.id = s.id) desc, b.postcode""")
			.param(learnerId)
			.query((rs, row) -> new Branch(rs.getLong("id"), rs.getString("postcode"), rs.getString("address")))
			.list();
	}

	/**
	 * Changes the address and the branch.
	 * @return message keys of what is wrong; empty when saved
	 * @throws kz.qashyq.platform.web.NotFoundException without roster rights over the
	 * learner (as for a learner that does not exist)
	 */
	@Transactional
	public List<String> update(long learnerId, String address, Long branchId) {
		Optional<ScopePath> learner = this.directory.learnerPath(learnerId);
		CurrentUser.requireWriter();
		CurrentUser.requireLearner(learner, Permission.MANAGE_ROSTER);
		ScopePath path = learner.get();
		List<String> errors = new ArrayList<>();
		String trimmed = (address != null) ? address.trim() : "";
		if (trimmed.isEmpty()) {
			errors.add("postal.error.address");
		}
		else if (trimmed.length() > MAX_ADDRESS || trimmed.chars().anyMatch(Character::isISOControl)) {
			errors.add("postal.error.addressLength");
		}
		if (branchId != null && branchesNear(learnerId).stream().noneMatch((branch) -> branch.id() == branchId)) {
			errors.add("postal.error.branch");
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		String before = this.jdbc.sql("""
				select coalesce(p.postal_address, '') || ' / ' || coalesce(b.postcode, '')
				from person p left join kazpost_branch b on b.id = p.kazpost_branch_id where p.id = ?""")
			.param(learnerId)
			.query(String.class)
			.single();
		this.jdbc.sql("update person set postal_address = ?, kazpost_branch_id = ?, updated_at = now() where id = ?")
			.params(trimmed, branchId, learnerId)
			.update();
		this.audit.record(AuditEvent.of("UPDATE", "LEARNER", learnerId, path,
				"postal address and Kazpost branch, before: " + before));
		return errors;
	}

	/**
	 * A Kazpost branch.
	 */
	public record Branch(long id, String postcode, String address) {
	}

}
