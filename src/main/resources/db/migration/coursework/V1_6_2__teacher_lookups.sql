-- The teacher's inbox and assignment list start from the teacher's own assignments (created or taught) instead of
-- scanning every assignment of the country; the grade history of a submission is read by its submission.
create index assignment_created_by_idx on assignment (created_by);
create index assignment_group_subject_idx on assignment (group_id, subject);
create index grade_submission_idx on grade (submission_id);
