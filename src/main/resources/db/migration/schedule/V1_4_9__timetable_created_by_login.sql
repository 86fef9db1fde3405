-- A generated draft names the login that started its run (its source already says a solver made it), so that the
-- page can show that person's name: earlier drafts said 'deputy (solver)'.
update timetable set created_by = left(created_by, -length(' (solver)')) where created_by like '% (solver)';
