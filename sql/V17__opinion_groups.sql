-- A topic's opinion groups as computed (insight/OpinionGroups): what went in and what came out, so
-- that a published result can be reproduced (the votes as of computed_at, the seed, the number of
-- groups of the run before). No member ids: which group a person fell in is a profile of their
-- opinions, and nothing needs it once the groups are described.
create table opinion_groups_run (
  id                     bigserial        primary key,
  topic_id               bigint           not null references topic(id),
  computed_at            timestamptz      not null,
  computed_by            bigint           references participant(id),
  participants           integer          not null,
  participants_excluded  integer          not null,
  votes                  bigint           not null,
  comments               integer          not null,
  comments_projected     integer          not null,
  seed                   bigint           not null,
  previous_groups        integer          not null,
  groups                 integer          not null,
  silhouette             double precision not null,
  result                 jsonb            not null
);
create index opinion_groups_run_topic on opinion_groups_run (topic_id, computed_at desc);
