package kz.qashyq.schedule.internal.events;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import kz.qashyq.platform.security.ScopeRef;
import kz.qashyq.schedule.EventSummary;
import kz.qashyq.schedule.EventTemplate;
import kz.qashyq.schedule.Events;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events facade, and the application of the order's templates (O-1.11a, O-1.12a,
 * O-1.13a): one event per school class whose grade is in one of the template's bands,
 * starting at the band's time in the organization's own time zone (so an Asia/Aqtobe
 * school starts an hour after an Asia/Almaty one in 2020), with an online meeting link
 * and its invitees: the class's learners and/or their parents, and the class teacher.
 */
@Service
class JdbcEvents implements Events {

	private final EventRepository repository;

	private final MeetingLinks links;

	JdbcEvents(EventRepository repository, MeetingLinks links) {
		this.repository = repository;
		this.links = links;
	}

	@Override
	public List<EventSummary> invitationsOf(long personId, Instant from, Instant to) {
		return this.repository.invitationsOf(personId, from, to);
	}

	@Override
	public List<EventTemplate> templates() {
		return this.repository.templates();
	}

	@Override
	@Transactional
	public int applyTemplate(String templateCode, ScopeRef within, String appliedBy) {
		EventTemplate template = templates().stream()
			.filter((t) -> t.code().equals(templateCode))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown event template " + templateCode));
		EventRepository.Invitation invitation = this.repository.invitation(templateCode).orElseThrow();
		int created = 0;
		for (EventRepository.SchoolClass schoolClass : this.repository.schoolClasses(within)) {
			Optional<EventTemplate.Band> band = template.bands()
				.stream()
				.filter((b) -> b.covers(schoolClass.grade()))
				.findFirst();
			if (band.isEmpty()) {
				continue;
			}
			Instant startsAt = ZonedDateTime.of(template.date(), band.get().startsAt(), schoolClass.zone()).toInstant();
			Optional<Long> id = this.repository.insert(new EventRepository.NewEvent(schoolClass.organizationId(),
					schoolClass.groupId(), template.kind(), template.code(), template.title(), template.topics(),
					startsAt, template.minutes(), this.links.newLink(), null, "ONLINE", null, appliedBy));
			if (id.isEmpty()) {
				continue; // applied before
			}
			created++;
			if (invitation.learners()) {
				this.repository.inviteLearners(id.get(), schoolClass.groupId());
			}
			if (invitation.parents()) {
				this.repository.inviteParents(id.get(), schoolClass.groupId());
			}
			this.repository.inviteSupervisor(id.get(), schoolClass.groupId());
		}
		return created;
	}

}
