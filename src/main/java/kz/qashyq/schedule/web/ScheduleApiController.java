package kz.qashyq.schedule.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.qashyq.schedule.MyDay;
import kz.qashyq.schedule.MyDayView;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * "My day" and "my week" as JSON for mobile apps: the same reads and checks as the pages.
 * Every entry carries its start and end as UTC instants and as local times with the
 * organization's IANA time zone.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "My day",
		description = "The day and week of a learner, parent, teacher, curator or class: lessons of "
				+ "the approved timetable in force, TV broadcasts and events; start and end as UTC instants plus local "
				+ "time and time zone")
class ScheduleApiController {

	private static final String DATE = "The date (YYYY-MM-DD); today in the organization's time zone when absent";

	private final MyDay myDay;

	ScheduleApiController(MyDay myDay) {
		this.myDay = myDay;
	}

	@GetMapping("/my/day")
	@Operation(summary = "The caller's day: own lessons and events, each child's (parents), their class's (curators)")
	MyDayView myDay(@Parameter(description = DATE) @RequestParam(required = false) String date) {
		return this.myDay.mine(date(date), false);
	}

	@GetMapping("/my/week")
	@Operation(summary = "The caller's week (Monday to Sunday of the date)")
	MyDayView myWeek(@Parameter(description = DATE) @RequestParam(required = false) String date) {
		return this.myDay.mine(date(date), true);
	}

	@GetMapping("/children/{learnerId}/day")
	@Operation(summary = "A child's day, for their parent")
	MyDayView childDay(@PathVariable long learnerId,
			@Parameter(description = DATE) @RequestParam(required = false) String date) {
		return this.myDay.learner(learnerId, date(date), false);
	}

	@GetMapping("/children/{learnerId}/week")
	@Operation(summary = "A child's week, for their parent")
	MyDayView childWeek(@PathVariable long learnerId,
			@Parameter(description = DATE) @RequestParam(required = false) String date) {
		return this.myDay.learner(learnerId, date(date), true);
	}

	@GetMapping("/groups/{groupId}/day")
	@Operation(summary = "A class's day, for staff who may view its timetable")
	MyDayView groupDay(@PathVariable long groupId,
			@Parameter(description = DATE) @RequestParam(required = false) String date) {
		return this.myDay.group(groupId, date(date), false);
	}

	@GetMapping("/groups/{groupId}/week")
	@Operation(summary = "A class's week, for staff who may view its timetable")
	MyDayView groupWeek(@PathVariable long groupId,
			@Parameter(description = DATE) @RequestParam(required = false) String date) {
		return this.myDay.group(groupId, date(date), true);
	}

	private static LocalDate date(String date) {
		if (date == null || date.isBlank()) {
			return null;
		}
		LocalDate parsed = MyDayController.parse(date);
		if (parsed == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "date must be YYYY-MM-DD between 2000 and 2100");
		}
		return parsed;
	}

}
