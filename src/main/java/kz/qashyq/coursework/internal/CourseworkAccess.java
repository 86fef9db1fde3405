package kz.qashyq.coursework.internal;

import java.util.List;

import kz.qashyq.coursework.internal.CourseworkRepository.GroupFacts;
import kz.qashyq.coursework.internal.Views.AssignmentView;
import kz.qashyq.directory.Directory;
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
 * The access rules of coursework, on top of role and scope: a teacher issues, grades and
 * reads work in the subjects they teach in a class; the class teacher or curator reads
 * every subject of the class; a deputy head or head works in any class of their
 * organization; learners see their own released assignments, parents their children's
 * (ADR 0004).
 */
@Component
class CourseworkAccess {

	private final Directory directory;

	private final CourseworkRepository repository;

	CourseworkAccess(Directory directory, CourseworkRepository repository) {
		this.directory = directory;
		this.repository = repository;
	}

	ScopePath groupPath(long groupId) {
		return this.directory.groupPath(groupId).orElseThrow(() -> new NotFoundException("group " + groupId));
	}

	ScopePath learnerPath(long learnerId) {
		return this.directory.learnerPath(learnerId).orElseThrow(() -> new NotFoundException("learner " + learnerId));
	}

	/**
	 * Refuses (404, as for a learner that does not exist) unless the user holds one of
	 * the permissions over the learner.
	 */
	QashyqUser requireLearner(long learnerId, Permission... anyOf) {
		return CurrentUser.requireLearner(this.directory.learnerPath(learnerId), anyOf);
	}

	GroupFacts group(long groupId) {
		return this.repository.group(groupId).orElseThrow(() -> new NotFoundException("group " + groupId));
	}

	AssignmentView assignment(long assignmentId) {
		return this.repository.assignment(assignmentId)
			.orElseThrow(() -> new NotFoundException("assignment " + assignmentId));
	}

	/**
	 * Whether the user leads the organization of the path (a head or deputy head).
	 */
	static boolean leads(QashyqUser user, ScopePath path) {
		return user.grants()
			.stream()
			.anyMatch((grant) -> (grant.role() == Role.ORGANIZATION_HEAD || grant.role() == Role.DEPUTY_HEAD)
					&& grant.allows(Permission.MANAGE_COURSEWORK, path));
	}

	/**
	 * Refuses unless the user may manage coursework over the class at all.
	 */
	QashyqUser requireManager(long groupId) {
		QashyqUser user = CurrentUser.require(Permission.MANAGE_COURSEWORK, groupPath(groupId));
		CurrentUser.requireWriter();
		return user;
	}

	/**
	 * Whether the user may issue and grade work in the subject in the class: they teach
	 * it there, or lead the organization.
	 */
	boolean mayTeach(QashyqUser user, long groupId, String subject) {
		ScopePath path = groupPath(groupId);
		if (leads(user, path)) {
			return true;
		}
		return user.personId() != null && user.can(Permission.MANAGE_COURSEWORK, path)
				&& this.directory.teaches(user.personId(), groupId, subject);
	}

	/**
	 * Whether the user reads the coursework of the subject in the class (ADR 0004): in
	 * any role but teacher (the class teacher or curator, the head, deputies, the social
	 * pedagogue) every subject of their scope; as a teacher only the subjects they teach
	 * there.
	 */
	boolean seesSubject(QashyqUser user, long groupId, String subject) {
		ScopePath path = groupPath(groupId);
		for (Grant grant : user.grants()) {
			if (grant.role() != Role.TEACHER && grant.allows(Permission.VIEW_COURSEWORK, path)) {
				return true;
			}
		}
		return user.personId() != null && user.can(Permission.VIEW_COURSEWORK, path)
				&& this.directory.teaches(user.personId(), groupId, subject);
	}

	/**
	 * Whether staff see the assignment, its submissions and grades: the subject in the
	 * class, or an assignment they created.
	 */
	boolean seesAssignment(QashyqUser user, AssignmentView assignment) {
		return seesSubject(user, assignment.groupId(), assignment.subject())
				|| user.getUsername().equals(assignment.createdBy());
	}

	/**
	 * Refuses unless staff see the assignment: 403 without the class's coursework at all,
	 * 404 (as if it did not exist) for another subject of a class they teach.
	 */
	QashyqUser requireSeesAssignment(AssignmentView assignment) {
		QashyqUser user = CurrentUser.require(Permission.VIEW_COURSEWORK, groupPath(assignment.groupId()));
		if (!seesAssignment(user, assignment)) {
			throw new NotFoundException("assignment " + assignment.id());
		}
		return user;
	}

	/**
	 * Refuses unless the user may grade and record work of the assignment.
	 */
	QashyqUser requireTeacherOf(AssignmentView assignment) {
		QashyqUser user = requireManager(assignment.groupId());
		if (!mayTeach(user, assignment.groupId(), assignment.subject())
				&& !user.getUsername().equals(assignment.createdBy())) {
			throw new AccessDeniedException("Does not teach " + assignment.subject());
		}
		return user;
	}

	/**
	 * The subjects the user may issue work in, in a class.
	 */
	List<String> subjects(QashyqUser user, long groupId) {
		ScopePath path = groupPath(groupId);
		if (leads(user, path)) {
			return this.repository.subjectsOf(groupId, null);
		}
		if (user.personId() == null) {
			return List.of();
		}
		return this.repository.subjectsOf(groupId, user.personId());
	}

	/**
	 * The learners whose work the signed-in user sees as their own: their own learner
	 * record (students) and their children (parents).
	 */
	List<Long> ownLearners(QashyqUser user) {
		if (user.personId() == null || !(user.hasRole(Role.STUDENT) || user.hasRole(Role.PARENT))) {
			return List.of();
		}
		var relations = this.directory.relationsOf(user.personId());
		List<Long> learners = new java.util.ArrayList<>();
		if (user.hasRole(Role.STUDENT) && relations.learnerId() != null) {
			learners.add(relations.learnerId());
		}
		if (user.hasRole(Role.PARENT)) {
			learners.addAll(relations.children());
		}
		return learners.stream()
			.distinct()
			.filter((learner) -> this.directory.learnerPath(learner)
				.map((path) -> user.can(Permission.VIEW_OWN, path))
				.orElse(false))
			.toList();
	}

	/**
	 * The user's own learner record, if they are a student.
	 */
	Long selfLearner(QashyqUser user) {
		if (user.personId() == null || !user.hasRole(Role.STUDENT)) {
			return null;
		}
		Long learner = this.directory.relationsOf(user.personId()).learnerId();
		if (learner == null) {
			return null;
		}
		return this.directory.learnerPath(learner)
			.filter((path) -> user.can(Permission.VIEW_OWN, path))
			.map((path) -> learner)
			.orElse(null);
	}

}
