package kz.qashyq.schedule.internal.feed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import kz.qashyq.platform.audit.AuditEvent;
import kz.qashyq.platform.audit.AuditTrail;
import kz.qashyq.platform.calendar.ICalendarWriter;
import kz.qashyq.platform.security.CurrentUser;
import kz.qashyq.platform.security.QashyqUser;
import kz.qashyq.schedule.CalendarFeedInfo;
import kz.qashyq.schedule.CalendarFeeds;
import kz.qashyq.schedule.MyDay;
import kz.qashyq.schedule.MyDayAgenda;
import kz.qashyq.schedule.MyDayDate;
import kz.qashyq.schedule.MyDayEntry;
import kz.qashyq.schedule.internal.myday.MyDayAccess;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A1-27b: feed links (256 random bits, only their SHA-256 stored) and the feed itself:
 * the lessons of the approved timetables as dated events from two weeks back to eight
 * weeks ahead, the TV broadcasts and the events, of the person and their children, with
 * UTC instants.
 */
@Service
class CalendarFeedService implements CalendarFeeds {

	static final int WEEKS_BACK = 2;

	static final int WEEKS_AHEAD = 8;

	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final CalendarFeedRepository feeds;

	private final MyDay myDay;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	CalendarFeedService(CalendarFeedRepository feeds, MyDay myDay, AuditTrail audit, MessageSource messages,
			Clock clock) {
		this.feeds = feeds;
		this.myDay = myDay;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CalendarFeedInfo> mine() {
		QashyqUser user = owner();
		return this.feeds.activeSince(user.personId()).map(CalendarFeedInfo::new);
	}

	@Override
	@Transactional
	public String create() {
		QashyqUser user = owner();
		CurrentUser.requireWriter();
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		int replaced = this.feeds.revoke(user.personId(), now);
		this.feeds.insert(hash(token), user.personId(), user.getUsername(), now);
		this.audit.record(AuditEvent.of("CREATE", "CALENDAR_FEED", user.personId(), null,
				(replaced > 0) ? "replaces the previous link" : null));
		return token;
	}

	@Override
	@Transactional
	public boolean revoke() {
		QashyqUser user = owner();
		CurrentUser.requireWriter();
		boolean revoked = this.feeds.revoke(user.personId(), this.clock.instant()) > 0;
		if (revoked) {
			this.audit.record(AuditEvent.of("REVOKE", "CALENDAR_FEED", user.personId(), null, null));
		}
		return revoked;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> render(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return this.feeds.activePerson(hash(token)).map(this::calendar);
	}

	private String calendar(long personId) {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Asia/Almaty"));
		List<MyDayAgenda> agendas = this.myDay.agendasOf(personId, today.minusWeeks(WEEKS_BACK),
				today.plusWeeks(WEEKS_AHEAD));
		Map<String, ICalendarWriter.Event> events = new LinkedHashMap<>();
		for (MyDayAgenda agenda : agendas) {
			String prefix = "CHILD".equals(agenda.kind()) ? agenda.name() + ": " : "";
			for (MyDayDate date : agenda.days()) {
				for (MyDayEntry entry : date.entries()) {
					String uid = uid(agenda, entry);
					events.putIfAbsent(uid, event(uid, prefix, entry));
				}
			}
		}
		return ICalendarWriter.write(
				"-//Qashyq//My day//" + LocaleContextHolder.getLocale().getLanguage().toUpperCase(),
				message("myday.feed.calendarName"), now, new ArrayList<>(events.values()));
	}

	private static String uid(MyDayAgenda agenda, MyDayEntry entry) {
		String who = "OWN".equals(agenda.kind()) ? "" : "-" + agenda.kind().toLowerCase() + agenda.id();
		return switch (entry.kind()) {
			case MyDayEntry.LESSON -> "lesson-" + entry.id() + "-" + entry.date() + who + "@qashyq.kz";
			case MyDayEntry.TV -> "tv-" + entry.id() + "@qashyq.kz";
			case MyDayEntry.EVENT -> "event-" + entry.id() + "@qashyq.kz";
			default -> entry.kind().toLowerCase(Locale.ROOT) + "-" + entry.id() + who + "@qashyq.kz";
		};
	}

	private ICalendarWriter.Event event(String uid, String prefix, MyDayEntry entry) {
		List<String> description = new ArrayList<>();
		String summary;
		String location = null;
		String category;
		switch (entry.kind()) {
			case MyDayEntry.LESSON -> {
				summary = prefix + entry.title() + " (" + message("myday.mode." + entry.mode()) + ")";
				category = message("myday.kind.LESSON");
				add(description, "myday.group", entry.groupName());
				add(description, "myday.teacher", entry.teacherName());
				if (entry.channel() != null) {
					location = message("myday.channel." + entry.channel());
					add(description, "myday.topic", entry.topic());
				}
			}
			case MyDayEntry.TV -> {
				summary = prefix + message("myday.kind.TV") + ": " + entry.title();
				category = message("myday.kind.TV");
				location = message("myday.channel." + entry.channel());
				add(description, "myday.topic", entry.topic());
			}
			case MyDayEntry.TASK, MyDayEntry.TOPIC -> {
				summary = prefix + message("myday.kind." + entry.kind()) + ": " + entry.title();
				category = message("myday.kind." + entry.kind());
				add(description, "myday.topic", entry.topic());
			}
			default -> {
				summary = prefix + entry.title();
				category = message("myday.kind.EVENT");
				add(description, "myday.topic", entry.topic());
			}
		}
		// links of the platform's own pages are relative: only absolute links go into a
		// feed
		if (entry.meetingUrl() != null && entry.meetingUrl().startsWith("http")) {
			location = entry.meetingUrl();
			add(description, "myday.link", entry.meetingUrl());
		}
		return new ICalendarWriter.Event(uid, entry.start(), entry.end(), summary,
				description.isEmpty() ? null : String.join("\n", description), location, entry.meetingUrl(), category);
	}

	private void add(List<String> lines, String key, String value) {
		if (value != null && !value.isBlank()) {
			lines.add(message(key) + ": " + value);
		}
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}

	private static QashyqUser owner() {
		QashyqUser user = CurrentUser.get();
		if (!MyDayAccess.hasOwnDay(user)) {
			throw new AccessDeniedException("No day of one's own");
		}
		return user;
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

}
