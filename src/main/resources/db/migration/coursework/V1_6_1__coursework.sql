-- A1-27e: the channels through which work may come back, per organization (the deputy edits it);
-- an organization without a row allows every channel.
create table coursework_channels (
	organization_id bigint primary key references organization (id),
	channels text[] not null check (cardinality(channels) > 0),
	updated_by text not null,
	updated_at timestamptz not null default now()
);

-- A1-15a, A1-15b, A1-24j, A1-25j: an assignment of a class or group in a subject, with a mandatory
-- deadline after its release, the channels it may come back through and a rubric (max_points is the
-- rubric's total).
create table assignment (
	id bigserial primary key,
	organization_id bigint not null references organization (id),
	group_id bigint not null references study_group (id),
	subject text not null,
	title text not null check (length(trim(title)) > 0),
	instructions text,
	work_type text not null check (work_type in ('PRACTICAL', 'CONTROL_WORK', 'TEST', 'INDIVIDUAL', 'LAB', 'OTHER')),
	summative boolean not null,
	topic_id bigint references plan_topic (id) on delete set null,
	release_at timestamptz not null,
	deadline_at timestamptz not null,
	channels text[] not null check (cardinality(channels) > 0),
	max_points numeric(7, 2) not null check (max_points > 0),
	individual boolean not null default false,
	created_by text not null,
	created_at timestamptz not null default now(),
	check (deadline_at > release_at)
);
create index assignment_group_idx on assignment (group_id, deadline_at);
create index assignment_organization_idx on assignment (organization_id, deadline_at);

-- A1-15a: an assignment for some learners of the class only.
create table assignment_learner (
	assignment_id bigint not null references assignment (id) on delete cascade,
	learner_id bigint not null references learner (person_id),
	primary key (assignment_id, learner_id)
);
create index assignment_learner_learner_idx on assignment_learner (learner_id);

create table assignment_material (
	assignment_id bigint not null references assignment (id) on delete cascade,
	position int not null check (position >= 1),
	file_id uuid not null references stored_file (id),
	primary key (assignment_id, position)
);

-- A1-25j: the rubric: criteria with their points possible and descriptors of levels.
create table rubric_criterion (
	id bigserial primary key,
	assignment_id bigint not null references assignment (id) on delete cascade,
	position int not null check (position >= 1),
	title text not null check (length(trim(title)) > 0),
	max_points numeric(6, 2) not null check (max_points > 0),
	unique (assignment_id, position)
);

create table rubric_descriptor (
	id bigserial primary key,
	criterion_id bigint not null references rubric_criterion (id) on delete cascade,
	position int not null check (position >= 1),
	description text not null check (length(trim(description)) > 0),
	points numeric(6, 2) not null check (points >= 0),
	unique (criterion_id, position)
);

-- A1-27f, A1-27g: a submission (a version; a resubmission is a new row), by the learner on the
-- platform or recorded by the teacher with the channel it came through. The idempotency key makes a
-- retried upload return the first submission.
create table submission (
	id bigserial primary key,
	assignment_id bigint not null references assignment (id),
	learner_id bigint not null references learner (person_id),
	version int not null check (version >= 1),
	channel text not null check (channel in ('PLATFORM', 'EMAIL', 'AITU', 'WHATSAPP', 'POST', 'OTHER')),
	body text,
	received_at timestamptz not null,
	late boolean not null,
	honesty_confirmed boolean not null,
	recorded_by text not null,
	recorded_at timestamptz not null default now(),
	idempotency_key text,
	unique (assignment_id, learner_id, version),
	unique (recorded_by, idempotency_key),
	check (channel <> 'PLATFORM' or honesty_confirmed)
);
create index submission_learner_idx on submission (learner_id, assignment_id);

create table submission_file (
	submission_id bigint not null references submission (id) on delete cascade,
	position int not null check (position >= 1),
	file_id uuid not null references stored_file (id),
	primary key (submission_id, position)
);

-- A1-25j: a grade by the rubric; a regrade adds a row and keeps the earlier ones as history.
create table grade (
	id bigserial primary key,
	submission_id bigint not null references submission (id),
	points numeric(7, 2) not null check (points >= 0),
	max_points numeric(7, 2) not null check (max_points > 0 and points <= max_points),
	scale text not null check (scale in ('FIVE_POINT', 'HUNDRED_POINT', 'POINTS')),
	mark numeric(7, 2),
	feedback text,
	graded_by text not null,
	graded_at timestamptz not null default now(),
	current boolean not null default true
);
create unique index grade_current_idx on grade (submission_id) where current;

create table grade_score (
	grade_id bigint not null references grade (id) on delete cascade,
	criterion_id bigint not null references rubric_criterion (id),
	descriptor_id bigint references rubric_descriptor (id),
	points numeric(6, 2) not null check (points >= 0),
	primary key (grade_id, criterion_id)
);

-- A1-27g: a suspected violation of academic honesty, for the curator and the deputy.
create table honesty_flag (
	id bigserial primary key,
	submission_id bigint not null references submission (id),
	comment text not null check (length(trim(comment)) > 0),
	flagged_by text not null,
	flagged_at timestamptz not null default now()
);
create index honesty_flag_submission_idx on honesty_flag (submission_id);
