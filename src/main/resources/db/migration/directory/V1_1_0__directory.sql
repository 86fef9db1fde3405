-- directory: territory, organizations, classes and groups, people, parents, staff, social flags.
-- O-1a, O-1b, O-1.1a, O-1.9a, O-1.15a, O-1.16a, O-1.28a, O-1.28b, A1-26a, A1-28a, A1-8.3a

-- Regions and the cities of republican significance (seeded in V1_1_1).
create table region (
	id bigint primary key,
	code text not null unique,
	kind text not null check (kind in ('REGION', 'CITY')),
	name_kk text not null,
	name_ru text not null,
	name_en text not null,
	time_zone text not null
);

-- Districts: one education division each.
create table district (
	id bigserial primary key,
	region_id bigint not null references region (id),
	kind text not null check (kind in ('CITY_DISTRICT', 'RURAL_DISTRICT', 'TOWN')),
	name_kk text not null,
	name_ru text not null,
	name_en text not null,
	unique (region_id, name_ru)
);
create index district_region_idx on district (region_id);

-- Settlements: O-1.15a attributes decide regimes later (policy).
create table settlement (
	id bigserial primary key,
	district_id bigint not null references district (id),
	name_kk text not null,
	name_ru text not null,
	name_en text not null,
	urban boolean not null,
	remote boolean not null default false,
	infection_registered boolean not null default false,
	infection_first_case_on date,
	infection_source text,
	unique (district_id, name_ru)
);
create index settlement_district_idx on settlement (district_id);

-- O-1b: the seeded, extensible list of organization kinds.
create table organization_kind (
	code text primary key,
	level text not null check (level in ('PRESCHOOL', 'SCHOOL', 'TVET', 'HIGHER', 'ADDITIONAL', 'SUPPORT')),
	name_kk text not null,
	name_ru text not null,
	name_en text not null,
	sort_order int not null
);

create table organization (
	id bigserial primary key,
	settlement_id bigint not null references settlement (id),
	kind text not null references organization_kind (code),
	ownership text not null check (ownership in ('STATE', 'PRIVATE', 'INTERNATIONAL', 'NIS')),
	name_kk text not null,
	name_ru text not null,
	name_en text not null,
	bin char(12) unique,
	languages text[] not null default '{kk}',
	time_zone text not null,
	address text,
	boarding_school boolean not null default false,
	has_dormitory boolean not null default false,
	has_grade_12 boolean not null default false,
	parent_organization_id bigint references organization (id),
	created_at timestamptz not null default now()
);
create index organization_settlement_idx on organization (settlement_id);

-- An organization's time zone defaults to its region's.
create function organization_default_time_zone() returns trigger language plpgsql as $$
begin
	if new.time_zone is null then
		select r.time_zone into new.time_zone
		from settlement s join district d on d.id = s.district_id join region r on r.id = d.region_id
		where s.id = new.settlement_id;
	end if;
	return new;
end;
$$;
create trigger organization_time_zone before insert or update of time_zone, settlement_id on organization
	for each row execute function organization_default_time_zone();

-- One row per organization with its whole territorial path: what scope checks and roll-ups join on.
create view organization_scope as
select o.id as organization_id, o.settlement_id, s.district_id, d.region_id
from organization o
join settlement s on s.id = o.settlement_id
join district d on d.id = s.district_id;

-- O-1.28b: seeded list of positions.
create table position_kind (
	code text primary key,
	name_kk text not null,
	name_ru text not null,
	name_en text not null,
	sort_order int not null
);

-- A1-8.3a: Kazpost branches a learner's post is sent through.
create table kazpost_branch (
	id bigserial primary key,
	postcode char(6) not null unique,
	settlement_id bigint references settlement (id),
	address text not null
);

create table person (
	id bigserial primary key,
	iin char(12) unique check (iin ~ '^[0-9]{12}$'),
	last_name text not null,
	first_name text not null,
	middle_name text,
	birth_date date,
	gender char(1) check (gender in ('M', 'F')),
	phone text,
	email text,
	postal_address text,
	kazpost_branch_id bigint references kazpost_branch (id),
	created_at timestamptz not null default now(),
	updated_at timestamptz not null default now()
);
create index person_phone_idx on person (phone) where phone is not null;
create index person_email_idx on person (lower(email)) where email is not null;

-- A1-28a: further contact channels (Aitu, WhatsApp, a second phone or e-mail).
create table contact_channel (
	person_id bigint not null references person (id) on delete cascade,
	channel text not null check (channel in ('PHONE', 'EMAIL', 'AITU', 'WHATSAPP')),
	value text not null,
	primary key (person_id, channel, value)
);

