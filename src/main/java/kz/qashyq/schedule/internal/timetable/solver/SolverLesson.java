package kz.qashyq.schedule.internal.timetable.solver;

import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One lesson of the study load (one of a subject's weekly hours) whose timeslot the
 * solver chooses among the slots the policy allows for its class.
 */
@PlanningEntity
public class SolverLesson {

	@PlanningId
	private Long id;

	private long groupId;

	private String subject;

	private long teacherId;

	private boolean live;

	private int minutes;

	@ValueRangeProvider(id = "slots")
	private List<Timeslot> slots;

	@PlanningVariable(valueRangeProviderRefs = "slots")
	private Timeslot timeslot;

	public SolverLesson() {
	}

	public SolverLesson(long id, long groupId, String subject, long teacherId, boolean live, int minutes,
			List<Timeslot> slots) {
		this.id = id;
		this.groupId = groupId;
		this.subject = subject;
		this.teacherId = teacherId;
		this.live = live;
		this.minutes = minutes;
		this.slots = slots;
	}

	public SolverLesson(long id, long groupId, String subject, long teacherId, boolean live, int minutes,
			List<Timeslot> slots, Timeslot timeslot) {
		this(id, groupId, subject, teacherId, live, minutes, slots);
		this.timeslot = timeslot;
	}

	public Long getId() {
		return this.id;
	}

	public long groupId() {
		return this.groupId;
	}

	public String subject() {
		return this.subject;
	}

	public long teacherId() {
		return this.teacherId;
	}

	public boolean live() {
		return this.live;
	}

	public int minutes() {
		return this.minutes;
	}

	public List<Timeslot> getSlots() {
		return this.slots;
	}

	public Timeslot getTimeslot() {
		return this.timeslot;
	}

	public void setTimeslot(Timeslot timeslot) {
		this.timeslot = timeslot;
	}

	public int weekday() {
		return this.timeslot.weekday();
	}

	/** Start in minutes from midnight. */
	public int start() {
		return this.timeslot.startMinute();
	}

	/** End in minutes from midnight (exclusive). */
	public int end() {
		return start() + this.minutes;
	}

	/** End of the lesson with its break, for measuring a teacher's idle time. */
	public int endWithBreak() {
		return start() + this.timeslot.step();
	}

	public int step() {
		return this.timeslot.step();
	}

	@Override
	public String toString() {
		return this.groupId + "/" + this.subject + "@" + this.timeslot;
	}

}
