package kz.qashyq.guidance.internal;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.qashyq.directory.Directory;
import kz.qashyq.directory.OrganizationInfo;
import kz.qashyq.guidance.internal.GuideCatalogue.GuideStep;
import kz.qashyq.guidance.internal.GuideProgressRepository.Progress;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Grant;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.Role;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.platform.security.ScopeType;
import kz.qashyq.platform.web.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's guides (O-3.1d): which guides their roles give them, opening one
 * (each opening is counted), marking its steps done and completing it (A1-11), and what
 * the home page offers of them.
 * <p>
 * Read-only users (observers) track their own progress too: it is their account's state,
 * like their password, and changes nothing of any organization's data.
 */
@Service
public class Guides {

	private static final ZoneId FALLBACK_ZONE = ZoneId.of("Asia/Almaty");

	private final GuideProgressRepository progress;

	private final Directory directory;

	private final Clock clock;

	Guides(GuideProgressRepository progress, Directory directory, Clock clock) {
		this.progress = progress;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * The guides of the user's roles, the widest role first, each with the scope of the
	 * grant that gives it (its links are resolved against that scope). The
	 * DET-responsible guide is left out for a head or deputy head, whose guides cover it.
	 */
	public List<AssignedGuide> guidesOf(QashyqUser user) {
		List<AssignedGuide> assigned = new ArrayList<>();
		List<ScopeRef> preschoolGroups = new ArrayList<>();
		for (Grant grant : user.grants()) {
			Guide guide = guideOf(grant, preschoolGroups);
			if (assigned.stream().noneMatch((a) -> a.guide() == guide)) {
				assigned.add(new AssignedGuide(guide, grant.scope()));
			}
		}
		if (assigned.stream().anyMatch((a) -> a.guide() == Guide.HEAD || a.guide() == Guide.DEPUTY)) {
			assigned.removeIf((a) -> a.guide() == Guide.DET_RESPONSIBLE);
		}
		// an educator's activities in their own kindergarten group are no school lessons:
		// the educator's guide covers them
		boolean teachesOnlyOwnPreschoolGroups = user.grants()
			.stream()
			.filter((grant) -> grant.role() == Role.TEACHER)
			.allMatch((grant) -> preschoolGroups.contains(grant.scope()));
		if (!preschoolGroups.isEmpty() && teachesOnlyOwnPreschoolGroups) {
			assigned.removeIf((a) -> a.guide() == Guide.TEACHER);
		}
		return List.copyOf(assigned);
	}

	private Guide guideOf(Grant grant, List<ScopeRef> preschoolGroups) {
		return switch (grant.role()) {
			case STUDENT -> Guide.LEARNER;
			case PARENT -> Guide.PARENT;
			case TEACHER -> Guide.TEACHER;
			case CURATOR -> {
				if (leadsPreschoolGroup(grant.scope())) {
					preschoolGroups.add(grant.scope());
					yield Guide.EDUCATOR;
				}
				yield Guide.CLASS_TEACHER;
			}
			case ORGANIZATION_HEAD -> Guide.HEAD;
			case DEPUTY_HEAD -> Guide.DEPUTY;
			case DET_RESPONSIBLE -> Guide.DET_RESPONSIBLE;
			case SOCIAL_PEDAGOGUE -> Guide.SOCIAL_PEDAGOGUE;
			case PSYCHOLOGIST -> Guide.PSYCHOLOGIST;
			case LIBRARIAN -> Guide.LIBRARIAN;
			case REGION_DEPARTMENT, DISTRICT_DIVISION -> Guide.EDUCATION_AUTHORITY;
			case MINISTRY_ADMIN -> Guide.MINISTRY;
			case QA_OBSERVER, METHODOLOGICAL_CENTRE -> Guide.OBSERVER;
		};
	}

	private boolean leadsPreschoolGroup(ScopeRef scope) {
		if (scope.type() != ScopeType.GROUP) {
			return false;
		}
		return this.directory.groupPath(scope.id())
			.map(ScopePath::organizationId)
			.flatMap(this.directory::setting)
			.map((setting) -> "PRESCHOOL".equals(setting.level()))
			.orElse(false);
	}

	/**
	 * Whether the guide is one of the signed-in user's.
	 */
	public boolean isMine(Guide guide) {
		return guidesOf(CurrentUser.get()).stream().anyMatch((assigned) -> assigned.guide() == guide);
	}

	/**
	 * Opens one of the signed-in user's guides.
	 * @param guide the guide, or null for the first of the user's guides
	 * @param countView whether this is an opening to count (not the page shown again
	 * after a step was marked)
	 * @return the guide with its steps, or empty when the user has no guide at all
	 * @throws NotFoundException when the guide is not one of the user's
	 */
	@Transactional
	public Optional<GuidePage> open(Guide guide, boolean countView) {
		QashyqUser user = CurrentUser.get();
		List<AssignedGuide> guides = guidesOf(user);
		if (guides.isEmpty() && guide == null) {
			return Optional.empty();
		}
		AssignedGuide assigned = (guide == null) ? guides.get(0) : assigned(guides, guide);
		if (countView) {
			this.progress.countView(user.accountId(), user.personId(), assigned.guide(), this.clock.instant());
		}
		Progress current = this.progress.progress(user.accountId(), assigned.guide()).orElse(null);
		List<StepView> steps = GuideCatalogue.steps(assigned.guide())
			.stream()
			.map((step) -> new StepView(step.id(), step.titleKey(assigned.guide()), step.textKey(assigned.guide()),
					link(step, assigned.scope()), current != null && current.stepsDone().contains(step.id())))
			.toList();
		Instant completedAt = (current != null) ? current.completedAt() : null;
		return Optional.of(new GuidePage(assigned.guide(), steps, (current != null) ? current.views() : 0,
				(completedAt != null) ? completedAt.atZone(zoneOf(assigned.scope())).toLocalDate() : null,
				guides.stream().map(AssignedGuide::guide).toList(), reportFor(user, assigned)));
	}

	/**
	 * Marks a step of one of the signed-in user's guides done; the guide is completed
	 * when all its steps are.
	 * @throws NotFoundException when the guide is not one of the user's or has no such
	 * step
	 */
	@Transactional
	public void markDone(Guide guide, String stepId) {
		QashyqUser user = CurrentUser.get();
		assigned(guidesOf(user), guide);
		List<GuideStep> steps = GuideCatalogue.steps(guide);
		if (steps.stream().noneMatch((step) -> step.id().equals(stepId))) {
			throw new NotFoundException("step " + stepId + " of guide " + guide);
		}
		Instant now = this.clock.instant();
		this.progress.markDone(user.accountId(), user.personId(), guide, stepId, now);
		Progress current = this.progress.progress(user.accountId(), guide).orElseThrow();
		if (steps.stream().allMatch((step) -> current.stepsDone().contains(step.id()))) {
			this.progress.complete(user.accountId(), guide, now);
		}
	}

	/**
	 * What the home page offers the signed-in user (one statement): a welcome to the
	 * guide until any guide has been opened (the first sign-in), then the progress of
	 * each guide not yet completed, then nothing.
	 * @return empty for a user without a guide or whose guides are all completed
	 */
	@Transactional(readOnly = true)
	public Optional<GuideCard> card(QashyqUser user) {
		if (user.grants().isEmpty()) {
			return Optional.empty();
		}
		List<Progress> all = this.progress.progressOf(user.accountId());
		if (all.stream().noneMatch((p) -> p.views() > 0)) {
			return Optional.of(new GuideCard(true, List.of()));
		}
		List<GuideCard.Unfinished> unfinished = all.stream()
			.filter((p) -> p.completedAt() == null)
			.map((p) -> new GuideCard.Unfinished(p.guide(),
					(int) GuideCatalogue.steps(p.guide())
						.stream()
						.filter((step) -> p.stepsDone().contains(step.id()))
						.count(),
					GuideCatalogue.steps(p.guide()).size()))
			.toList();
		return unfinished.isEmpty() ? Optional.empty() : Optional.of(new GuideCard(false, unfinished));
	}

	private static AssignedGuide assigned(List<AssignedGuide> guides, Guide guide) {
		return guides.stream()
			.filter((a) -> a.guide() == guide)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("guide " + guide));
	}

