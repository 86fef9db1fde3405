-- access: accounts, grants (role + scope), observer logins, login throttling, the audit log.
-- O-2.9a, O-2.9b, O-5.4, A1-24a

create table account (
	id bigserial primary key,
	username text not null unique,
	person_id bigint unique references person (id),
	display_name text not null,
	password_hash text not null,
	locale text check (locale in ('kk', 'ru', 'en')),
	enabled boolean not null default true,
	demo boolean not null default false,
	failed_attempts int not null default 0,
	locked_until timestamptz,
	expires_at timestamptz,
	password_changed_at timestamptz not null default now(),
	created_at timestamptz not null default now()
);

-- A grant is a role with a scope: the Republic, a region, a district, an organization, a class or group, one learner.
create table role_grant (
	id bigserial primary key,
	account_id bigint not null references account (id) on delete cascade,
	role text not null,
	scope_type text not null check (scope_type in ('REPUBLIC', 'REGION', 'DISTRICT', 'ORGANIZATION', 'GROUP', 'LEARNER')),
	scope_id bigint,
	appointing_act text,
	granted_by text,
	granted_at timestamptz not null default now(),
	revoked_at timestamptz,
	check ((scope_type = 'REPUBLIC') = (scope_id is null))
);
create index role_grant_account_idx on role_grant (account_id) where revoked_at is null;

-- O-2.9a, O-2.9b: observer logins issued by an organization to the QA Committee or the ministry's department.
create table observer_login (
	id bigserial primary key,
	account_id bigint not null unique references account (id),
	organization_id bigint not null references organization (id),
	issued_to_name text not null,
	issued_to_body text not null check (issued_to_body in ('QA_COMMITTEE', 'QA_TERRITORIAL', 'HIGHER_EDUCATION_DEPARTMENT')),
	issuing_act text not null,
	issued_on date not null,
	expires_on date not null,
	issued_by text not null,
	revoked_at timestamptz,
	revoked_by text
);
create index observer_login_organization_idx on observer_login (organization_id);

-- Failed sign-ins per client address, for the rate limit (in the database, so every node sees them).
create table login_failure (
	id bigserial primary key,
	client text not null,
	at timestamptz not null default now()
);
create index login_failure_client_idx on login_failure (client, at);

-- Append-only audit log of every change and every view of a learner's personal data.
create table audit_log (
	id bigserial primary key,
	at timestamptz not null default now(),
	account_id bigint,
	username text not null,
	action text not null,
	object_type text not null,
	object_id text,
	organization_id bigint,
	district_id bigint,
	region_id bigint,
	details text
);
create index audit_log_org_at_idx on audit_log (organization_id, at desc);
create index audit_log_at_idx on audit_log (at desc);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
	raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
	for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
	for each statement execute function audit_log_is_append_only();

-- A one-time token that lets the first administrator of a non-demo installation set a password.
create table setup_token (
	id int primary key check (id = 1),
	token_hash text not null,
	created_at timestamptz not null default now()
);
