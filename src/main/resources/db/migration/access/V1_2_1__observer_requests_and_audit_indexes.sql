-- O-5.4: observer-access requests of the QA Committee and its territorial departments to a named organization.
create table observer_request (
	id bigserial primary key,
	organization_id bigint not null references organization (id),
	-- where the organization sits, so that a region's requests are found without joining the directory
	district_id bigint not null,
	region_id bigint not null,
	requesting_body text not null check (requesting_body in ('QA_COMMITTEE', 'QA_TERRITORIAL', 'HIGHER_EDUCATION_DEPARTMENT')),
	observer_name text not null,
	reason text not null,
	requested_by_account_id bigint references account (id),
	requested_by text not null,
	requested_at timestamptz not null default now(),
	status text not null default 'REQUESTED' check (status in ('REQUESTED', 'ISSUED', 'REFUSED')),
	decided_at timestamptz,
	decided_by text,
	refusal_reason text,
	observer_login_id bigint references observer_login (id),
	check ((status = 'REQUESTED') = (decided_at is null)),
	check ((status = 'ISSUED') = (observer_login_id is not null)),
	check ((status = 'REFUSED') = (refusal_reason is not null))
);
create index observer_request_organization_idx on observer_request (organization_id, requested_at desc);
create index observer_request_region_idx on observer_request (region_id, requested_at desc);
create index observer_request_open_idx on observer_request (requested_at) where status = 'REQUESTED';

-- A1-24a, O-2.9b: the audit log is searched newest first within an organization, a district, a region, or for one
-- account ("what this observer viewed").
drop index audit_log_org_at_idx;
create index audit_log_organization_idx on audit_log (organization_id, id desc) where organization_id is not null;
create index audit_log_district_idx on audit_log (district_id, id desc) where district_id is not null;
create index audit_log_region_idx on audit_log (region_id, id desc) where region_id is not null;
create index audit_log_account_idx on audit_log (account_id, id desc) where account_id is not null;
