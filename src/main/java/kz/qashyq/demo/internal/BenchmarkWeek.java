package kz.qashyq.demo.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * The current week of the generated organizations, after their directory is written:
 * approved timetables ({@link BenchmarkTimetables}), coursework with submissions, grades
 * and their journal marks ({@link BenchmarkCoursework}), the journal of the lessons held
 * ({@link BenchmarkJournal}) and, if asked for, the accounts ({@link BenchmarkAccounts}).
 * Organizations are taken in batches, each statement in its own transaction; a failure
 * stops the run and what was written before stays.
 */
@Component
class BenchmarkWeek {

	private static final Log logger = LogFactory.getLog(BenchmarkWeek.class);

	/** Organizations per batch. */
	private static final int BATCH = 25;

	/** The tables written, to analyze afterwards. */
	static final List<String> TABLES = List.of("timetable", "timetable_lesson", "study_load", "assignment",
			"submission", "grade", "journal_mark", "journal_change", "learner_contact", "journal_lesson",
			"lesson_attendance", "preschool_attendance", "account");

	private final BenchmarkTimetables timetables;

	private final BenchmarkCoursework coursework;

	private final BenchmarkJournal journal;

	private final BenchmarkAccounts accounts;

	private final Clock clock;

	BenchmarkWeek(BenchmarkTimetables timetables, BenchmarkCoursework coursework, BenchmarkJournal journal,
			BenchmarkAccounts accounts, Clock clock) {
		this.timetables = timetables;
		this.coursework = coursework;
		this.journal = journal;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** What was written. */
	record Counts(BenchmarkTimetables.Counts timetables, BenchmarkCoursework.Counts coursework,
			BenchmarkJournal.Counts journal, long accounts) {

		long rows() {
			return this.timetables.timetables() + this.timetables.lessons() + this.timetables.studyLoad()
					+ this.coursework.assignments() + this.coursework.submissions() + this.coursework.grades()
					+ this.coursework.marks() + this.journal.lessons() + this.journal.attendance()
					+ this.journal.preschoolDays() + this.accounts;
		}

	}

	Counts write(List<Long> organizationIds, BenchmarkGenerator.Parameters parameters) {
		Instant now = this.clock.instant();
		String hash = parameters.accounts() ? this.accounts.hash(parameters.password()) : null;
		BenchmarkTimetables.Counts timetables = new BenchmarkTimetables.Counts(0, 0, 0);
		BenchmarkCoursework.Counts coursework = new BenchmarkCoursework.Counts(0, 0, 0, 0);
		BenchmarkJournal.Counts journal = new BenchmarkJournal.Counts(0, 0, 0);
		long accounts = 0;
		long[] nanos = new long[4];
		for (int from = 0; from < organizationIds.size(); from += BATCH) {
			List<Long> batch = organizationIds.subList(from, Math.min(organizationIds.size(), from + BATCH));
			long started = System.nanoTime();
			timetables = timetables.plus(this.timetables.write(batch, now, parameters.seed() + from));
			long planned = System.nanoTime();
			coursework = coursework.plus(this.coursework.write(batch, now));
			long graded = System.nanoTime();
			journal = journal.plus(this.journal.write(batch, now));
			long marked = System.nanoTime();
			if (hash != null) {
				accounts += this.accounts.write(batch, hash);
			}
			long finished = System.nanoTime();
			nanos[0] += planned - started;
			nanos[1] += graded - planned;
			nanos[2] += marked - graded;
			nanos[3] += finished - marked;
			logger.info(String.format(
					"Generator: week of %,d of %,d organizations written (%,d lessons, %,d assignments, "
							+ "%,d submissions, %,d attendance marks, %,d accounts)",
					from + batch.size(), organizationIds.size(), timetables.lessons(), coursework.assignments(),
					coursework.submissions(), journal.attendance(), accounts));
		}
		logger.info(String.format(
				"Generator: the week took %.1f s for timetables, %.1f s for coursework, "
						+ "%.1f s for the journal, %.1f s for accounts",
				nanos[0] / 1e9, nanos[1] / 1e9, nanos[2] / 1e9, nanos[3] / 1e9));
		return new Counts(timetables, coursework, journal, accounts);
	}

}
