package kz.qashyq.journal.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kz.qashyq.content.PlannedTopic;
import kz.qashyq.content.ThematicPlans;
import kz.qashyq.coursework.GradingScale;
import kz.qashyq.coursework.GradingScales;
import kz.qashyq.journal.AttendanceMarked;
import kz.qashyq.journal.AttendanceStatus;
import kz.qashyq.journal.MarkKind;
import kz.qashyq.journal.MarkPosted;
import kz.qashyq.journal.Participation;
import kz.qashyq.journal.internal.JournalRepository.AttendanceRow;
import kz.qashyq.journal.internal.JournalRepository.GroupRow;
import kz.qashyq.journal.internal.JournalRepository.JournalLessonRow;
import kz.qashyq.journal.internal.JournalRepository.LearnerRow;
import kz.qashyq.journal.internal.JournalRepository.MarkRow;
import kz.qashyq.journal.internal.JournalRepository.NewAttendance;
import kz.qashyq.journal.internal.JournalRepository.TermRow;
import kz.qashyq.journal.internal.JournalViews.Cell;
import kz.qashyq.journal.internal.JournalViews.CellEdit;
import kz.qashyq.journal.internal.JournalViews.Change;
import kz.qashyq.journal.internal.JournalViews.Column;
import kz.qashyq.journal.internal.JournalViews.Grid;
import kz.qashyq.journal.internal.JournalViews.Mark;
import kz.qashyq.journal.internal.JournalViews.Row;
import kz.qashyq.journal.internal.JournalViews.Term;
import kz.qashyq.journal.internal.JournalViews.TermLine;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.platform.web.NotFoundException;
import kz.qashyq.policy.CalendarPeriod;
import kz.qashyq.policy.Policies;
import kz.qashyq.schedule.ScheduledLesson;
import kz.qashyq.schedule.Timetables;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The journal of a class and subject (A1-24k): lessons from the approved timetable with
 * the plan's topic, attendance with participation (O-1.28f), marks by hand and from
 * coursework (A1-15f), term marks ({@link TermMarkRule}), the per-learner summary
 * (A1-25l) and the history of every change.
 */
@Service
@Transactional
public class JournalService {

	static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final int MAX_DAYS = 190;

	private final JournalRepository repository;

	private final JournalAccess access;

	private final Timetables timetables;

	private final ThematicPlans plans;

	private final GradingScales scales;

	private final Policies policies;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BigDecimal lowAverageFivePoint;

	private final BigDecimal lowAveragePercent;

	private final int lowAttendancePercent;

	JournalService(JournalRepository repository, JournalAccess access, Timetables timetables, ThematicPlans plans,
			GradingScales scales, Policies policies, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			@Value("${qashyq.journal.low-average.five-point:3}") BigDecimal lowAverageFivePoint,
			@Value("${qashyq.journal.low-average.percent:50}") BigDecimal lowAveragePercent,
			@Value("${qashyq.journal.low-attendance-percent:75}") int lowAttendancePercent) {
		this.repository = repository;
		this.access = access;
		this.timetables = timetables;
		this.plans = plans;
		this.scales = scales;
		this.policies = policies;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.lowAverageFivePoint = lowAverageFivePoint;
		this.lowAveragePercent = lowAveragePercent;
		this.lowAttendancePercent = lowAttendancePercent;
	}

