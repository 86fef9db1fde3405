package kz.qashyq.schedule.web;

import kz.qashyq.schedule.CalendarFeedInfo;
import kz.qashyq.schedule.CalendarFeeds;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A1-27b: the page where a person makes, sees and revokes their calendar feed link, and
 * the feed itself (public: the secret in the link is the authorization).
 */
@Controller
class FeedController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

	private static final java.time.ZoneId ALMATY = java.time.ZoneId.of("Asia/Almaty");

	private final CalendarFeeds feeds;

	FeedController(CalendarFeeds feeds) {
		this.feeds = feeds;
	}

	@GetMapping("/schedule/feeds")
	String page(Model model) {
		CalendarFeedInfo feed = this.feeds.mine().orElse(null);
		model.addAttribute("feed", feed);
		if (feed != null) {
			model.addAttribute("feedSince", java.time.LocalDate.ofInstant(feed.createdAt(), ALMATY));
		}
		return "schedule/myday/feeds";
	}

	@PostMapping("/schedule/feeds")
	String create(RedirectAttributes redirect) {
		String token = this.feeds.create();
		String url = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/feeds/{token}.ics")
			.queryParam("lang", kz.qashyq.platform.i18n.Languages.current())
			.buildAndExpand(token)
			.toUriString();
		redirect.addFlashAttribute("feedUrl", url);
		return "redirect:/schedule/feeds";
	}

	@PostMapping("/schedule/feeds/revoke")
	String revoke(RedirectAttributes redirect) {
		redirect.addFlashAttribute("revoked", this.feeds.revoke());
		return "redirect:/schedule/feeds";
	}

	@GetMapping("/feeds/{token}.ics")
	@ResponseBody
	ResponseEntity<String> feed(@PathVariable String token) {
		return this.feeds.render(token)
			.map((body) -> ResponseEntity.ok()
				.contentType(TEXT_CALENDAR)
				.cacheControl(CacheControl.noStore())
				.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"qashyq.ics\"")
				.body(body))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
