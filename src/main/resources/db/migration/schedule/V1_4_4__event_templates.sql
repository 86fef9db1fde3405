-- O-1.11a, O-1.12a, O-1.13a: the order's events are data. A template names the date, the length, who is
-- invited and, per grade band, the local start time; applying it creates one event per school class.
-- A new order is new rows here, not a release.
create table event_template (
	code text primary key,
	kind text not null check (kind in ('TRIAL_LESSON', 'PARENT_MEETING', 'CLASS_HOUR')),
	order_reference text not null,
	on_date date not null,
	minutes int not null check (minutes between 1 and 600),
	invite_learners boolean not null,
	invite_parents boolean not null,
	title_kk text not null,
	title_ru text not null,
	title_en text not null,
	-- topics, one per line, in each language (null: none)
	topics_kk text,
	topics_ru text,
	topics_en text,
	sort_order int not null
);

-- The start time, local to each organization's time zone, of the classes of a grade band.
create table event_template_band (
	template_code text not null references event_template (code) on delete cascade,
	grade_from int not null check (grade_from between 0 and 12),
	grade_to int not null check (grade_to between 0 and 12),
	starts_at time not null,
	primary key (template_code, grade_from),
	check (grade_to >= grade_from)
);

insert into event_template (code, kind, order_reference, on_date, minutes, invite_learners, invite_parents,
	title_kk, title_ru, title_en, topics_kk, topics_ru, topics_en, sort_order) values
('ORDER_2020_TRIAL_LESSON', 'TRIAL_LESSON', 'O-1.11', '2020-04-01', 30, true, false,
	'Сынақ сабағы', 'Пробный урок', 'Trial lesson', null, null, null, 10),
('ORDER_2020_PARENT_MEETING', 'PARENT_MEETING', 'O-1.12', '2020-04-02', 45, false, true,
	'Қашықтан ата-аналар жиналысы', 'Дистанционное родительское собрание', 'Online parent meeting',
	'Біздің мектепте қашықтықтан оқыту қалай жүргізіледі?',
	'Как проводится дистанционное обучение в нашей школе?',
	'How is distance learning conducted at our school?', 20),
('ORDER_2020_CLASS_HOUR', 'CLASS_HOUR', 'O-1.13', '2020-04-03', 30, true, false,
	'Қашықтан сынып сағаты', 'Дистанционный классный час', 'Online class hour',
	E'Мен қашықтықтан қалай оқимын?\nӨзіңді вирустық аурулардан қалай сақтауға болады?',
	E'Как я буду учиться дистанционно?\nКак уберечь себя от вирусных заболеваний?',
	E'How will I study remotely?\nHow can you protect yourself from viral diseases?', 30);

insert into event_template_band (template_code, grade_from, grade_to, starts_at) values
('ORDER_2020_TRIAL_LESSON', 1, 9, '09:00'),
('ORDER_2020_TRIAL_LESSON', 10, 11, '14:00'),
('ORDER_2020_PARENT_MEETING', 0, 4, '10:00'),
('ORDER_2020_PARENT_MEETING', 5, 9, '12:00'),
('ORDER_2020_PARENT_MEETING', 10, 11, '14:00'),
('ORDER_2020_CLASS_HOUR', 0, 4, '10:00'),
('ORDER_2020_CLASS_HOUR', 5, 9, '12:00'),
('ORDER_2020_CLASS_HOUR', 10, 11, '14:00');

-- Topics of an event in Russian and English (school_event.topics holds the Kazakh ones), the webinar's
-- platform (A1-29a), and the mode of meetings (O-1.24: teleconference unless a reason for meeting in person
-- is given).
alter table school_event add column topics_ru text;
alter table school_event add column topics_en text;
alter table school_event add column platform text;
alter table school_event add column mode text not null default 'ONLINE' check (mode in ('ONLINE', 'IN_PERSON'));
alter table school_event add column in_person_reason text;
alter table school_event add constraint school_event_in_person_reason
	check (mode = 'ONLINE' or (in_person_reason is not null and length(trim(in_person_reason)) > 0));

-- A1-29a: teachers register for a webinar they are invited to.
alter table event_invitee add column registered_at timestamptz;