	/**
	 * The class's journal of the subject between the dates (by default from the Monday a
	 * week ago to the end of this week); with no subject, only the list of subjects.
	 */
	@Transactional(readOnly = true)
	public Grid grid(long groupId, String subject, LocalDate from, LocalDate to) {
		GroupRow group = this.access.viewGroup(groupId);
		LocalDate today = LocalDate.now(this.clock.withZone(group.zone()));
		LocalDate start = (from != null) ? from
				: today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
		LocalDate end = (to != null) ? to : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		if (end.isBefore(start) || start.plusDays(MAX_DAYS).isBefore(end)) {
			throw new JournalInputException("journal.error.dates", MAX_DAYS);
		}
		java.util.Set<String> seen = this.access.subjectsSeen(CurrentUser.get(), groupId);
		List<String> subjects = this.repository.subjects(groupId)
			.stream()
			.filter((s) -> seen == null || seen.contains(s))
			.toList();
		GradingScale scale = this.scales.scaleOf(group.organizationId());
		if (subject != null && !subject.isBlank() && seen != null && !seen.contains(subject)) {
			throw new NotFoundException("subject");
		}
		if (subject == null || subject.isBlank()) {
			return new Grid(groupId, group.name(), group.organizationId(), null, subjects, start, end, today,
					scale.name(), false, List.of(), List.of());
		}
		List<Column> columns = columns(group, subject, start, end, today);
		List<LearnerRow> learners = this.repository.learners(groupId);
		Map<Long, Map<String, AttendanceRow>> attendance = new HashMap<>();
		for (AttendanceRow row : this.repository.attendance(groupId, subject, start, end)) {
			attendance.computeIfAbsent(row.learnerId(), (id) -> new HashMap<>()).put(key(row.date(), row.start()), row);
		}
		Map<Long, List<MarkRow>> marks = new HashMap<>();
		for (MarkRow mark : this.repository.marks(groupId, subject, start, end)) {
			marks.computeIfAbsent(mark.learnerId(), (id) -> new ArrayList<>()).add(mark);
		}
		Map<LocalDate, String> firstOfDay = new HashMap<>();
		for (Column column : columns) {
			firstOfDay.putIfAbsent(column.date(), column.key());
		}
		List<Row> rows = new ArrayList<>();
		for (LearnerRow learner : learners) {
			Map<String, AttendanceRow> own = attendance.getOrDefault(learner.id(), Map.of());
			Map<String, List<Mark>> marksByKey = new HashMap<>();
			List<Mark> other = new ArrayList<>();
			for (MarkRow mark : marks.getOrDefault(learner.id(), List.of())) {
				String key = firstOfDay.get(mark.date());
				if (key != null) {
					marksByKey.computeIfAbsent(key, (k) -> new ArrayList<>()).add(view(mark));
				}
				else {
					other.add(view(mark));
				}
			}
			Map<String, Cell> cells = new LinkedHashMap<>();
			int marked = 0;
			int attended = 0;
			for (Column column : columns) {
				AttendanceRow row = own.get(column.key());
				if (row != null) {
					marked++;
					if (row.status().attended()) {
						attended++;
					}
				}
				List<Mark> cellMarks = marksByKey.getOrDefault(column.key(), List.of());
				cells.put(column.key(),
						(row == null && cellMarks.isEmpty()) ? Cell.EMPTY
								: new Cell((row != null) ? row.status() : null,
										(row != null) ? row.participation() : null, (row != null) ? row.reason() : null,
										cellMarks));
			}
			BigDecimal average = average(marks.getOrDefault(learner.id(), List.of()));
			Integer percent = (marked > 0) ? Math.round(attended * 100f / marked) : null;
			rows.add(new Row(learner.id(), learner.name(), learner.hasInternet(), cells, other, average, percent,
					below(scale, average, percent)));
		}
		return new Grid(groupId, group.name(), group.organizationId(), subject, subjects, start, end, today,
				scale.name(), this.access.mayKeep(groupId, subject), columns, rows);
	}

	private boolean below(GradingScale scale, BigDecimal average, Integer attendancePercent) {
		boolean lowAverage = average != null && average
			.compareTo((scale == GradingScale.FIVE_POINT) ? this.lowAverageFivePoint : this.lowAveragePercent) < 0;
		return lowAverage || (attendancePercent != null && attendancePercent < this.lowAttendancePercent);
	}

	static BigDecimal average(List<MarkRow> marks) {
		BigDecimal sum = BigDecimal.ZERO;
		int count = 0;
		for (MarkRow mark : marks) {
			if (mark.mark() != null) {
				sum = sum.add(mark.mark());
				count++;
			}
		}
		return (count == 0) ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
	}