-- O-1.9a, A1-26a: school classes, TVET and university groups, preschool groups.
create table study_group (
	id bigserial primary key,
	organization_id bigint not null references organization (id),
	kind text not null check (kind in ('SCHOOL_CLASS', 'PRESCHOOL_GROUP', 'TVET_GROUP', 'UNIVERSITY_GROUP', 'CIRCLE')),
	name text not null,
	grade int check (grade between 0 and 12),
	letter text,
	shift int check (shift in (1, 2)),
	specialty text,
	course_year int check (course_year between 1 and 7),
	graduating boolean not null default false,
	language text not null default 'kk',
	academic_year int not null,
	unique (organization_id, academic_year, name),
	check (kind <> 'SCHOOL_CLASS' or (grade is not null and letter is not null))
);
create index study_group_organization_idx on study_group (organization_id);

-- O-1.9a: grade 12 only in organizations flagged as having a 12th grade.
create function study_group_grade_12_allowed() returns trigger language plpgsql as $$
begin
	if new.grade = 12 and not (select has_grade_12 from organization where id = new.organization_id) then
		raise exception 'grade 12 is not taught in organization %', new.organization_id
			using errcode = 'check_violation';
	end if;
	return new;
end;
$$;
create trigger study_group_grade_12 before insert or update of grade, organization_id on study_group
	for each row execute function study_group_grade_12_allowed();

-- O-1.28b: an employee holds one or more positions in one or more organizations.
create table staff_position (
	id bigserial primary key,
	person_id bigint not null references person (id),
	organization_id bigint not null references organization (id),
	position text not null references position_kind (code),
	subject text,
	from_date date not null default current_date,
	to_date date
);
create index staff_position_person_idx on staff_position (person_id);
create index staff_position_organization_idx on staff_position (organization_id) where to_date is null;

-- O-1.9a, A1-26a: exactly one class teacher or curator at a time, with history.
create table group_supervisor (
	id bigserial primary key,
	group_id bigint not null references study_group (id),
	person_id bigint not null references person (id),
	from_date date not null,
	to_date date,
	check (to_date is null or to_date >= from_date)
);
create unique index group_supervisor_current_idx on group_supervisor (group_id) where to_date is null;
create index group_supervisor_person_idx on group_supervisor (person_id) where to_date is null;

-- Who teaches what in which class or group (teachers' scope).
create table teaching_assignment (
	id bigserial primary key,
	group_id bigint not null references study_group (id),
	person_id bigint not null references person (id),
	subject text not null,
	unique (group_id, person_id, subject)
);
create index teaching_assignment_person_idx on teaching_assignment (person_id);

-- Devices shared by siblings (O-1.16: later issues plan around one device per household).
create table household_device (
	id bigserial primary key,
	description text
);

create table learner (
	person_id bigint primary key references person (id),
	organization_id bigint not null references organization (id),
	group_id bigint references study_group (id),
	kind text not null check (kind in ('STUDENT', 'PRESCHOOL_PUPIL')),
	enrolled_on date not null default current_date,
	device_access text not null default 'OWN' check (device_access in ('OWN', 'SHARED', 'NONE')),
	household_device_id bigint references household_device (id),
	has_internet boolean not null default true,
	check ((device_access = 'SHARED') = (household_device_id is not null))
);
create index learner_organization_idx on learner (organization_id);
create index learner_group_idx on learner (group_id);

-- A1-28a: parents and legal representatives.
create table parent_link (
	learner_id bigint not null references learner (person_id) on delete cascade,
	parent_id bigint not null references person (id),
	relation text not null check (relation in ('MOTHER', 'FATHER', 'GUARDIAN', 'GRANDPARENT', 'OTHER')),
	primary_contact boolean not null default false,
	primary key (learner_id, parent_id)
);
create unique index parent_link_primary_idx on parent_link (learner_id) where primary_contact;
create index parent_link_parent_idx on parent_link (parent_id);

-- O-1.16a, O-1.28a: social flags with document and dates; a cleared flag stays as history.
create table social_flag (
	id bigserial primary key,
	learner_id bigint not null references learner (person_id) on delete cascade,
	flag text not null check (flag in ('TARGETED_SOCIAL_ASSISTANCE', 'ORPHAN', 'NO_PARENTAL_CARE', 'LOW_INCOME',
		'LARGE_FAMILY', 'DEVIANT_BEHAVIOUR', 'SPECIAL_NEEDS')),
	valid_from date,
	valid_to date,
	document text,
	document_date date,
	set_by text not null,
	set_at timestamptz not null default now(),
	cleared_by text,
	cleared_at timestamptz
);
create index social_flag_learner_idx on social_flag (learner_id);
create unique index social_flag_active_idx on social_flag (learner_id, flag) where cleared_at is null;
