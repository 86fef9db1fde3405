-- policy: the order as data (O-0, O-11a, O-11b): basis acts, presets of versioned distance-learning policies
-- (lesson rules per grade band, calendar periods), and each organization's regime over time (O-1.5c).

-- O-0: the legal basis of a rule record.
create table basis_act (
	id bigserial primary key,
	act_type text not null check (act_type in ('ORDER', 'RESOLUTION', 'PROTOCOL', 'DECISION', 'AGREEMENT', 'OTHER')),
	number text not null,
	act_date date,
	issuer text not null,
	title text
);

create table policy_preset (
	code text primary key,
	name_kk text not null,
	name_ru text not null,
	name_en text not null,
	sort_order int not null
);

-- O-11b: a version applies from a date; a past date is always checked against the version in force on it.
create table policy_version (
	id bigserial primary key,
	preset_code text not null references policy_preset (code),
	version int not null,
	valid_from date not null,
	valid_to date,
	basis_act_id bigint references basis_act (id),
	note text,
	created_by text not null,
	created_at timestamptz not null default now(),
	unique (preset_code, version),
	check (valid_to is null or valid_to >= valid_from)
);
create index policy_version_dates_idx on policy_version (valid_from, valid_to);

-- O-1.10a-c, O-2.10, A1-24c, O-1.10d: the lesson rules of a grade band.
create table policy_rule (
	version_id bigint not null references policy_version (id) on delete cascade,
	band text not null check (band in ('PRESCHOOL', 'PRESCHOOL_CLASS', 'PRIMARY', 'BASIC', 'SENIOR', 'TVET', 'HIGHER',
		'ADDITIONAL')),
	max_lesson_minutes int not null check (max_lesson_minutes between 5 and 240),
	max_live_minutes int check (max_live_minutes between 5 and 240),
	earliest_start time not null,
	teaching_days int[] not null,
	break_minutes int not null check (break_minutes between 0 and 120),
	max_lessons_per_day int not null check (max_lessons_per_day between 1 and 12),
	primary key (version_id, band)
);

-- O-1.7, O-1.9c, O-1.9b, O-1.22: holidays, terms and the distance period, per level of organization.
create table policy_period (
	id bigserial primary key,
	version_id bigint not null references policy_version (id) on delete cascade,
	kind text not null check (kind in ('HOLIDAY', 'TERM', 'DISTANCE')),
	levels text[] not null,
	from_date date not null,
	to_date date not null,
	rule_id text,
	name_kk text not null,
	name_ru text not null,
	name_en text not null,
	check (to_date >= from_date)
);
create index policy_period_version_idx on policy_period (version_id, from_date);

-- O-1.5c, O-1.15b, O-1.15c, O-1.23, O-1.5d: an organization's regime periods with their acts.
create table organization_regime (
	id bigserial primary key,
	organization_id bigint not null references organization (id),
	regime text not null check (regime in ('NORMAL', 'DISTANCE', 'IN_PERSON', 'QUARANTINE')),
	from_date date not null,
	to_date date,
	basis text not null,
	local_decision_number text,
	local_decision_date date,
	sanitary_agreement_number text,
	sanitary_agreement_date date,
	external_contacts_restricted boolean not null default false,
	free_attendance boolean not null default false,
	-- O-1.15c: the six conditions of an in-person remote rural school.
	sanitary_safety boolean not null default false,
	shift_regime boolean not null default false,
	disinfection boolean not null default false,
	quartz_treatment boolean not null default false,
	ventilation boolean not null default false,
	no_crowding boolean not null default false,
	created_by text not null,
	created_at timestamptz not null default now(),
	check (to_date is null or to_date >= from_date),
	check (regime <> 'IN_PERSON' or (local_decision_number is not null and local_decision_date is not null
		and sanitary_agreement_number is not null and sanitary_agreement_date is not null))
);
create index organization_regime_idx on organization_regime (organization_id, from_date);

-- Seeded basis acts (O-0) and the order itself (O-11a).
insert into basis_act (id, act_type, number, act_date, issuer, title) values
(1, 'RESOLUTION', '20', '2020-03-12', 'Chief State Sanitary Doctor of the Republic of Kazakhstan', null),
(2, 'PROTOCOL', '1', '2020-03-16', 'State Commission on Ensuring the State of Emergency Regime', null),
(3, 'PROTOCOL', '2', '2020-03-20', 'State Commission on Ensuring the State of Emergency Regime', null),
(4, 'PROTOCOL', '6', '2020-03-26', 'State Commission on Ensuring the State of Emergency Regime', null),
(5, 'ORDER', '123', null, 'Ministry of Education and Science of the Republic of Kazakhstan',
	'On strengthening measures to prevent coronavirus infection in education organizations'),
(6, 'ORDER', 'Qashyq-2026/27', '2026-08-25', 'Ministry of Education and Science of the Republic of Kazakhstan',
	'Academic year 2026-2027: distance learning under the rules of Order No. 123');
select setval('basis_act_id_seq', 100);

insert into policy_preset (code, sort_order, name_kk, name_ru, name_en) values
('ORDER_123_2020', 10, '№ 123 бұйрық (2020 жылғы көктем)', 'Приказ № 123 (весна 2020 года)', 'Order No. 123 (spring 2020)'),
('SCHOOL_YEAR_2026_2027', 20, '2026–2027 оқу жылы', '2026–2027 учебный год', 'Academic year 2026–2027');

