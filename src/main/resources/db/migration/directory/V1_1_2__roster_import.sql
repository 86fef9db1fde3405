-- Roster import jobs (learners with parents, staff) and their row errors.
-- A job keeps the uploaded file only until it has finished; errors keep codes and arguments, not text,
-- so that the error report renders in the language of whoever reads it.

create table roster_import (
	id uuid primary key,
	organization_id bigint not null references organization (id),
	kind text not null check (kind in ('LEARNERS', 'STAFF')),
	file_name text not null,
	file_type text not null check (file_type in ('CSV', 'XLSX')),
	file_size int not null,
	content bytea,
	status text not null check (status in ('PENDING', 'VALIDATING', 'APPLYING', 'DONE', 'REJECTED', 'FAILED')),
	total_rows int,
	processed_rows int not null default 0,
	error_count int not null default 0,
	learners_created int not null default 0,
	learners_linked int not null default 0,
	parents_created int not null default 0,
	parents_linked int not null default 0,
	staff_created int not null default 0,
	staff_linked int not null default 0,
	positions_created int not null default 0,
	created_by_account bigint,
	created_by text not null,
	created_at timestamptz not null default now(),
	started_at timestamptz,
	finished_at timestamptz,
	-- the node that runs the job renews this while it holds the job; a stale one means the node is gone
	node text not null,
	heartbeat_at timestamptz not null default now()
);
create index roster_import_organization_idx on roster_import (organization_id, created_at desc);
create index roster_import_running_idx on roster_import (heartbeat_at)
	where status in ('PENDING', 'VALIDATING', 'APPLYING');

-- One problem of an import: a cell (row and column), a whole row (no column) or the file (row 0).
create table roster_import_error (
	import_id uuid not null references roster_import (id) on delete cascade,
	seq int not null,
	row_number int not null,
	column_key text,
	code text not null,
	value text,
	args text[] not null default '{}',
	primary key (import_id, seq)
);
