package kz.qashyq.schedule;

import java.util.List;

/**
 * A timetable change, approval or generation refused before anything was written, with
 * every reason.
 */
public class TimetableRejected extends RuntimeException {

	private final List<TimetableProblem> problems;

	public TimetableRejected(List<TimetableProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public TimetableRejected(TimetableProblem problem) {
		this(List.of(problem));
	}

	public List<TimetableProblem> problems() {
		return this.problems;
	}

}