	/**
	 * The link with the reader's organization or group in place of its placeholders.
	 */
	private static String link(GuideStep step, ScopeRef scope) {
		String link = step.link();
		if (link.contains("{group}")) {
			link = (scope.type() == ScopeType.GROUP) ? link.replace("{group}", scope.id().toString()) : "/";
		}
		if (link.contains("{organization}")) {
			link = (scope.type() == ScopeType.ORGANIZATION) ? link.replace("{organization}", scope.id().toString())
					: "/";
		}
		return link;
	}

	/**
	 * The organization whose list of who has not completed the guide the reader may see
	 * from this guide (A1-11), or null.
	 */
	private static Long reportFor(QashyqUser user, AssignedGuide assigned) {
		if (assigned.scope().type() != ScopeType.ORGANIZATION) {
			return null;
		}
		boolean allowed = user.grants()
			.stream()
			.anyMatch((grant) -> grant.scope().equals(assigned.scope())
					&& grant.role().has(Permission.VIEW_GUIDE_PROGRESS));
		return allowed ? assigned.scope().id() : null;
	}

	private ZoneId zoneOf(ScopeRef scope) {
		if (scope.type() == ScopeType.REPUBLIC || scope.type() == ScopeType.REGION
				|| scope.type() == ScopeType.DISTRICT) {
			return FALLBACK_ZONE;
		}
		return this.directory.pathOf(scope)
			.map(ScopePath::organizationId)
			.flatMap(this.directory::organization)
			.map(OrganizationInfo::timeZone)
			.orElse(FALLBACK_ZONE);
	}

	/**
	 * A guide of the user with the scope of the grant that gives it.
	 */
	public record AssignedGuide(Guide guide, ScopeRef scope) {
	}

	/**
	 * A guide as its reader sees it.
	 *
	 * @param guide the guide
	 * @param steps its steps in order, with the reader's links and whether each is done
	 * @param views how often the reader has opened it
	 * @param completedOn the day its last step was done, or null
	 * @param guides all the reader's guides, this one among them
	 * @param reportOrganizationId the organization whose list of who has not completed
	 * their guide the reader may open, or null
	 */
	public record GuidePage(Guide guide, List<StepView> steps, int views, LocalDate completedOn, List<Guide> guides,
			Long reportOrganizationId) {

		public long done() {
			return this.steps.stream().filter(StepView::done).count();
		}

	}

	/**
	 * A step as its reader sees it.
	 */
	public record StepView(String id, String titleKey, String textKey, String link, boolean done) {
	}

	/**
	 * What the home page offers of the guides.
	 *
	 * @param welcome whether no guide has been opened yet: the first sign-in's welcome
	 * @param unfinished otherwise, each opened guide not yet completed with its progress
	 */
	public record GuideCard(boolean welcome, List<Unfinished> unfinished) implements Serializable {

		/**
		 * A guide not yet completed: steps done of all.
		 */
		public record Unfinished(Guide guide, int done, int total) implements Serializable {
		}

	}

}
