package kz.qashyq.schedule.internal.timetable.solver;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;

/**
 * The solver's view of an organization's week: the lessons of its study load, the
 * teachers' unavailable times and the class pairs whose siblings share a device.
 */
@PlanningSolution
public class TimetablePlan {

	@ProblemFactCollectionProperty
	private List<Unavailability> unavailability;

	@ProblemFactCollectionProperty
	private List<SharedDevicePair> sharedDevices;

	@PlanningEntityCollectionProperty
	private List<SolverLesson> lessons;

	@PlanningScore
	private HardSoftScore score;

	public TimetablePlan() {
	}

	public TimetablePlan(List<SolverLesson> lessons, List<Unavailability> unavailability,
			List<SharedDevicePair> sharedDevices) {
		this.lessons = lessons;
		this.unavailability = unavailability;
		this.sharedDevices = sharedDevices;
	}

	public List<SolverLesson> getLessons() {
		return this.lessons;
	}

	public List<Unavailability> getUnavailability() {
		return this.unavailability;
	}

	public List<SharedDevicePair> getSharedDevices() {
		return this.sharedDevices;
	}

	public HardSoftScore getScore() {
		return this.score;
	}

	public void setScore(HardSoftScore score) {
		this.score = score;
	}

}
