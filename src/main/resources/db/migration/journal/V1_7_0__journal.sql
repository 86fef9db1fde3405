-- A1-24k: a journal lesson is a lesson of the timetable on a date, made when first touched
-- (topic edited, attendance marked). It keeps the timetable lesson it came from, and its key
-- (group, subject, date, start) stays valid when a later timetable replaces that lesson.
create table journal_lesson (
	id bigserial primary key,
	group_id bigint not null references study_group (id),
	subject text not null,
	lesson_date date not null,
	start_time time not null,
	timetable_lesson_id bigint references timetable_lesson (id) on delete set null,
	topic text,
	created_by text not null,
	created_at timestamptz not null default now(),
	unique (group_id, subject, lesson_date, start_time)
);
create index journal_lesson_group_date_idx on journal_lesson (group_id, lesson_date);

-- O-1.28f: attendance per lesson and learner, with how the learner took part.
create table lesson_attendance (
	lesson_id bigint not null references journal_lesson (id),
	learner_id bigint not null references learner (person_id),
	status text not null check (status in ('PRESENT', 'ABSENT', 'LATE', 'EXCUSED')),
	participation text check (participation in ('ONLINE', 'TV', 'POST', 'IN_PERSON')),
	reason text,
	marked_by text not null,
	marked_at timestamptz not null default now(),
	primary key (lesson_id, learner_id),
	check (status <> 'EXCUSED' or reason is not null),
	check (status not in ('PRESENT', 'LATE') or participation is not null)
);
create index lesson_attendance_learner_idx on lesson_attendance (learner_id);

-- A1-24k, A1-15f: marks, posted from coursework (one row per submission, a regrade replaces it)
-- or entered by hand; formative feedback from coursework is a row without a mark.
create table journal_mark (
	id bigserial primary key,
	organization_id bigint not null references organization (id),
	group_id bigint not null references study_group (id),
	learner_id bigint not null references learner (person_id),
	subject text not null,
	mark_date date not null,
	kind text not null check (kind in ('CURRENT', 'INTERMEDIATE_ATTESTATION', 'FINAL_ATTESTATION')),
	scale text not null check (scale in ('FIVE_POINT', 'HUNDRED_POINT', 'POINTS')),
	mark numeric(7, 2),
	points numeric(7, 2),
	max_points numeric(7, 2),
	source text not null check (source in ('MANUAL', 'COURSEWORK')),
	submission_id bigint unique,
	assignment_id bigint,
	title text,
	work_type text,
	comment text,
	entered_by text not null,
	entered_at timestamptz not null default now(),
	check ((source = 'COURSEWORK') = (submission_id is not null)),
	check (source = 'COURSEWORK' or mark is not null)
);
create index journal_mark_group_subject_idx on journal_mark (group_id, subject, mark_date);
create index journal_mark_learner_idx on journal_mark (learner_id, mark_date);

-- Term marks computed on demand, stored when the teacher fixes them.
create table term_mark (
	group_id bigint not null references study_group (id),
	learner_id bigint not null references learner (person_id),
	subject text not null,
	term_from date not null,
	term_to date not null,
	percent numeric(6, 2),
	mark numeric(7, 2) not null,
	scale text not null,
	fixed_by text not null,
	fixed_at timestamptz not null default now(),
	primary key (group_id, learner_id, subject, term_from)
);

-- Every change of the journal as history: who, when, old -> new.
create table journal_change (
	id bigserial primary key,
	group_id bigint not null references study_group (id),
	learner_id bigint references learner (person_id),
	subject text,
	what text not null,
	day date,
	old_value text,
	new_value text,
	changed_by text not null,
	changed_at timestamptz not null default now()
);
create index journal_change_group_idx on journal_change (group_id, changed_at desc);

-- O-1.6b: preschool daily attendance; O-1.5e: an absence under the parent's choice is coded so.
create table preschool_attendance (
	learner_id bigint not null references learner (person_id),
	day date not null,
	group_id bigint not null references study_group (id),
	present boolean not null,
	reason text,
	parents_choice boolean not null default false,
	marked_by text not null,
	marked_at timestamptz not null default now(),
	primary key (learner_id, day)
);
create index preschool_attendance_group_day_idx on preschool_attendance (group_id, day);

-- O-1.5e: the parent's choice (attends or stays at home) for a period.
create table preschool_attendance_choice (
	id bigserial primary key,
	learner_id bigint not null references learner (person_id),
	from_date date not null,
	to_date date not null,
	stays_home boolean not null,
	recorded_by text not null,
	recorded_at timestamptz not null default now(),
	check (to_date >= from_date)
);
create index preschool_attendance_choice_learner_idx on preschool_attendance_choice (learner_id, from_date);

-- A1-27i: submissions recorded by coursework count as contact of the day.
create table learner_contact (
	learner_id bigint not null references learner (person_id),
	day date not null,
	kind text not null,
	primary key (learner_id, day, kind)
);
