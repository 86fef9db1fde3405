package kz.qashyq.journal.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.qashyq.journal.AttendanceMarked;
import kz.qashyq.journal.AttendanceStatus;
import kz.qashyq.journal.Participation;
import kz.qashyq.journal.internal.JournalRepository.GroupRow;
import kz.qashyq.journal.internal.JournalRepository.LearnerRow;
import kz.qashyq.journal.internal.PreschoolRepository.DayRow;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.Permission;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.security.ScopePath;
import kz.qashyq.platform.web.NotFoundException;
import kz.qashyq.policy.CalendarPeriod;
import kz.qashyq.policy.Policies;
import kz.qashyq.policy.Regime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * O-1.6b: the educator marks each pupil of a preschool group present or absent (with a
 * reason) for every working day. O-1.5e: in free attendance (a preschool in regime
 * "normal") the parent records the choice "attends" or "stays at home" for a period; an
 * absence under it is coded "parent's choice" and never counts against the pupil. The
 * pupil's place is never touched here: nothing in the journal changes an enrolment.
 */
@Service
@Transactional
public class PreschoolService {

	public static final String PARENTS_CHOICE = "PARENTS_CHOICE";

	private final JournalRepository journal;

	private final PreschoolRepository repository;

	private final JournalAccess access;

	private final Policies policies;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PreschoolService(JournalRepository journal, PreschoolRepository repository, JournalAccess access, Policies policies,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.journal = journal;
		this.repository = repository;
		this.access = access;
		this.policies = policies;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** A preschool group's sheet for a day (today by default). */
	@Transactional(readOnly = true)
	public Sheet sheet(long groupId, LocalDate date) {
		GroupRow group = this.access.viewGroup(groupId);
		LocalDate today = LocalDate.now(this.clock.withZone(group.zone()));
		LocalDate day = (date != null) ? date : today;
		boolean preschool = "PRESCHOOL_GROUP".equals(group.kind());
		Regime regime = this.policies.regimeOn(group.organizationId(), day);
		Map<Long, DayRow> marked = new HashMap<>();
		for (DayRow row : this.repository.days(groupId, day)) {
			marked.put(row.learnerId(), row);
		}
		List<Line> lines = new ArrayList<>();
		if (preschool) {
			for (LearnerRow learner : this.journal.learners(groupId)) {
				DayRow row = marked.get(learner.id());
				lines.add(new Line(learner.id(), learner.name(), row != null, row != null && row.present(),
						(row != null) ? row.reason() : null, row != null && row.parentsChoice(),
						this.repository.staysHome(learner.id(), day)));
			}
		}
		boolean canKeep = !CurrentUser.get().isReadOnly()
				&& CurrentUser.get().can(Permission.KEEP_JOURNAL, this.access.groupPath(groupId));
		return new Sheet(groupId, group.name(), preschool, day, today, day.minusDays(1), day.plusDays(1),
				workingDay(group, day), freeAttendance(group, day), regime.name(), canKeep && preschool, lines);
	}

	/**
	 * Marks a pupil present or absent for a working day. An absence on a day the parent
	 * chose "stays at home" in free attendance is coded "parent's choice"; any other
	 * absence needs a reason.
	 */
	public void mark(long groupId, LocalDate date, long learnerId, Boolean present, String reason) {
		GroupRow group = this.access.keepGroup(groupId);
		if (!"PRESCHOOL_GROUP".equals(group.kind())) {
			throw new JournalInputException("journal.preschool.error.group");
		}
		LearnerRow learner = this.journal.learner(learnerId)
			.filter((l) -> l.groupId() != null && l.groupId() == groupId)
			.orElseThrow(() -> new JournalInputException("journal.error.learner"));
		if (date == null || present == null) {
			throw new JournalInputException("journal.preschool.error.input");
		}
		LocalDate today = LocalDate.now(this.clock.withZone(group.zone()));
		if (date.isAfter(today)) {
			throw new JournalInputException("journal.error.future");
		}
		if (!workingDay(group, date)) {
			throw new JournalInputException("journal.preschool.error.day", date);
		}
		String why = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (why != null && why.length() > 300) {
			throw new JournalInputException("journal.error.reason.long");
		}
		boolean parentsChoice = !present && freeAttendance(group, date)
				&& (PARENTS_CHOICE.equals(why) || this.repository.staysHome(learnerId, date));
		if (parentsChoice) {
			why = PARENTS_CHOICE;
		}
		else if (!present && why == null) {
			throw new JournalInputException("journal.error.reason");
		}
		else if (present) {
			why = null;
		}
		String actor = CurrentUser.get().getUsername();
		String old = this.repository.describe(learner.id(), date).orElse(null);
		this.repository.save(learner.id(), date, groupId, present, why, parentsChoice, actor);
		String now = (present ? "PRESENT" : "ABSENT") + ((why != null) ? " (" + why + ")" : "");
		this.journal.history(groupId, learnerId, null, "DAY", date, old, now, actor);
		this.audit.record(AuditEvent.of((old != null) ? "UPDATE" : "CREATE", "PRESCHOOL_ATTENDANCE",
				learnerId + ":" + date, this.access.groupPath(groupId), old + " -> " + now));
		this.events.publishEvent(new AttendanceMarked(learnerId, groupId, group.organizationId(), date, null,
				present ? AttendanceStatus.PRESENT
						: (parentsChoice ? AttendanceStatus.EXCUSED : AttendanceStatus.ABSENT),
				present ? Participation.IN_PERSON : null, parentsChoice, actor, Instant.now(this.clock)));
	}

	/**
	 * Marks present every pupil of the group not yet marked on the day: the educator's
	 * usual morning, one click. Those marked absent stay absent, and a pupil whose parent
	 * chose "stays at home" in free attendance is left for the educator.
	 * @return how many pupils were marked
	 */
	@Transactional
	public int allPresent(long groupId, LocalDate date) {
		Sheet sheet = sheet(groupId, date);
		if (!sheet.canKeep()) {
			this.access.keepGroup(groupId);
		}
		int marked = 0;
		for (Line line : sheet.lines()) {
			if (!line.marked() && !(line.staysHomeChosen() && sheet.freeAttendance())) {
				mark(groupId, sheet.date(), line.learnerId(), true, null);
				marked++;
			}
		}
		return marked;
	}

	/**
	 * O-1.5e: the parent (or the educator on the parent's word) records the choice for a
	 * period of at most a year.
	 */
	public void choose(long learnerId, LocalDate from, LocalDate to, Boolean staysHome) {
		CurrentUser.requireWriter();
		QashyqUser user = this.access.requireLearner(learnerId, Permission.VIEW_OWN, Permission.KEEP_JOURNAL);
		ScopePath path = this.access.learnerPath(learnerId);
		LearnerRow learner = this.journal.learner(learnerId).orElseThrow(() -> new NotFoundException("learner"));
		if (!"PRESCHOOL_PUPIL".equals(learner.kind())) {
			throw new JournalInputException("journal.preschool.error.pupil");
		}
		if (from == null || to == null || staysHome == null) {
			throw new JournalInputException("journal.preschool.error.input");
		}
		if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
			throw new JournalInputException("journal.error.dates", 366);
		}
		this.repository.choose(learnerId, from, to, staysHome, user.getUsername());
		this.journal.history(learner.groupId(), learnerId, null, "CHOICE", from, null,
				(staysHome ? "STAYS_HOME " : "ATTENDS ") + from + ".." + to, user.getUsername());
		this.audit.record(AuditEvent.of("CREATE", "PRESCHOOL_CHOICE", learnerId, path,
				(staysHome ? "stays at home " : "attends ") + from + ".." + to));
	}

