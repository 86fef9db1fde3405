-- O-1.7: the holidays of each organization (its level's holiday periods, evening schools following TVET's dates,
-- O-1.22), with the dates of the policy version that holds them: a day is a holiday of an organization when a row
-- covers it and its version is in force on that day. Read by the schedule module ("my day", feeds).
create view organization_holiday as
select o.id as organization_id, p.from_date, p.to_date, p.rule_id, v.valid_from as version_from,
	coalesce(v.valid_to, 'infinity'::date) as version_to
from organization o
join organization_kind k on k.code = o.kind
join policy_period p on p.kind = 'HOLIDAY'
	and (case when o.kind = 'EVENING_SCHOOL' then 'TVET' else k.level end) = any (p.levels)
join policy_version v on v.id = p.version_id;
