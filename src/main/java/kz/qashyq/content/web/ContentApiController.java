package kz.qashyq.content.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.qashyq.content.internal.MaterialRepository.MaterialRow;
import kz.qashyq.content.internal.MaterialService;
import kz.qashyq.content.internal.PlanService;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The learner's thematic schedule and a discipline's materials as JSON for mobile apps:
 * the same reads and checks as the pages.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Content",
		description = "Published thematic schedules (topic, working time, deadline) and the free materials of "
				+ "a discipline")
class ContentApiController {

	private final PlanService plans;

	private final MaterialService materials;

	ContentApiController(PlanService plans, MaterialService materials) {
		this.plans = plans;
		this.materials = materials;
	}

	@Schema(description = "A material of the knowledge bank; free to learners")
	record MaterialJson(long id, @Schema(description = "FILE, LINK or TEXT") String kind, String title,
			@Schema(description = "The discipline's subject") String subject, String topic,
			@Schema(description = "The form of learning (A1-14a), or null") String form,
			@Schema(description = "kk, ru or en") String language, String licence,
			@Schema(description = "Where to read it: the external address of a link, the download path of a "
					+ "file, the page of a text") String url,
			@Schema(description = "The media type of a file, or null") String mediaType,
			@Schema(description = "When it was last updated") Instant updatedAt) {

		static MaterialJson of(MaterialRow row) {
			String url = switch (row.kind()) {
				case LINK -> row.url();
				case FILE -> "/content/materials/" + row.id() + "/file";
				case TEXT -> "/content/materials/" + row.id();
			};
			return new MaterialJson(row.id(), row.kind().name(), row.title(), row.subject(), row.topic(),
					(row.form() != null) ? row.form().name() : null, row.language(), row.licence(), url,
					row.mediaType(), row.updatedAt());
		}

	}

	@Schema(description = "A link of a topic to an external resource")
	record LinkJson(String title, String url) {
	}

	@Schema(description = "A topic of a published thematic schedule")
	record TopicJson(int position, String title, @Schema(description = "Working time in hours") BigDecimal hours,
			@Schema(description = "The date it is taught, or null") LocalDate plannedDate,
			@Schema(description = "The completion deadline, or null") LocalDate deadline,
			@Schema(description = "The form of learning, or null") String form, List<LinkJson> links,
			@Schema(description = "Ids of the topic's materials") List<Long> materialIds) {
	}

	@Schema(description = "The published thematic schedule of one subject of the learner's class")
	record ScheduleJson(long planId, String subject, int version, Instant publishedAt, List<TopicJson> topics,
			List<MaterialJson> materials) {
	}

	@GetMapping("/learners/{learnerId}/thematic-schedule")
	@Operation(summary = "The published thematic schedules of a learner's class (A1-25e), for the learner, "
			+ "their parents and staff who may view the class's content")
	List<ScheduleJson> schedule(@PathVariable long learnerId,
			@Parameter(description = "Only this subject") @RequestParam(required = false) String subject) {
		return this.plans.learner(learnerId, subject)
			.plans()
			.stream()
			.map((plan) -> new ScheduleJson(plan.planId(), plan.subject(), plan.version(), plan.publishedAt(),
					plan.topics()
						.stream()
						.map((t) -> new TopicJson(t.position(), t.title(), t.hours(), t.plannedDate(), t.deadline(),
								(t.form() != null) ? t.form().name() : null,
								t.links().stream().map((l) -> new LinkJson(l.title(), l.url())).toList(),
								t.materials().stream().map((m) -> m.id()).toList()))
						.toList(),
					plan.materials().stream().map(MaterialJson::of).toList()))
			.toList();
	}

	@GetMapping("/disciplines/{disciplineId}/materials")
	@Operation(summary = "The materials of a discipline, for staff who may view it and the learners and "
			+ "parents of its organization")
	List<MaterialJson> materials(@PathVariable long disciplineId) {
		return this.materials.ofDiscipline(disciplineId).stream().map(MaterialJson::of).toList();
	}

}