	/** Monday to Friday, outside the holidays of the organization's calendar. */
	boolean workingDay(GroupRow group, LocalDate day) {
		if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return false;
		}
		for (CalendarPeriod period : this.policies.calendar(group.organizationId(), day, day)) {
			if (period.kind() == CalendarPeriod.Kind.HOLIDAY && period.contains(day)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * O-1.5e: free attendance as the policy module decides it (a recorded regime period,
	 * or a preschool in the normal regime), for a preschool group.
	 */
	private boolean freeAttendance(GroupRow group, LocalDate date) {
		return "PRESCHOOL".equals(group.level()) && this.policies.freeAttendanceOn(group.organizationId(), date);
	}

	public record Sheet(long groupId, String groupName, boolean preschool, LocalDate date, LocalDate today,
			LocalDate previous, LocalDate next, boolean workingDay, boolean freeAttendance, String regime,
			boolean canKeep, List<Line> lines) {

		public long presentCount() {
			return this.lines.stream().filter(Line::present).count();
		}

		public long markedCount() {
			return this.lines.stream().filter(Line::marked).count();
		}

	}

	/**
	 * A pupil on the day: marked or not, present, the reason of an absence, whether it is
	 * the parent's choice, and whether the parent chose "stays at home" for the day.
	 */
	public record Line(long learnerId, String name, boolean marked, boolean present, String reason,
			boolean parentsChoice, boolean staysHomeChosen) {

	}

}
