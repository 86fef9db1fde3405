-- Timetable generation: teachers' unavailable hours (a hard constraint of the solver) and the solver runs.

-- O-1.10d: when a teacher cannot teach (local times of the organization's time zone).
create table teacher_unavailability (
	id bigserial primary key,
	organization_id bigint not null references organization (id),
	teacher_id bigint not null references person (id),
	weekday int not null check (weekday between 1 and 7),
	from_time time not null,
	to_time time not null,
	created_by text not null,
	check (to_time > from_time)
);
create index teacher_unavailability_organization_idx on teacher_unavailability (organization_id, teacher_id);

-- O-1.10d: a solver run for an organization; any node shows its state, the node that runs it renews
-- its heartbeat and watches stop_requested.
create table timetable_job (
	id bigserial primary key,
	organization_id bigint not null references organization (id),
	valid_from date not null,
	status text not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'STOPPED', 'FAILED')),
	lessons int not null,
	best_score text,
	hard_score int,
	soft_score int,
	seconds_limit int not null,
	stop_requested boolean not null default false,
	timetable_id bigint references timetable (id) on delete set null,
	error text,
	started_by text not null,
	node text not null,
	created_at timestamptz not null default now(),
	started_at timestamptz,
	finished_at timestamptz,
	heartbeat_at timestamptz
);
create index timetable_job_organization_idx on timetable_job (organization_id, created_at desc);
create unique index timetable_job_active_idx on timetable_job (organization_id) where status in ('QUEUED', 'RUNNING');
