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

-- Registrants per profile group, live and exact: kept by a trigger in the same transaction as the
-- change to the participant, whatever writes it (services, bulk loads, other features).
-- code 'unanswered' counts registrants who left the field empty (回答しない).
create table registrant_tally (
  dimension    varchar(16) not null check (dimension in ('age_band', 'area', 'district', 'relation')),
  code         varchar(32) not null,
  registrants  int         not null,
  primary key (dimension, code)
);

create function registrant_tally_apply(p participant, delta int) returns void language plpgsql as $$
begin
  if p.email_confirmed_at is null or p.withdrawn_at is not null then
    return;
  end if;
  insert into registrant_tally (dimension, code, registrants) values
      ('age_band', coalesce(p.age_band, 'unanswered'), delta),
      ('area',     coalesce(p.area_code, 'unanswered'), delta),
      ('district', coalesce(p.district_code, 'unanswered'), delta),
      ('relation', coalesce(p.relation, 'unanswered'), delta)
    on conflict (dimension, code)
    do update set registrants = registrant_tally.registrants + excluded.registrants;
end $$;

create function registrant_tally_track() returns trigger language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    perform registrant_tally_apply(old, -1);
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    perform registrant_tally_apply(new, 1);
  end if;
  return null;
end $$;

create trigger registrant_tally_insert_delete after insert or delete on participant
  for each row execute function registrant_tally_track();
-- only changes that move a registrant between groups touch the tally (not sign-in counters)
create trigger registrant_tally_update after update on participant
  for each row
  when (old.email_confirmed_at is distinct from new.email_confirmed_at
     or old.withdrawn_at is distinct from new.withdrawn_at
     or old.age_band is distinct from new.age_band
     or old.area_code is distinct from new.area_code
     or old.district_code is distinct from new.district_code
     or old.relation is distinct from new.relation)
  execute function registrant_tally_track();

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
