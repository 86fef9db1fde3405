-- My day and calendar feeds (A1-27a, A1-27b, A1-28b): indexes for the morning page and the feed secret's hash.

-- A class's events of a day (a curator's or a deputy's view of a class) without scanning the organization's.
create index school_event_group_idx on school_event (group_id, starts_at) where group_id is not null;

-- The feed link's secret is never stored: the token column holds the SHA-256 (hex) of the secret in the link.
comment on column calendar_feed.token is 'SHA-256 (lower-case hex) of the secret token in the feed link';

-- One active feed per person: a new link replaces the old one.
drop index calendar_feed_person_idx;
create unique index calendar_feed_active_idx on calendar_feed (person_id) where revoked_at is null;

-- A teacher's lessons of the timetable in force on a weekday, straight from the index.
create index timetable_lesson_teacher_timetable_idx on timetable_lesson (teacher_id, timetable_id, weekday);
