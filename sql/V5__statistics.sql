-- Participation statistics and the registrant KPI (issue 5).
-- A registrant is a participant whose e-mail is confirmed and who has not withdrawn. Withdrawn
-- rows are kept (with their confirmation and withdrawal times), so the count at the end of any
-- past day can be reconstructed: confirmed before the end of the day, not withdrawn by then.

-- The ward's population, to compare participants with. These figures are plausible values in the
-- shape of Setagaya's published statistics (住民基本台帳, 1 January 2025: about 940,000 people);
-- they are to be refreshed from the ward's own publication by a later migration.
create table population_reference (
  dimension   varchar(16)  not null check (dimension in ('age_band', 'area')),
  code        varchar(32)  not null,
  population  int          not null check (population > 0),
  source      varchar(200) not null,
  as_of       date         not null,
  primary key (dimension, code)
);

insert into population_reference (dimension, code, population, source, as_of) values
  ('age_band', 'under20', 150200, '世田谷区「住民基本台帳による世田谷区の人口と世帯数」', date '2025-01-01'),
  ('age_band', '20s',     124800, '世田谷区「住民基本台帳による世田谷区の人口と世帯数」', date '2025-01-01'),
  ('age_band', '30s',     139600, '世田谷区「住民基本台帳による世田谷区の人口と世帯数」', date '2025-01-01'),
  ('age_band', '40s',     150900, '世田谷区「住民基本台帳による世田谷区の人口と世帯数」', date '2025-01-01'),
  ('age_band', '50s',     145300, '世田谷区「住民基本台帳による世田谷区の人口と世帯数」', date '2025-01-01'),
  ('age_band', '60s',      94700, '世田谷区「住民基本台帳による世田谷区の人口と世帯数」', date '2025-01-01'),
  ('age_band', '70s',      80100, '世田谷区「住民基本台帳による世田谷区の人口と世帯数」', date '2025-01-01'),
  ('age_band', '80plus',   55400, '世田谷区「住民基本台帳による世田谷区の人口と世帯数」', date '2025-01-01'),
  ('area', 'setagaya',    251300, '世田谷区「住民基本台帳による世田谷区の人口と世帯数」', date '2025-01-01'),
  ('area', 'kitazawa',    153200, '世田谷区「住民基本台帳による世田谷区の人口と世帯数」', date '2025-01-01'),
  ('area', 'tamagawa',    230900, '世田谷区「住民基本台帳による世田谷区の人口と世帯数」', date '2025-01-01'),
  ('area', 'kinuta',      171700, '世田谷区「住民基本台帳による世田谷区の人口と世帯数」', date '2025-01-01'),
  ('area', 'karasuyama',  133900, '世田谷区「住民基本台帳による世田谷区の人口と世帯数」', date '2025-01-01');

-- The KPI itself is counted live through this partial index (an index-only count).
create index participant_registrant on participant (id)
  where email_confirmed_at is not null and withdrawn_at is null;
create index participant_confirmed_at on participant (email_confirmed_at)
  where email_confirmed_at is not null;
create index participant_withdrawn_at on participant (withdrawn_at) where withdrawn_at is not null;
-- the daily snapshot reads activity by time
create index comment_created_at on comment (created_at);
create index reaction_created_at on reaction (created_at);
-- a topic's participation report reads all its comments
create index comment_topic on comment (topic_id);

-- Registrants per profile group, live and exact: kept by statement-level triggers in the same
-- transaction as the change to the participants, whatever writes it (services, bulk loads, other
-- features). Each statement adds its net change per group once, so a bulk load of thousands of
-- rows updates each group row once; groups are locked in key order, so concurrent statements do
-- not deadlock. code 'unanswered' counts registrants who left the field empty (回答しない).
create table registrant_tally (
  dimension    varchar(16) not null check (dimension in ('age_band', 'area', 'district', 'relation')),
  code         varchar(32) not null,
  registrants  int         not null,
  primary key (dimension, code)
);

