package kz.qashyq.guidance.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import kz.qashyq.directory.Directory;
import kz.qashyq.directory.GroupMembers;
import kz.qashyq.directory.GroupMembers.PersonName;
import kz.qashyq.directory.OrganizationInfo;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.web.NotFoundException;
import kz.qashyq.policy.Policies;
import kz.qashyq.policy.RegimePeriod;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A1-11: who of an organization's learners, parents and teachers has not completed the
 * guide of their role, per class or group, with the first class date of the regime, for
 * the head, the deputy head and the DET-responsible of the organization.
 * <p>
 * Completed means: a learner the learner's guide, a parent the parent's guide, a teacher
 * of the class the teacher's guide, a class teacher or curator who does not teach in it
 * the class teacher's guide (the educator's in a kindergarten). Someone without an
 * account has not completed. Learners of kindergarten groups are not counted: their
 * parents are.
 */
@Service
public class GuideProgressReport {

	private final Directory directory;

	private final Policies policies;

	private final GuideProgressRepository progress;

	private final Clock clock;

	GuideProgressReport(Directory directory, Policies policies, GuideProgressRepository progress, Clock clock) {
		this.directory = directory;
		this.policies = policies;
		this.progress = progress;
		this.clock = clock;
	}

	/**
	 * The organization's list.
	 * @param organizationId the organization
	 * @param groupId a class or group of it whose people to name, or null for the counts
	 * only
	 * @throws NotFoundException when there is no such organization, or the group is not
	 * one of its
	 * @throws org.springframework.security.access.AccessDeniedException when the
	 * signed-in user may not see the organization's guide progress
	 */
	@Transactional(readOnly = true)
	public OrganizationProgress of(long organizationId, Long groupId) {
		ScopePath path = this.directory.organizationPath(organizationId)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
		CurrentUser.require(Permission.VIEW_GUIDE_PROGRESS, path);
		OrganizationInfo organization = this.directory.organization(organizationId)
			.orElseThrow(() -> new NotFoundException("organization " + organizationId));
		LocalDate today = LocalDate.now(this.clock.withZone(organization.timeZone()));
		RegimePeriod period = this.policies.currentOrNextPeriod(organizationId, today).orElse(null);
		List<GroupMembers> members = this.directory.membersByGroup(organizationId);
		if (groupId != null && members.stream().noneMatch((group) -> group.groupId() == groupId)) {
			throw new NotFoundException("group " + groupId + " of organization " + organizationId);
		}
		Set<Long> everyone = new LinkedHashSet<>();
		for (GroupMembers group : members) {
			Stream.of(group.learners(), group.parents(), group.teachers())
				.flatMap(Collection::stream)
				.forEach((person) -> everyone.add(person.personId()));
			if (group.supervisor() != null) {
				everyone.add(group.supervisor().personId());
			}
		}
		Map<Long, Set<Guide>> completed = this.progress.completedBy(everyone);
		List<GroupProgress> groups = new ArrayList<>();
		Map<Long, Boolean> learners = new LinkedHashMap<>();
		Map<Long, Boolean> parents = new LinkedHashMap<>();
		Map<Long, Boolean> teachers = new LinkedHashMap<>();
		GroupProgress named = null;
		for (GroupMembers group : members) {
			boolean preschool = "PRESCHOOL_GROUP".equals(group.kind());
			List<Person> groupLearners = preschool ? List.of()
					: people(group.learners(), Guide.LEARNER, completed, learners);
			List<Person> groupParents = people(group.parents(), Guide.PARENT, completed, parents);
			List<Person> groupTeachers = new ArrayList<>(people(group.teachers(), Guide.TEACHER, completed, teachers));
			PersonName supervisor = group.supervisor();
			if (supervisor != null
					&& group.teachers().stream().noneMatch((t) -> t.personId() == supervisor.personId())) {
				groupTeachers.addAll(people(List.of(supervisor), preschool ? Guide.EDUCATOR : Guide.CLASS_TEACHER,
						completed, teachers));
			}
			GroupProgress row = new GroupProgress(group.groupId(), group.name(), new Count(groupLearners),
					new Count(groupParents), new Count(groupTeachers));
			groups.add(row);
			if (groupId != null && group.groupId() == groupId) {
				named = row;
			}
		}
		return new OrganizationProgress(organizationId, organization, period, today, groups, new Total(learners),
				new Total(parents), new Total(teachers), named);
	}

	private static List<Person> people(List<PersonName> names, Guide guide, Map<Long, Set<Guide>> completed,
			Map<Long, Boolean> everyone) {
		return names.stream().map((name) -> {
			boolean done = completed.getOrDefault(name.personId(), Set.of()).contains(guide);
			everyone.merge(name.personId(), done, Boolean::logicalAnd);
			return new Person(name.personId(), name.fullName(), done);
		}).toList();
	}

	/**
	 * The organization's list.
	 *
	 * @param organizationId the organization
	 * @param organization its name and time zone
	 * @param period the regime period in force or next, whose first day is the first
	 * class date; null when there is none
	 * @param today today in the organization's time zone
	 * @param groups every class and group with its counts
	 * @param learners learners of the organization, each once
	 * @param parents parents, each once
	 * @param teachers teachers, class teachers and curators, each once
	 * @param named the group whose people are named, or null
	 */
	public record OrganizationProgress(long organizationId, OrganizationInfo organization, RegimePeriod period,
			LocalDate today, List<GroupProgress> groups, Total learners, Total parents, Total teachers,
			GroupProgress named) {

		/** Whether the first class date is still ahead. */
		public boolean beforeFirstClass() {
			return this.period != null && this.today.isBefore(this.period.from());
		}

		/** Days from today to the first class date. */
		public long daysToFirstClass() {
			return (this.period != null) ? this.period.from().toEpochDay() - this.today.toEpochDay() : 0;
		}

	}

	/**
	 * One class or group: learners, parents and teachers.
	 */
	public record GroupProgress(long groupId, String name, Count learners, Count parents, Count teachers) {

		public long pending() {
			return this.learners.pending() + this.parents.pending() + this.teachers.pending();
		}

	}

	/**
	 * The people of one kind in a group, and how many have not completed.
	 */
	public record Count(List<Person> people) {

		public long pending() {
			return this.people.stream().filter((person) -> !person.completed()).count();
		}

		public int total() {
			return this.people.size();
		}

		public List<Person> notCompleted() {
			return this.people.stream().filter((person) -> !person.completed()).toList();
		}

	}

	/**
	 * People of one kind in the whole organization, each once: not completed when they
	 * have not completed the guide of every group they are counted in.
	 */
	public record Total(long pending, long total) {

		Total(Map<Long, Boolean> done) {
			this(done.values().stream().filter((completed) -> !completed).count(), done.size());
		}

	}

	/**
	 * A person of the list.
	 */
	public record Person(long personId, String fullName, boolean completed) {
	}

}
