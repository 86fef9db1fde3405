-- schedule: study load, timetables, TV broadcasts, events and calendar feeds.
-- Lesson times are local to the organization's time zone (organization.time_zone); instants are timestamptz.

-- O-3.1a: the national TV-lesson schedule (EL ARNA, Balapan).
create table tv_broadcast (
	id bigserial primary key,
	channel text not null check (channel in ('EL_ARNA', 'BALAPAN')),
	language text not null check (language in ('kk', 'ru')),
	grade int not null check (grade between 0 and 12),
	subject text not null,
	topic text,
	starts_at timestamptz not null,
	ends_at timestamptz not null,
	imported_by text not null,
	imported_at timestamptz not null default now(),
	check (ends_at > starts_at),
	unique (channel, starts_at)
);
create index tv_broadcast_grade_idx on tv_broadcast (grade, starts_at);

-- O-1.10d, A1-6: hours per week per class or group and subject, and who teaches it.
create table study_load (
	id bigserial primary key,
	group_id bigint not null references study_group (id),
	subject text not null,
	teacher_id bigint not null references person (id),
	hours_per_week int not null check (hours_per_week between 1 and 40),
	live boolean not null default true,
	unique (group_id, subject)
);
create index study_load_teacher_idx on study_load (teacher_id);

-- A1-7, A1-23c: an organization's timetable; drafts are edited or generated, one approved version
-- takes effect from its date; earlier versions stay readable.
create table timetable (
	id bigserial primary key,
	organization_id bigint not null references organization (id),
	valid_from date not null,
	status text not null check (status in ('DRAFT', 'APPROVED', 'ARCHIVED')),
	source text not null check (source in ('MANUAL', 'GENERATED')),
	note text,
	created_by text not null,
	created_at timestamptz not null default now(),
	approved_by text,
	approved_at timestamptz,
	-- A1-24b: an optional public link to the approved timetable.
	public_token text unique
);
create index timetable_organization_idx on timetable (organization_id, status, valid_from);

-- O-1.14a: every lesson has a delivery mode; a TV slot may point to a broadcast.
create table timetable_lesson (
	id bigserial primary key,
	timetable_id bigint not null references timetable (id) on delete cascade,
	group_id bigint not null references study_group (id),
	subject text not null,
	teacher_id bigint references person (id),
	weekday int not null check (weekday between 1 and 7),
	start_time time not null,
	minutes int not null check (minutes between 1 and 600),
	mode text not null check (mode in ('LIVE', 'SELF_STUDY', 'TV', 'OFFLINE', 'IN_PERSON')),
	meeting_url text,
	tv_broadcast_id bigint references tv_broadcast (id)
);
create index timetable_lesson_group_idx on timetable_lesson (timetable_id, group_id, weekday);
create index timetable_lesson_teacher_idx on timetable_lesson (teacher_id, weekday);

-- O-1.11a, O-1.12a, O-1.13a, A1-29a, O-1.24: events of a class, a group or a whole organization.
create table school_event (
	id bigserial primary key,
	organization_id bigint not null references organization (id),
	group_id bigint references study_group (id),
	kind text not null check (kind in ('TRIAL_LESSON', 'PARENT_MEETING', 'CLASS_HOUR', 'WEBINAR', 'MEETING',
		'COMPETITION', 'OTHER')),
	template_code text,
	title_kk text not null,
	title_ru text not null,
	title_en text not null,
	topics text,
	starts_at timestamptz not null,
	minutes int not null check (minutes between 1 and 600),
	meeting_url text,
	created_by text not null,
	created_at timestamptz not null default now()
);
create index school_event_organization_idx on school_event (organization_id, starts_at);
create unique index school_event_template_idx on school_event (group_id, template_code)
	where template_code is not null and group_id is not null;

create table event_invitee (
	event_id bigint not null references school_event (id) on delete cascade,
	person_id bigint not null references person (id),
	role text not null check (role in ('LEARNER', 'PARENT', 'TEACHER', 'STAFF')),
	primary key (event_id, person_id)
);
create index event_invitee_person_idx on event_invitee (person_id);

-- A1-27b: a person's secret, revocable iCalendar feed link.
create table calendar_feed (
	token text primary key,
	person_id bigint not null references person (id),
	created_by text not null,
	created_at timestamptz not null default now(),
	revoked_at timestamptz
);
create index calendar_feed_person_idx on calendar_feed (person_id) where revoked_at is null;
