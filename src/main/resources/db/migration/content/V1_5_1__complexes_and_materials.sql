-- A1-17: the disciplines (modules) of an organization, by the subject name its teaching assignments and
-- study load use, and the version of the working study programme.
create table discipline (
	id bigserial primary key,
	organization_id bigint not null references organization (id),
	subject text not null check (length(trim(subject)) between 1 and 200),
	programme_version text not null default '1' check (length(trim(programme_version)) between 1 and 40),
	created_by text not null,
	created_at timestamptz not null default now(),
	unique (organization_id, subject, programme_version)
);

-- A1-9b, A1-16b, A1-24g: the knowledge bank. A material is a stored file, a link to an external
-- resource or e-textbook, or a plain-text page; free to learners (A1-18d: there is no price anywhere).
create table material (
	id bigserial primary key,
	organization_id bigint not null references organization (id),
	discipline_id bigint not null references discipline (id),
	kind text not null check (kind in ('FILE', 'LINK', 'TEXT')),
	title text not null check (length(trim(title)) between 1 and 300),
	topic text,
	form text check (form in ('VIDEO_LECTURE', 'LECTURE', 'MULTIMEDIA_LECTURE', 'TV_LECTURE', 'INDEPENDENT_WORK',
		'VIRTUAL_LAB', 'COMPUTER_TESTING', 'CONSULTATION', 'WEB_LESSON', 'CHAT_LESSON')),
	language text not null check (language in ('kk', 'ru', 'en')),
	licence text,
	file_id uuid references stored_file (id),
	url text check (url ~* '^https?://'),
	body text,
	created_by text not null,
	created_at timestamptz not null default now(),
	updated_by text not null,
	updated_at timestamptz not null default now(),
	check ((kind = 'FILE') = (file_id is not null)),
	check ((kind = 'LINK') = (url is not null)),
	check ((kind = 'TEXT') = (body is not null))
);
create index material_discipline_idx on material (discipline_id);
create index material_organization_idx on material (organization_id, updated_at);

-- A1-17: exactly one e-learning complex (EUMK) per discipline and programme version.
create table complex (
	id bigserial primary key,
	discipline_id bigint not null unique references discipline (id),
	created_by text not null,
	created_at timestamptz not null default now()
);

-- Versions of a complex: a new version starts from the previous one; old versions stay readable.
-- A1-18c: the methodologist's sufficiency review is kept per version.
create table complex_version (
	id bigserial primary key,
	complex_id bigint not null references complex (id),
	version int not null check (version >= 1),
	status text not null check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'RETURNED')),
	created_by text not null,
	created_at timestamptz not null default now(),
	submitted_by text,
	submitted_at timestamptz,
	decided_by text,
	decided_at timestamptz,
	sufficient boolean,
	sufficiency_comment text,
	reviewed_on date,
	reviewed_by text,
	unique (complex_id, version)
);

-- A1-18a, A1-18b: the materials of each component of a version.
create table complex_item (
	version_id bigint not null references complex_version (id) on delete cascade,
	component text not null check (component in ('WORKING_PROGRAMME', 'LITERATURE', 'LECTURES', 'PRACTICALS',
		'SELF_STUDY', 'CONTROL', 'COURSEWORK_GUIDE', 'SIMULATORS', 'REFERENCE', 'MULTIMEDIA', 'OTHER')),
	material_id bigint not null references material (id),
	added_by text not null,
	added_at timestamptz not null default now(),
	primary key (version_id, component, material_id)
);

-- A1-24f: a methodologist's comments per component (or on the whole complex when component is null).
create table complex_comment (
	id bigserial primary key,
	version_id bigint not null references complex_version (id) on delete cascade,
	component text,
	body text not null check (length(trim(body)) between 1 and 2000),
	author text not null,
	created_at timestamptz not null default now()
);
create index complex_comment_version_idx on complex_comment (version_id);

-- A1-25b: the materials of a topic of a calendar-thematic plan.
create table plan_topic_material (
	topic_id bigint not null references plan_topic (id) on delete cascade,
	material_id bigint not null references material (id),
	primary key (topic_id, material_id)
);
