-- Feeder files for the load generator, written with a header row into the folder given as the psql variable "out":
--
--   psql "$URL" -v out=/path/to/dir -f perf/feeders.sql
--
-- students.csv  username,learnerId,assignmentId
--   every learner account with one assignment of theirs that is open now (released, deadline ahead, on the platform,
--   for their class or for them), preferably one they have not submitted yet; random order.
-- parents.csv   username,learnerId
--   every parent account with one of their children; random order.
-- teachers.csv  username,groupId,subject,date,start,learnerIds
--   every teacher account with one of their lessons of today in the timetable in force (today in the
--   organization's time zone), or, if they have none today (a weekend, say), of the latest earlier day of this week;
--   the subject exactly as the journal's "subject" parameter takes it, date ISO, start HH:mm, and up to 25 learner ids
--   of the class separated by ";". Only lessons of a class and subject the teacher is assigned to (their journal
--   rights). Random order.
--
-- The accounts are the benchmark generator's (b-l<learnerId>, b-p<personId>, b-t<personId>, password of
-- qashyq.generate.password, default "bench"). In a database without them (the plain demo data) the demo accounts
-- student, parent and teacher are used instead (password "demo"), one row each.

\set students :out '/students.csv'
\set parents :out '/parents.csv'
\set teachers :out '/teachers.csv'

copy (
	with bench as (select exists (select 1 from account where username like 'b-l%') as present),
	learners as (
		select a.username, l.person_id, l.group_id from account a join learner l on l.person_id = a.person_id
		cross join bench
		where a.enabled and ((bench.present and a.username like 'b-l%') or (not bench.present and a.username = 'student')))
	select x.username, x.person_id as "learnerId", w.id as "assignmentId"
	from learners x
	cross join lateral (
		select s.id from assignment s
		where s.group_id = x.group_id and s.release_at <= now() and s.deadline_at > now() and 'PLATFORM' = any (s.channels)
		and (not s.individual or exists (select 1 from assignment_learner al where al.assignment_id = s.id
			and al.learner_id = x.person_id))
		order by exists (select 1 from submission b where b.assignment_id = s.id and b.learner_id = x.person_id),
			s.deadline_at, s.id
		limit 1) w
	order by random()
) to stdout with (format csv, header)
\g :students

copy (
	with bench as (select exists (select 1 from account where username like 'b-p%') as present)
	select a.username, c.learner_id as "learnerId"
	from account a cross join bench
	cross join lateral (select pl.learner_id from parent_link pl join learner l on l.person_id = pl.learner_id
		where pl.parent_id = a.person_id order by pl.learner_id limit 1) c
	where a.enabled and ((bench.present and a.username like 'b-p%') or (not bench.present and a.username = 'parent'))
	order by random()
) to stdout with (format csv, header)
\g :parents

copy (
	with bench as (select exists (select 1 from account where username like 'b-t%') as present),
	teachers as (
		select a.username, a.person_id from account a cross join bench
		where a.enabled and ((bench.present and a.username like 'b-t%') or (not bench.present and a.username = 'teacher'))),
	lessons as (
		select distinct on (t.username) t.username, l.group_id, l.subject, d.day, l.start_time
		from teachers t
		join timetable_lesson l on l.teacher_id = t.person_id
		join timetable tt on tt.id = l.timetable_id and tt.status = 'APPROVED'
		join organization o on o.id = tt.organization_id
		cross join lateral (select cast(now() at time zone o.time_zone as date) as today) n
		cross join lateral (select n.today - (cast(extract(isodow from n.today) as int) - l.weekday) as day) d
		where l.weekday <= extract(isodow from n.today)
		and tt.id = (select x.id from timetable x where x.organization_id = tt.organization_id and x.status = 'APPROVED'
			and x.valid_from <= d.day order by x.valid_from desc, x.id desc limit 1)
		and exists (select 1 from teaching_assignment ta where ta.group_id = l.group_id and ta.person_id = t.person_id
			and ta.subject = l.subject)
		and not exists (select 1 from organization_holiday h where h.organization_id = o.id
			and d.day between h.from_date and h.to_date and d.day between h.version_from and h.version_to)
		order by t.username, d.day desc, l.start_time, l.group_id)
	select x.username, x.group_id as "groupId", x.subject, x.day as date, to_char(x.start_time, 'HH24:MI') as start,
		(select string_agg(cast(s.person_id as text), ';' order by s.person_id)
			from (select person_id from learner where group_id = x.group_id order by person_id limit 25) s) as "learnerIds"
	from lessons x
	order by random()
) to stdout with (format csv, header)
\g :teachers
