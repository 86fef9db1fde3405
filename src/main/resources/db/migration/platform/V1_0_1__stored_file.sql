-- The storage port's records: one row per acknowledged upload; the content itself lies in the
-- store under its SHA-256 (several rows may share one content).
create table stored_file (
	id uuid primary key,
	sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
	size bigint not null check (size > 0),
	media_type text not null,
	category text not null check (category in ('PDF', 'OFFICE', 'IMAGE', 'AUDIO', 'VIDEO', 'TEXT')),
	original_name text not null check (original_name !~ '[/\\]'),
	uploaded_by text not null,
	uploaded_at timestamptz not null default now()
);
create index stored_file_sha256_idx on stored_file (sha256);
