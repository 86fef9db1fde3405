-- guidance: each account's progress through the step-by-step guide of its role (O-3.1d, A1-11).

-- One row per account and guide, created when the guide is first opened: how often it was opened, when it was
-- completed. person_id is the account's person (null for accounts that are not people of the directory), kept here
-- so that an organization's list of who has not completed reads no other module's tables.
create table guide_progress (
	account_id bigint not null references account (id) on delete cascade,
	guide text not null,
	person_id bigint references person (id),
	views int not null default 0 check (views >= 0),
	first_viewed_at timestamptz,
	last_viewed_at timestamptz,
	completed_at timestamptz,
	primary key (account_id, guide)
);
create index guide_progress_person_idx on guide_progress (person_id) where completed_at is not null;

-- The steps an account has marked done, once each.
create table guide_step_done (
	account_id bigint not null,
	guide text not null,
	step text not null,
	done_at timestamptz not null,
	primary key (account_id, guide, step),
	foreign key (account_id, guide) references guide_progress (account_id, guide) on delete cascade
);
