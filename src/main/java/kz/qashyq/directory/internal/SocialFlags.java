package kz.qashyq.directory.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kz.qashyq.directory.Directory;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.web.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets and clears a learner's social flags (O-1.16a, O-1.28a). Only roles holding the
 * social-data edit permission in the learner's scope may; a cleared flag stays as history
 * with who cleared it and when.
 */
@Service
public class SocialFlags {

	/** The flags of O-1.16a, which need the supporting document and its date. */
	static final Set<String> DOCUMENTED = Set.of("TARGETED_SOCIAL_ASSISTANCE", "ORPHAN", "NO_PARENTAL_CARE");

	public static final List<String> FLAGS = List.of("TARGETED_SOCIAL_ASSISTANCE", "ORPHAN", "NO_PARENTAL_CARE",
			"LOW_INCOME", "LARGE_FAMILY", "DEVIANT_BEHAVIOUR", "SPECIAL_NEEDS");

	private final JdbcClient jdbc;

	private final Directory directory;

	private final AuditTrail audit;

	SocialFlags(JdbcClient jdbc, Directory directory, AuditTrail audit) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
	}

	/**
	 * Whether the signed-in user may set and clear the learner's flags.
	 */
	public boolean canEdit(long learnerId) {
		return this.directory.learnerPath(learnerId)
			.map((path) -> CurrentUser.get().can(Permission.EDIT_SOCIAL_DATA, path) && !CurrentUser.get().isReadOnly())
			.orElse(false);
	}

	/**
	 * Sets a flag.
	 * @return the message keys of what is wrong with the input; empty when the flag was
	 * set
	 * @throws kz.qashyq.platform.web.NotFoundException without the permission over the
	 * learner (as for a learner that does not exist)
	 */
	@Transactional
	public List<String> set(long learnerId, NewFlag flag) {
		CurrentUser.requireWriter();
		QashyqUser user = CurrentUser.requireLearner(this.directory.learnerPath(learnerId),
				Permission.EDIT_SOCIAL_DATA);
		ScopePath path = pathOf(learnerId);
		List<String> errors = validate(flag);
		if (errors.isEmpty() && this.jdbc
			.sql("select exists (select 1 from social_flag where learner_id = ? and flag = ? and cleared_at is null)")
			.params(learnerId, flag.flag())
			.query(Boolean.class)
			.single()) {
			errors.add("social.error.duplicate");
		}
		if (!errors.isEmpty()) {
			return errors;
		}
		long id = this.jdbc.sql("""
				insert into social_flag (learner_id, flag, valid_from, valid_to, document, document_date, set_by)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(learnerId, flag.flag(), flag.validFrom(), flag.validTo(), blankToNull(flag.document()),
					flag.documentDate(), user.getUsername())
			.query(Long.class)
			.single();
		this.audit.record(
				AuditEvent.of("CREATE", "SOCIAL_FLAG", id, path, "learner " + learnerId + ": " + flag.flag() + " set"));
		return errors;
	}

	/**
	 * Clears an active flag, keeping it as history.
	 * @throws NotFoundException when the learner has no such active flag
	 */
	@Transactional
	public void clear(long learnerId, long flagId) {
		CurrentUser.requireWriter();
		QashyqUser user = CurrentUser.requireLearner(this.directory.learnerPath(learnerId),
				Permission.EDIT_SOCIAL_DATA);
		ScopePath path = pathOf(learnerId);
		int updated = this.jdbc.sql("""
				update social_flag set cleared_by = ?, cleared_at = now()
				where id = ? and learner_id = ? and cleared_at is null""")
			.params(user.getUsername(), flagId, learnerId)
			.update();
		if (updated == 0) {
			throw new NotFoundException("social flag " + flagId);
		}
		this.audit.record(AuditEvent.of("UPDATE", "SOCIAL_FLAG", flagId, path, "learner " + learnerId + ": cleared"));
	}

	private ScopePath pathOf(long learnerId) {
		return this.directory.learnerPath(learnerId).orElseThrow(() -> new NotFoundException("learner " + learnerId));
	}

	static List<String> validate(NewFlag flag) {
		List<String> errors = new ArrayList<>();
		if (flag.flag() == null || !FLAGS.contains(flag.flag())) {
			errors.add("social.error.flag");
			return errors;
		}
		if (DOCUMENTED.contains(flag.flag())
				&& (flag.document() == null || flag.document().isBlank() || flag.documentDate() == null)) {
			errors.add("social.error.document");
		}
		if (flag.document() != null && flag.document().length() > 200) {
			errors.add("social.error.documentLength");
		}
		if (flag.validFrom() != null && flag.validTo() != null && flag.validTo().isBefore(flag.validFrom())) {
			errors.add("social.error.dates");
		}
		if (flag.documentDate() != null && flag.documentDate().isAfter(LocalDate.now().plusDays(1))) {
			errors.add("social.error.documentDate");
		}
		return errors;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/**
	 * A flag to set; dates may be null.
	 */
	public record NewFlag(String flag, String document, LocalDate documentDate, LocalDate validFrom,
			LocalDate validTo) {
	}

}
