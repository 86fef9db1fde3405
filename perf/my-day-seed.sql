-- A realistic week for measuring "my day": an approved timetable for every demo organization (5 lessons a day,
-- Monday to Friday, every class, from its teaching assignments), TV broadcasts for every grade this week, and a
-- parent meeting per class of School No. 17 today with every parent invited.
with t as (
	insert into timetable (organization_id, valid_from, status, source, created_by, approved_by, approved_at)
	select id, date '2026-09-01', 'APPROVED', 'MANUAL', 'perf', 'perf', now() from organization returning id, organization_id)
insert into timetable_lesson (timetable_id, group_id, subject, teacher_id, weekday, start_time, minutes, mode, meeting_url)
select t.id, g.id, a.subject, a.person_id, d.weekday,
	(case when g.grade >= 10 then time '14:00' else time '08:30' end) + make_interval(mins => s.slot * 40), 30,
	case when s.slot < 3 then 'LIVE' else 'SELF_STUDY' end,
	case when s.slot < 3 then 'https://meet.example.kz/' || g.id || '-' || d.weekday || '-' || s.slot end
from t join study_group g on g.organization_id = t.organization_id
cross join generate_series(1, 5) d(weekday) cross join generate_series(0, 4) s(slot)
join lateral (select ta.subject, ta.person_id, count(*) over () as n, row_number() over (order by ta.id) - 1 as i
	from teaching_assignment ta where ta.group_id = g.id) a on a.i = (d.weekday + s.slot) % a.n;

insert into tv_broadcast (channel, language, grade, subject, topic, starts_at, ends_at, imported_by)
select case l.language when 'kk' then 'BALAPAN' else 'EL_ARNA' end, l.language, gr, 'TV subject ' || gr, 'Topic',
	(date_trunc('week', now() at time zone 'Asia/Almaty') + make_interval(days => d) + time '09:00'
		+ make_interval(mins => gr * 25)) at time zone 'Asia/Almaty',
	(date_trunc('week', now() at time zone 'Asia/Almaty') + make_interval(days => d) + time '09:20'
		+ make_interval(mins => gr * 25)) at time zone 'Asia/Almaty', 'perf'
from generate_series(0, 11) gr cross join (values ('kk'), ('ru')) l(language) cross join generate_series(0, 4) d;

with e as (
	insert into school_event (organization_id, group_id, kind, title_kk, title_ru, title_en, starts_at, minutes, meeting_url, created_by)
	select g.organization_id, g.id, 'PARENT_MEETING', 'Ата-аналар жиналысы', 'Родительское собрание', 'Parent meeting',
		(current_date + time '18:00') at time zone 'Asia/Almaty', 45, 'https://meet.example.kz/pm-' || g.id, 'perf'
	from study_group g join organization o on o.id = g.organization_id where o.name_en = 'Karaganda Secondary School No. 17'
	returning id, group_id)
insert into event_invitee (event_id, person_id, role)
select e.id, pl.parent_id, 'PARENT' from e join learner l on l.group_id = e.group_id join parent_link pl on pl.learner_id = l.person_id
on conflict do nothing;
analyze;
select (select count(*) from timetable_lesson) lessons, (select count(*) from tv_broadcast) tv,
	(select count(*) from school_event) events, (select count(*) from event_invitee) invitees;
