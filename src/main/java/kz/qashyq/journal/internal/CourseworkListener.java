package kz.qashyq.journal.internal;

import java.time.LocalDate;

import kz.qashyq.coursework.SubmissionReceived;
import kz.qashyq.coursework.WorkGraded;
import kz.qashyq.journal.MarkKind;
import kz.qashyq.journal.MarkPosted;
import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A1-24k: results from coursework post into the journal automatically. A graded
 * submission becomes a mark (one per submission: a regrade replaces it); formative
 * assessment becomes a feedback entry without a mark. A received submission counts as the
 * learner's contact of the day (A1-27i).
 */
@Component
class CourseworkListener {

	private final JournalRepository repository;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	CourseworkListener(JournalRepository repository, AuditTrail audit, ApplicationEventPublisher events) {
		this.repository = repository;
		this.audit = audit;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(WorkGraded graded) {
		MarkKind kind = kindOf(graded.workType(), graded.summative());
		String old = this.repository.markOfSubmission(graded.submissionId())
			.map((m) -> JournalService.plain(m.mark()))
			.orElse(null);
		long id = this.repository.upsertCourseworkMark(graded, kind);
		String now = graded.summative() ? JournalService.plain(graded.mark()) : "feedback";
		this.repository.history(graded.groupId(), graded.learnerId(), graded.subject(), "MARK", graded.date(), old,
				now + " (coursework " + graded.submissionId() + ")", graded.gradedBy());
		this.audit.record(AuditEvent.of((old != null) ? "UPDATE" : "CREATE", "JOURNAL_MARK", id, null,
				"from submission " + graded.submissionId() + ": " + old + " -> " + now));
		this.events.publishEvent(new MarkPosted(id, graded.learnerId(), graded.groupId(), graded.organizationId(),
				graded.subject(), graded.date(), kind, graded.scale().name(), graded.summative() ? graded.mark() : null,
				"COURSEWORK", graded.submissionId(), graded.gradedBy(), graded.gradedAt()));
	}

	/**
	 * Summative control works and tests are the summative assessment of a section
	 * (intermediate attestation); everything else is current control.
	 */
	static MarkKind kindOf(String workType, boolean summative) {
		if (summative && ("CONTROL_WORK".equals(workType) || "TEST".equals(workType))) {
			return MarkKind.INTERMEDIATE_ATTESTATION;
		}
		return MarkKind.CURRENT;
	}

	@ApplicationModuleListener
	void on(SubmissionReceived received) {
		this.repository.contact(received.learnerId(),
				LocalDate.ofInstant(received.receivedAt(), this.repository.zoneOf(received.organizationId())),
				"SUBMISSION");
	}

}
