-- The grading scale an organization chose instead of the one of its kind (5 points in schools,
-- 100 points in colleges and universities).
create table grading_scale_choice (
	organization_id bigint primary key references organization (id),
	scale text not null check (scale in ('FIVE_POINT', 'HUNDRED_POINT', 'POINTS')),
	chosen_by text not null,
	chosen_at timestamptz not null default now()
);
