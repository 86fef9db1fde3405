-- Sign-in throttling per login and client address with growing delays (docs/adr/0010): the hard lock of an account
-- after five failures is gone, so that a wrong password typed from one address never locks the login everywhere.
alter table account drop column failed_attempts, drop column locked_until;

-- One row per (login, client address) that failed recently. The login is kept as a hash of its normalized form (a
-- password typed into the login field is never stored in clear); the key of a login that names an account is the
-- account, so that its IIN, e-mail, phone and username share one count.
create table login_delay (
	login_key text not null,
	client text not null,
	failures int not null,
	last_failure_at timestamptz not null,
	refused_until timestamptz,
	primary key (login_key, client)
);
create index login_delay_last_failure_idx on login_delay (last_failure_at);

-- The failures of an address are counted for the address-wide limit at the time the application's clock gives.
alter table login_failure alter column at drop default;