	private List<Column> columns(GroupRow group, String subject, LocalDate from, LocalDate to, LocalDate today) {
		Map<String, Column> columns = new java.util.TreeMap<>();
		Map<String, JournalLessonRow> stored = new HashMap<>();
		for (JournalLessonRow lesson : this.repository.lessons(group.id(), subject, from, to)) {
			stored.put(key(lesson.date(), lesson.start()), lesson);
		}
		Map<LocalDate, PlannedTopic> planned = null;
		for (ScheduledLesson lesson : this.timetables.lessonsOf(group.id(), from, to)) {
			if (!lesson.subject().equals(subject)) {
				continue;
			}
			String key = key(lesson.date(), lesson.localStart());
			JournalLessonRow row = stored.remove(key);
			String topic = (row != null) ? row.topic() : null;
			if (topic == null) {
				if (planned == null) {
					// one query for the range, only when a lesson has no stored topic
					planned = this.plans.topicsBetween(group.id(), subject, from, to);
				}
				PlannedTopic plannedTopic = planned.get(lesson.date());
				topic = (plannedTopic != null) ? plannedTopic.title() : null;
			}
			columns.put(key, new Column(key, lesson.date(), lesson.localStart(), lesson.lessonId(), topic,
					lesson.mode(), !lesson.date().isAfter(today)));
		}
		// lessons kept in the journal that a later timetable no longer has
		for (JournalLessonRow row : stored.values()) {
			String key = key(row.date(), row.start());
			columns.put(key, new Column(key, row.date(), row.start(), row.timetableLessonId(), row.topic(), null,
					!row.date().isAfter(today)));
		}
		return new ArrayList<>(columns.values());
	}

	private String plannedTopic(long groupId, String subject, LocalDate date) {
		return this.plans.topicOn(groupId, subject, date).map(PlannedTopic::title).orElse(null);
	}

	static String key(LocalDate date, LocalTime start) {
		return date + "_" + start.format(KEY_TIME);
	}

	static Mark view(MarkRow row) {
		return new Mark(row.id(), row.subject(), row.date(), row.kind(), row.scale(), strip(row.mark()), row.points(),
				row.maxPoints(), row.source(), row.title(), row.comment(), row.enteredBy(), row.enteredAt());
	}