-- adds the statement's net change of registrants per group: +1 for each row as it is now (new_rows),
-- -1 for each row as it was (old_rows); the transition tables are visible to EXECUTE here
create function registrant_tally_track() returns trigger language plpgsql as $$
declare
  source text := case tg_op
    when 'INSERT' then 'select 1 delta, n.* from new_rows n'
    when 'DELETE' then 'select -1 delta, o.* from old_rows o'
    else 'select 1 delta, n.* from new_rows n union all select -1, o.* from old_rows o' end;
begin
  execute
    'insert into registrant_tally (dimension, code, registrants)'
    ' select g.dimension, g.code, sum(r.delta) from (' || source || ') r'
    ' cross join lateral (values'
    '   (''age_band'', coalesce(r.age_band, ''unanswered'')),'
    '   (''area'', coalesce(r.area_code, ''unanswered'')),'
    '   (''district'', coalesce(r.district_code, ''unanswered'')),'
    '   (''relation'', coalesce(r.relation, ''unanswered''))) g(dimension, code)'
    ' where r.email_confirmed_at is not null and r.withdrawn_at is null'
    ' group by g.dimension, g.code having sum(r.delta) <> 0'
    ' order by g.dimension, g.code'
    ' on conflict (dimension, code)'
    ' do update set registrants = registrant_tally.registrants + excluded.registrants';
  return null;
end $$;

create trigger registrant_tally_insert after insert on participant
  referencing new table as new_rows
  for each statement execute function registrant_tally_track();
create trigger registrant_tally_update after update on participant
  referencing old table as old_rows new table as new_rows
  for each statement execute function registrant_tally_track();
create trigger registrant_tally_delete after delete on participant
  referencing old table as old_rows
  for each statement execute function registrant_tally_track();

insert into registrant_tally (dimension, code, registrants)
  select 'age_band', coalesce(age_band, 'unanswered'), count(*) from participant
    where email_confirmed_at is not null and withdrawn_at is null group by 2
  union all
  select 'area', coalesce(area_code, 'unanswered'), count(*) from participant
    where email_confirmed_at is not null and withdrawn_at is null group by 2
  union all
  select 'district', coalesce(district_code, 'unanswered'), count(*) from participant
    where email_confirmed_at is not null and withdrawn_at is null group by 2
  union all
  select 'relation', coalesce(relation, 'unanswered'), count(*) from participant
    where email_confirmed_at is not null and withdrawn_at is null group by 2;

-- One row per calendar day (Asia/Tokyo), written once by the snapshot job after the day ended and
-- never updated: figures as of the end of that day.
create table kpi_snapshot (
  day             date        primary key,
  registrants     int         not null, -- confirmed before the end of the day, not withdrawn by then
  confirmed       int         not null, -- e-mail confirmations during the day
  withdrawn       int         not null, -- registrants who withdrew during the day
  active_30       int         not null, -- registrants who commented or reacted in the 30 days ending that day
  active_90       int         not null, -- the same over 90 days
  new_30          int         not null, -- of active_30, those whose first activity ever falls in the 30 days
  commented       int         not null, -- registrants who have ever commented
  came_back       int         not null, -- of those, who commented or reacted on a later day than their first comment
  comments        int         not null, -- comments posted during the day
  reactions       int         not null, -- reactions given during the day (as stored now)
  taken_at        timestamptz not null
);

-- Breakdowns of the same day. For profile groups (dimension age_band, area, district, relation):
-- registrants and active participants (30 and 90 days). For activity in the 30 days ending that
-- day per policy area (policy_area) and per participants' area (activity_area): participants who
-- commented or reacted, and comments; registrants and active_90 are null there.
create table kpi_snapshot_group (
  day          date        not null references kpi_snapshot (day),
  dimension    varchar(16) not null,
  code         varchar(32) not null,
  registrants  int,
  active_30    int         not null,
  active_90    int,
  comments_30  int,
  primary key (day, dimension, code)
);

-- Participation by month, participants' area and policy area: the open-data set. Rebuilt by the
-- snapshot job while the month runs; final once its last day has been snapshotted.
-- '' in policy_area or area_code is the total over that column.
create table activity_month (
  month         date        not null,
  policy_area   varchar(32) not null,
  area_code     varchar(32) not null,
  comments      int         not null,
  reactions     int         not null,
  participants  int         not null,
  complete      boolean     not null,
  primary key (month, policy_area, area_code)
);
