package kz.qashyq.journal.internal;

import kz.qashyq.directory.Directory;
import kz.qashyq.journal.internal.JournalRepository.GroupRow;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.web.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and keep a journal. Reading needs VIEW_JOURNAL over the class (or VIEW_OWN
 * over the learner for their own journal), and a teacher reads only the subjects they
 * teach there (ADR 0004); keeping a subject's journal needs KEEP_JOURNAL over the class
 * and, for a teacher, teaching that subject there: the curator, deputy head and head keep
 * every subject of their scope.
 */
@Component
public class JournalAccess {

	private final Directory directory;

	private final JournalRepository repository;

	JournalAccess(Directory directory, JournalRepository repository) {
		this.directory = directory;
		this.repository = repository;
	}

	ScopePath groupPath(long groupId) {
		return this.directory.groupPath(groupId).orElseThrow(() -> new NotFoundException("group"));
	}

	ScopePath learnerPath(long learnerId) {
		return this.directory.learnerPath(learnerId).orElseThrow(() -> new NotFoundException("learner"));
	}

	GroupRow viewGroup(long groupId) {
		CurrentUser.require(Permission.VIEW_JOURNAL, groupPath(groupId));
		return this.repository.group(groupId).orElseThrow(() -> new NotFoundException("group"));
	}

	/**
	 * Whether the user reads the subject's journal of the class (ADR 0004): in any role
	 * but teacher (the class teacher or curator, the head, deputies) every subject of
	 * their scope; as a teacher only the subjects they teach there.
	 */
	boolean seesSubject(QashyqUser user, long groupId, String subject) {
		java.util.Set<String> seen = subjectsSeen(user, groupId);
		return seen == null || (subject != null && seen.contains(subject));
	}

	/**
	 * The subjects of the class the user reads, in one query; null when they read every
	 * subject.
	 */
	java.util.Set<String> subjectsSeen(QashyqUser user, long groupId) {
		ScopePath path = groupPath(groupId);
		for (Grant grant : user.grants()) {
			if (grant.role() != Role.TEACHER && grant.allows(Permission.VIEW_JOURNAL, path)) {
				return null;
			}
		}
		if (user.personId() == null || !user.can(Permission.VIEW_JOURNAL, path)) {
			return java.util.Set.of();
		}
		return this.repository.subjectsTaught(groupId, user.personId());
	}

	/**
	 * Refuses another subject of a class the user teaches as if it did not exist (404).
	 */
	void requireSeesSubject(long groupId, String subject) {
		if (!seesSubject(CurrentUser.get(), groupId, subject)) {
			throw new NotFoundException("subject");
		}
	}

	/** Refuses unless the user may change the class's journal at all (any subject). */
	GroupRow keepGroup(long groupId) {
		CurrentUser.require(Permission.KEEP_JOURNAL, groupPath(groupId));
		CurrentUser.requireWriter();
		return this.repository.group(groupId).orElseThrow(() -> new NotFoundException("group"));
	}

	/** Refuses unless the user may keep this subject's journal of the class. */
	void requireSubject(long groupId, String subject) {
		if (!maySubject(CurrentUser.get(), groupId, subject)) {
			throw new AccessDeniedException("Not a teacher of " + subject + " in class " + groupId);
		}
	}

	boolean mayKeep(long groupId, String subject) {
		QashyqUser user = CurrentUser.get();
		return !user.isReadOnly() && user.can(Permission.KEEP_JOURNAL, groupPath(groupId))
				&& maySubject(user, groupId, subject);
	}

	private boolean maySubject(QashyqUser user, long groupId, String subject) {
		ScopePath path = groupPath(groupId);
		for (Grant grant : user.grants()) {
			if (grant.role() != Role.TEACHER && grant.allows(Permission.KEEP_JOURNAL, path)) {
				return true;
			}
		}
		return subject != null && user.personId() != null && this.repository.teaches(groupId, user.personId(), subject);
	}

	/**
	 * A learner's own journal: the learner, their parents, or staff who see the class's;
	 * anyone else is answered as if the learner did not exist.
	 */
	/**
	 * Refuses (404, as for a learner that does not exist) unless the user holds one of
	 * the permissions over the learner.
	 */
	QashyqUser requireLearner(long learnerId, Permission... anyOf) {
		return CurrentUser.requireLearner(this.directory.learnerPath(learnerId), anyOf);
	}

	ScopePath viewLearner(long learnerId) {
		java.util.Optional<ScopePath> path = this.directory.learnerPath(learnerId);
		CurrentUser.requireLearner(path, Permission.VIEW_OWN, Permission.VIEW_JOURNAL);
		return path.get();
	}

}