-- Order No. 123, version 1: from 16 March 2020 (O-1.22: TVET and higher education on distance learning).
-- Version 2: from 6 April 2020 (O-1.9b, O-1.10a-c: schools on distance learning; O-2.10: TVET and higher from 14:00).
insert into policy_version (id, preset_code, version, valid_from, valid_to, basis_act_id, note, created_by) values
(1, 'ORDER_123_2020', 1, '2020-03-16', '2020-04-05', 5, 'O-1.22: distance learning in TVET, post-secondary, higher and postgraduate organizations', 'system'),
(2, 'ORDER_123_2020', 2, '2020-04-06', '2020-08-31', 5, 'O-1.9b, O-1.10, O-2.10: the fourth quarter on distance learning', 'system'),
(3, 'SCHOOL_YEAR_2026_2027', 1, '2026-09-01', '2027-08-31', 6, 'The order''s rules for the academic year 2026-2027', 'system');
select setval('policy_version_id_seq', 100);

insert into policy_rule (version_id, band, max_lesson_minutes, max_live_minutes, earliest_start, teaching_days, break_minutes, max_lessons_per_day)
select v.id, r.band, r.max_lesson, r.max_live, r.earliest::time, '{1,2,3,4,5}', r.break_minutes, r.per_day
from (values (1), (2), (3)) as v (id)
cross join (values
	('PRESCHOOL', 25, null::int, '09:00', 10, 4),
	('PRESCHOOL_CLASS', 30, null::int, '08:30', 10, 4),
	('PRIMARY', 30, null::int, '08:30', 10, 5),
	('BASIC', 30, null::int, '08:30', 10, 6),
	('SENIOR', 30, null::int, '14:00', 10, 6),
	('TVET', 45, 15, '14:00', 10, 5),
	('HIGHER', 50, 15, '14:00', 10, 5),
	('ADDITIONAL', 40, null::int, '09:00', 10, 3)
) as r (band, max_lesson, max_live, earliest, break_minutes, per_day);
-- Before 6 April 2020 the order set no start time for TVET and higher education.
update policy_rule set earliest_start = '09:00' where version_id = 1 and band in ('TVET', 'HIGHER');

insert into policy_period (version_id, kind, levels, from_date, to_date, rule_id, name_kk, name_ru, name_en)
select v.id, p.kind, p.levels::text[], p.from_date::date, p.to_date::date, p.rule_id, p.name_kk, p.name_ru, p.name_en
from (values (1), (2)) as v (id)
cross join (values
	('TERM', '{SCHOOL}', '2020-01-09', '2020-03-13', null, 'III тоқсан', 'III четверть', 'Third quarter'),
	('HOLIDAY', '{SCHOOL}', '2020-03-16', '2020-04-05', 'O-1.7', 'Көктемгі демалыс', 'Весенние каникулы', 'Spring holidays'),
	('TERM', '{SCHOOL}', '2020-04-06', '2020-05-25', 'O-1.9c', 'IV тоқсан', 'IV четверть', 'Fourth quarter'),
	('DISTANCE', '{SCHOOL}', '2020-04-06', '2020-05-25', 'O-1.9b', 'Қашықтықтан оқыту', 'Дистанционное обучение', 'Distance learning'),
	('TERM', '{TVET,HIGHER}', '2020-01-13', '2020-06-30', null, 'Көктемгі семестр', 'Весенний семестр', 'Spring semester'),
	('DISTANCE', '{TVET,HIGHER}', '2020-03-16', '2020-06-30', 'O-1.22', 'Қашықтықтан оқыту', 'Дистанционное обучение', 'Distance learning')
) as p (kind, levels, from_date, to_date, rule_id, name_kk, name_ru, name_en);

insert into policy_period (version_id, kind, levels, from_date, to_date, rule_id, name_kk, name_ru, name_en) values
(3, 'TERM', '{SCHOOL}', '2026-09-01', '2026-10-25', null, 'I тоқсан', 'I четверть', 'First quarter'),
(3, 'HOLIDAY', '{SCHOOL}', '2026-10-26', '2026-11-01', null, 'Күзгі демалыс', 'Осенние каникулы', 'Autumn holidays'),
(3, 'TERM', '{SCHOOL}', '2026-11-02', '2026-12-28', null, 'II тоқсан', 'II четверть', 'Second quarter'),
(3, 'HOLIDAY', '{SCHOOL}', '2026-12-29', '2027-01-07', null, 'Қысқы демалыс', 'Зимние каникулы', 'Winter holidays'),
(3, 'TERM', '{SCHOOL}', '2027-01-08', '2027-03-19', null, 'III тоқсан', 'III четверть', 'Third quarter'),
(3, 'HOLIDAY', '{SCHOOL}', '2027-03-20', '2027-03-29', null, 'Көктемгі демалыс', 'Весенние каникулы', 'Spring holidays'),
(3, 'TERM', '{SCHOOL}', '2027-03-30', '2027-05-25', null, 'IV тоқсан', 'IV четверть', 'Fourth quarter'),
(3, 'TERM', '{TVET,HIGHER}', '2026-09-01', '2026-12-31', null, 'Күзгі семестр', 'Осенний семестр', 'Autumn semester'),
(3, 'HOLIDAY', '{TVET,HIGHER}', '2027-01-01', '2027-01-17', null, 'Қысқы демалыс', 'Зимние каникулы', 'Winter holidays'),
(3, 'TERM', '{TVET,HIGHER}', '2027-01-18', '2027-06-30', null, 'Көктемгі семестр', 'Весенний семестр', 'Spring semester'),
(3, 'DISTANCE', '{SCHOOL,TVET,HIGHER}', '2026-11-02', '2027-05-25', null, 'Қашықтықтан оқыту', 'Дистанционное обучение', 'Distance learning');