	static BigDecimal strip(BigDecimal value) {
		if (value == null) {
			return null;
		}
		BigDecimal stripped = value.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	/**
	 * One learner at one lesson, for the cell editor.
	 */
	@Transactional(readOnly = true)
	public CellEdit cell(long groupId, String subject, LocalDate date, LocalTime start, long learnerId) {
		Grid grid = grid(groupId, subject, date, date);
		Column column = grid.lessons()
			.stream()
			.filter((c) -> c.start().equals(start))
			.findFirst()
			.orElseThrow(() -> new JournalInputException("journal.error.lesson"));
		Row row = grid.learners()
			.stream()
			.filter((r) -> r.learnerId() == learnerId)
			.findFirst()
			.orElseThrow(() -> new JournalInputException("journal.error.learner"));
		return new CellEdit(grid, column, row, row.cells().getOrDefault(column.key(), Cell.EMPTY));
	}

	/**
	 * O-1.28f: marks a learner's attendance at a lesson of the timetable (made a journal
	 * lesson if it is not one yet).
	 */
	public CellEdit markAttendance(long groupId, String subject, LocalDate date, LocalTime start, long learnerId,
			AttendanceStatus status, Participation participation, String reason) {
		GroupRow group = this.access.keepGroup(groupId);
		Lesson lesson = lessonFor(group, subject, date, start);
		LearnerRow learner = learnerOf(groupId, learnerId);
		Cell cell = saveAttendance(group, subject, lesson, learner, status, participation, reason);
		return changedCell(group, subject, lesson, learner, cell);
	}

	/**
	 * The one cell just changed, as the grid shows it, without computing the grid again
	 * (an attendance click answers with its cell): the attendance given, and the
	 * learner's marks of the date when this is the subject's first lesson of the day,
	 * where the grid puts them. Its grid and row carry only what the cell's link needs.
	 */
	private CellEdit changedCell(GroupRow group, String subject, Lesson lesson, LearnerRow learner, Cell attendance) {
		LocalTime first = lesson.start();
		for (ScheduledLesson scheduled : this.timetables.lessonsOf(group.id(), lesson.date(), lesson.date())) {
			if (scheduled.subject().equals(subject) && scheduled.localStart().isBefore(first)) {
				first = scheduled.localStart();
			}
		}
		for (JournalLessonRow stored : this.repository.lessons(group.id(), subject, lesson.date(), lesson.date())) {
			if (stored.start().isBefore(first)) {
				first = stored.start();
			}
		}
		List<Mark> marks = !first.equals(lesson.start()) ? List.of()
				: this.repository.marksOf(learner.id(), subject, lesson.date())
					.stream()
					.map(JournalService::view)
					.toList();
		Cell cell = new Cell(attendance.status(), attendance.participation(), attendance.reason(), marks);
		LocalDate today = LocalDate.now(this.clock.withZone(group.zone()));
		String key = key(lesson.date(), lesson.start());
		Column column = new Column(key, lesson.date(), lesson.start(), null, null, null, !lesson.date().isAfter(today));
		Row row = new Row(learner.id(), learner.name(), learner.hasInternet(), Map.of(key, cell), List.of(), null, null,
				false);
		Grid grid = new Grid(group.id(), group.name(), group.organizationId(), subject, List.of(subject), lesson.date(),
				lesson.date(), today, null, true, List.of(column), List.of(row));
		return new CellEdit(grid, column, row, cell);
	}

	/**
	 * Refuses unless the user may change the class's journal (before any input is read).
	 */
	@Transactional(readOnly = true)
	public void requireKeeper(long groupId) {
		this.access.keepGroup(groupId);
	}

	/**
	 * The one-click "all present": every learner not yet marked at the lesson is marked
	 * present, online (by TV when they have no internet); the marked ones are kept.
	 * @return how many were marked
	 */
	public int allPresent(long groupId, String subject, LocalDate date, LocalTime start) {
		GroupRow group = this.access.keepGroup(groupId);
		Lesson lesson = lessonFor(group, subject, date, start);
		Set<Long> marked = this.repository.markedAt(lesson.id());
		List<NewAttendance> rows = new ArrayList<>();
		for (LearnerRow learner : this.repository.learners(groupId)) {
			if (!marked.contains(learner.id())) {
				Participation how = learner.hasInternet() ? Participation.ONLINE : Participation.TV;
				rows.add(new NewAttendance(learner.id(), AttendanceStatus.PRESENT, how,
						describe(AttendanceStatus.PRESENT, how, null)));
			}
		}
		if (rows.isEmpty()) {
			return 0;
		}
		String actor = CurrentUser.get().getUsername();
		List<NewAttendance> inserted = this.repository.insertAttendance(lesson.id(), rows, actor);
		if (inserted.isEmpty()) {
			return 0;
		}
		this.repository.histories(group.id(), subject, "ATTENDANCE", lesson.date(), inserted, actor);
		this.audit.record(
				AuditEvent.of("CREATE", "JOURNAL_ATTENDANCE", lesson.id() + ":all", this.access.groupPath(group.id()),
						subject + " " + key(lesson.date(), lesson.start()) + ": all present, " + inserted.size()
								+ " learners "
								+ inserted.stream().map((row) -> String.valueOf(row.learnerId())).toList()));
		Instant now = Instant.now(this.clock);
		for (NewAttendance row : inserted) {
			this.events.publishEvent(new AttendanceMarked(row.learnerId(), group.id(), group.organizationId(),
					lesson.date(), subject, row.status(), row.participation(), false, actor, now));
		}
		return inserted.size();
	}

	private Cell saveAttendance(GroupRow group, String subject, Lesson lesson, LearnerRow learner,
			AttendanceStatus status, Participation participation, String reason) {
		if (status == null) {
			throw new JournalInputException("journal.error.status");
		}
		String why = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (why != null && why.length() > 300) {
			throw new JournalInputException("journal.error.reason.long");
		}
		if (status == AttendanceStatus.EXCUSED && why == null) {
			throw new JournalInputException("journal.error.reason");
		}
		Participation how = status.attended() ? ((participation != null) ? participation
				: (learner.hasInternet() ? Participation.ONLINE : Participation.TV)) : null;
		Optional<AttendanceRow> old = this.repository.attendanceOf(lesson.id(), learner.id());
		String actor = CurrentUser.get().getUsername();
		this.repository.saveAttendance(lesson.id(), learner.id(), status, how, why, actor);
		String before = old.map((o) -> describe(o.status(), o.participation(), o.reason())).orElse(null);
		String after = describe(status, how, why);
		this.repository.history(group.id(), learner.id(), subject, "ATTENDANCE", lesson.date(), before, after, actor);
		this.audit.record(AuditEvent.of(old.isPresent() ? "UPDATE" : "CREATE", "JOURNAL_ATTENDANCE",
				lesson.id() + ":" + learner.id(), this.access.groupPath(group.id()),
				subject + " " + key(lesson.date(), lesson.start()) + ": " + before + " -> " + after));
		this.events.publishEvent(new AttendanceMarked(learner.id(), group.id(), group.organizationId(), lesson.date(),
				subject, status, how, false, actor, Instant.now(this.clock)));
		return new Cell(status, how, why, List.of());
	}

	private static String describe(AttendanceStatus status, Participation participation, String reason) {
		return status + ((participation != null) ? "/" + participation : "")
				+ ((reason != null) ? " (" + reason + ")" : "");
	}

	/**
	 * A1-24k: the topic of a lesson, edited in the journal (the plan's topic until then).
	 */
	public void setTopic(long groupId, String subject, LocalDate date, LocalTime start, String topic) {
		GroupRow group = this.access.keepGroup(groupId);
		String text = (topic == null) ? "" : topic.strip();
		if (text.isEmpty() || text.length() > 500) {
			throw new JournalInputException("journal.error.topic");
		}
		Lesson lesson = lessonFor(group, subject, date, start);
		String old = this.repository.lesson(groupId, subject, date, start).map(JournalLessonRow::topic).orElse(null);
		this.repository.setTopic(lesson.id(), text);
		String actor = CurrentUser.get().getUsername();
		this.repository.history(groupId, null, subject, "TOPIC", date, old, text, actor);
		this.audit.record(AuditEvent.of("UPDATE", "JOURNAL_LESSON", lesson.id(), this.access.groupPath(groupId),
				"topic: " + old + " -> " + text));
	}

	/**
	 * A1-24k, A1-15f: enters a mark by hand, changes one (with its id), or removes one
	 * (with its id and a blank mark). A mark off the organization's scale is refused.
	 */
	public void postMark(long groupId, String subject, long learnerId, LocalDate date, String kind, String value,
			String comment, Long markId) {
		GroupRow group = this.access.keepGroup(groupId);
		requireSubjectName(subject);
		this.access.requireSubject(groupId, subject);
		LearnerRow learner = learnerOf(groupId, learnerId);
		if (date == null) {
			throw new JournalInputException("journal.error.date");
		}
		LocalDate today = LocalDate.now(this.clock.withZone(group.zone()));
		if (date.isAfter(today)) {
			throw new JournalInputException("journal.error.future");
		}
		MarkKind markKind;
		try {
			markKind = (kind == null || kind.isBlank()) ? MarkKind.CURRENT : MarkKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			throw new JournalInputException("journal.error.kind");
		}
		String note = (comment == null || comment.isBlank()) ? null : comment.strip();
		if (note != null && note.length() > 500) {
			throw new JournalInputException("journal.error.comment");
		}
		GradingScale scale = this.scales.scaleOf(group.organizationId());
		String actor = CurrentUser.get().getUsername();
		MarkRow old = null;
		if (markId != null) {
			old = this.repository.mark(markId, groupId)
				.filter((m) -> m.learnerId() == learnerId && m.subject().equals(subject))
				.orElseThrow(() -> new NotFoundException("mark"));
			if (!"MANUAL".equals(old.source())) {
				throw new JournalInputException("journal.error.coursework");
			}
		}
		if ((value == null || value.isBlank()) && old != null) {
			this.repository.deleteMark(old.id());
			this.repository.history(groupId, learnerId, subject, "MARK", old.date(), plain(old.mark()), null, actor);
			this.audit.record(AuditEvent.of("DELETE", "JOURNAL_MARK", old.id(), this.access.groupPath(groupId),
					subject + " " + old.date() + ": " + plain(old.mark()) + " -> none"));
			return;
		}
		BigDecimal mark = parseMark(value, scale);
		long id;
		if (old == null) {
			id = this.repository.insertManualMark(group.organizationId(), groupId, learner.id(), subject, date,
					markKind, scale.name(), mark, note, actor);
		}
		else {
			id = old.id();
			this.repository.updateManualMark(id, markKind, mark, note, actor);
		}
		String before = (old != null) ? plain(old.mark()) + " " + old.kind() : null;
		String after = plain(mark) + " " + markKind;
		this.repository.history(groupId, learnerId, subject, "MARK", date, before, after, actor);
		this.audit.record(AuditEvent.of((old != null) ? "UPDATE" : "CREATE", "JOURNAL_MARK", id,
				this.access.groupPath(groupId), subject + " " + date + ": " + before + " -> " + after));
		this.events.publishEvent(new MarkPosted(id, learnerId, groupId, group.organizationId(), subject, date, markKind,
				scale.name(), mark, "MANUAL", null, actor, Instant.now(this.clock)));
	}

	static BigDecimal parseMark(String value, GradingScale scale) {
		if (value == null || value.isBlank()) {
			throw new JournalInputException("journal.error.mark.missing");
		}
		BigDecimal mark;
		try {
			mark = new BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new JournalInputException("journal.error.mark.number", value.strip());
		}
		if (!scale.accepts(mark, null) || mark.precision() - mark.scale() > 5) {
			throw new JournalInputException("journal.error.mark.scale." + scale.name(), value.strip());
		}
		return mark;
	}

	static String plain(BigDecimal value) {
		return (value == null) ? "-" : value.stripTrailingZeros().toPlainString();
	}

	/**
	 * Term marks of the subject's learners for a term: the computed one and the fixed
	 * one. By default the term of the organization's calendar that holds today (or the
	 * last eight weeks when the calendar has none).
	 */
	@Transactional(readOnly = true)
	public Term term(long groupId, String subject, LocalDate from, LocalDate to) {
		GroupRow group = this.access.viewGroup(groupId);
		requireSubjectName(subject);
		this.access.requireSeesSubject(groupId, subject);
		LocalDate[] span = termSpan(group, from, to);
		GradingScale scale = this.scales.scaleOf(group.organizationId());
		Map<Long, List<MarkRow>> marks = new HashMap<>();
		for (MarkRow mark : this.repository.marks(groupId, subject, span[0], span[1])) {
			marks.computeIfAbsent(mark.learnerId(), (id) -> new ArrayList<>()).add(mark);
		}
		Map<Long, TermRow> fixed = new HashMap<>();
		for (TermRow row : this.repository.termMarks(groupId, subject, span[0])) {
			fixed.put(row.learnerId(), row);
		}
		List<TermLine> lines = new ArrayList<>();
		for (LearnerRow learner : this.repository.learners(groupId)) {
			Optional<TermMarkRule.Result> result = compute(scale, marks.getOrDefault(learner.id(), List.of()));
			TermRow stored = fixed.get(learner.id());
			lines.add(new TermLine(learner.id(), learner.name(), result.map(TermMarkRule.Result::percent).orElse(null),
					result.map(TermMarkRule.Result::mark).orElse(null), (stored != null) ? strip(stored.mark()) : null,
					(stored != null) ? stored.fixedBy() : null));
		}
		return new Term(groupId, group.name(), subject, scale.name(), span[0], span[1],
				this.access.mayKeep(groupId, subject), lines);
	}

	static Optional<TermMarkRule.Result> compute(GradingScale scale, List<MarkRow> marks) {
		List<TermMarkRule.Entry> entries = new ArrayList<>();
		for (MarkRow mark : marks) {
			GradingScale own = GradingScale.valueOf(mark.scale());
			entries.add(TermMarkRule.entryOf(mark.kind(), own, mark.mark(), mark.points(), mark.maxPoints()));
		}
		return TermMarkRule.compute(scale, entries);
	}

	/**
	 * Fixes the computed term marks of every learner who has one (a later fix replaces an
	 * earlier one); returns how many were fixed.
	 */
	public int fixTerm(long groupId, String subject, LocalDate from, LocalDate to) {
		GroupRow group = this.access.keepGroup(groupId);
		requireSubjectName(subject);
		this.access.requireSubject(groupId, subject);
		Term term = term(groupId, subject, from, to);
		String actor = CurrentUser.get().getUsername();
		int fixed = 0;
		for (TermLine line : term.lines()) {
			if (line.mark() == null) {
				continue;
			}
			this.repository.fixTermMark(groupId, line.learnerId(), subject, term.from(), term.to(), line.percent(),
					line.mark(), term.scale(), actor);
			this.repository.history(groupId, line.learnerId(), subject, "TERM", term.to(), plain(line.fixedMark()),
					plain(line.mark()), actor);
			this.events.publishEvent(new MarkPosted(null, line.learnerId(), groupId, group.organizationId(), subject,
					term.to(), null, term.scale(), line.mark(), "TERM", null, actor, Instant.now(this.clock)));
			fixed++;
		}
		this.audit.record(AuditEvent.of("UPDATE", "JOURNAL_TERM", groupId + ":" + subject,
				this.access.groupPath(groupId), term.from() + ".." + term.to() + ": " + fixed + " term marks fixed"));
		return fixed;
	}

	private LocalDate[] termSpan(GroupRow group, LocalDate from, LocalDate to) {
		if (from != null && to != null) {
			if (to.isBefore(from) || from.plusDays(400).isBefore(to)) {
				throw new JournalInputException("journal.error.dates", 400);
			}
			return new LocalDate[] { from, to };
		}
		LocalDate today = LocalDate.now(this.clock.withZone(group.zone()));
		for (CalendarPeriod period : this.policies.calendar(group.organizationId(), today, today)) {
			if (period.kind() == CalendarPeriod.Kind.TERM) {
				return new LocalDate[] { period.from(), period.to() };
			}
		}
		return new LocalDate[] { today.minusWeeks(8), today };
	}

	/**
	 * The history of the class's journal, newest first, its times in the organization's
	 * zone.
	 */
	@Transactional(readOnly = true)
	public List<Change> history(long groupId, String subject) {
		GroupRow group = this.access.viewGroup(groupId);
		if (subject != null && !subject.isBlank()) {
			this.access.requireSeesSubject(groupId, subject);
		}
		java.util.Set<String> seen = this.access.subjectsSeen(CurrentUser.get(), groupId);
		return this.repository.changes(groupId, (subject == null || subject.isBlank()) ? null : subject, 200)
			.stream()
			.filter((c) -> c.subject() == null || seen == null || seen.contains(c.subject()))
			.map((c) -> new Change(c.what(), c.day(), c.learnerName(), c.subject(), c.oldValue(), c.newValue(),
					c.changedBy(), c.changedAt().atZone(group.zone())))
			.toList();
	}

	private static void requireSubjectName(String subject) {
		if (subject == null || subject.isBlank()) {
			throw new JournalInputException("journal.error.subject");
		}
	}

	private LearnerRow learnerOf(long groupId, long learnerId) {
		return this.repository.learner(learnerId)
			.filter((l) -> l.groupId() != null && l.groupId() == groupId)
			.orElseThrow(() -> new JournalInputException("journal.error.learner"));
	}

	/**
	 * The journal lesson of a timetable lesson on a date, made when first touched;
	 * refused for a lesson the timetable does not have, a future one, or a subject the
	 * user does not keep.
	 */
	private Lesson lessonFor(GroupRow group, String subject, LocalDate date, LocalTime start) {
		requireSubjectName(subject);
		if (date == null || start == null) {
			throw new JournalInputException("journal.error.lesson");
		}
		this.access.requireSubject(group.id(), subject);
		LocalDate today = LocalDate.now(this.clock.withZone(group.zone()));
		if (date.isAfter(today)) {
			throw new JournalInputException("journal.error.future");
		}
		Optional<JournalLessonRow> stored = this.repository.lesson(group.id(), subject, date, start);
		if (stored.isPresent()) {
			return new Lesson(stored.get().id(), date, start);
		}
		ScheduledLesson scheduled = this.timetables.lessonsOf(group.id(), date, date)
			.stream()
			.filter((l) -> l.subject().equals(subject) && l.localStart().equals(start))
			.findFirst()
			.orElseThrow(() -> new JournalInputException("journal.error.lesson"));
		String actor = CurrentUser.find().map(QashyqUser::getUsername).orElse("system");
		long id = this.repository.lessonId(group.id(), subject, date, start, scheduled.lessonId(),
				plannedTopic(group.id(), subject, date), actor);
		return new Lesson(id, date, start);
	}

	record Lesson(long id, LocalDate date, LocalTime start) {

	}

}
