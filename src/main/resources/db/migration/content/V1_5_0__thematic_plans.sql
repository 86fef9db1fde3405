-- A1-25b, A1-25c, A1-25e: a calendar-thematic plan per class or group and subject. Its topics carry
-- the working time in hours, the date taught, the completion deadline and the form of learning
-- (A1-14a); links to external resources per topic; every saved change is a numbered revision with a
-- snapshot; publishing makes the plan the learners' thematic schedule.
create table thematic_plan (
	id bigserial primary key,
	group_id bigint not null references study_group (id),
	subject text not null,
	teacher_id bigint references person (id),
	horizon text not null default 'MEDIUM' check (horizon in ('SHORT', 'MEDIUM')),
	version int not null default 1 check (version >= 1),
	published_version int check (published_version between 1 and version),
	published_at timestamptz,
	updated_by text not null,
	updated_at timestamptz not null default now(),
	unique (group_id, subject)
);

create table plan_topic (
	id bigserial primary key,
	plan_id bigint not null references thematic_plan (id) on delete cascade,
	position int not null check (position >= 1),
	title text not null check (length(trim(title)) > 0),
	hours numeric(5, 1) not null check (hours > 0 and hours <= 200),
	planned_date date,
	deadline date,
	form text check (form in ('VIDEO_LECTURE', 'LECTURE', 'MULTIMEDIA_LECTURE', 'TV_LECTURE', 'INDEPENDENT_WORK',
		'VIRTUAL_LAB', 'COMPUTER_TESTING', 'CONSULTATION', 'WEB_LESSON', 'CHAT_LESSON')),
	notes text,
	check (deadline is null or planned_date is null or deadline >= planned_date),
	unique (plan_id, position) deferrable initially deferred
);
create index plan_topic_date_idx on plan_topic (plan_id, planned_date);

create table plan_topic_link (
	id bigserial primary key,
	topic_id bigint not null references plan_topic (id) on delete cascade,
	title text not null,
	url text not null check (url ~* '^https?://')
);
create index plan_topic_link_topic_idx on plan_topic_link (topic_id);

create table plan_revision (
	plan_id bigint not null references thematic_plan (id) on delete cascade,
	version int not null,
	snapshot jsonb not null,
	changed_by text not null,
	changed_at timestamptz not null default now(),
	primary key (plan_id, version)
);
