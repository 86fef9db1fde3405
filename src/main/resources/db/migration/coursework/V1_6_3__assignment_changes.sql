-- Issue 9: an assignment edited after it was issued. Before any submission everything may change;
-- after, only the deadline and the instructions. Each change is kept so that its learners are told
-- on the task page what changed and when.
create table assignment_change (
	id bigserial primary key,
	assignment_id bigint not null references assignment (id) on delete cascade,
	changed_at timestamptz not null,
	changed_by text not null,
	old_deadline_at timestamptz not null,
	new_deadline_at timestamptz not null,
	instructions_changed boolean not null,
	other_changed boolean not null
);
create index assignment_change_assignment_idx on assignment_change (assignment_id, changed_at);
