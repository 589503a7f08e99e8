-- Key points (論点) of a topic (issue 17): Kyodo proposes candidates from the topic's comments
-- (jp.kyodo.insight.KeyPoints); staff edit, merge, approve or reject them. Only approved key points
-- are shown to the public, and the results document groups opinions by them.
create table key_point (
  id            bigserial        primary key,
  topic_id      bigint           not null references topic(id),
  label         varchar(100)     not null,
  status        varchar(16)      not null check (status in ('candidate', 'approved', 'rejected')),
  -- the extraction's TF-IDF score; null for a key point staff made by hand
  score         double precision,
  sort_order    int,
  created_at    timestamptz      not null,
  updated_at    timestamptz      not null,
  -- null: proposed by the extraction
  created_by    bigint           references participant(id),
  -- set by any change staff make (label, status, order, comments, a merge): an extraction then
  -- keeps the key point as it is, whatever its status
  edited_at     timestamptz,
  approved_by   bigint           references participant(id),
  approved_at   timestamptz,
  -- the labels of the key points merged into this one (they are deleted): an extraction does not
  -- propose them again
  merged_labels text[]           not null default '{}',
  version       bigint           not null default 0,
  check ((status = 'approved') = (approved_at is not null))
);
create index key_point_topic on key_point (topic_id, status);
-- one key point per label in a topic (the service compares folded labels first; this is the net)
create unique index key_point_label on key_point (topic_id, label);

-- the comments a key point comes from: found by the extraction for a candidate, added or removed by
-- staff
create table key_point_comment (
  key_point_id  bigint not null references key_point(id) on delete cascade,
  comment_id    bigint not null references comment(id),
  primary key (key_point_id, comment_id)
);
create index key_point_comment_comment on key_point_comment (comment_id);

-- What the extraction needs of every other topic, kept instead of tokenising the whole forum on
-- each request: how many of a topic's visible comments contain each term (folded compound noun),
-- as of the topic's counters named in signature. Refreshed when the signature no longer matches
-- (on an extraction, within a budget, and by a background sweep). A derived cache: deleting the
-- rows loses nothing.
create table topic_term_stats (
  topic_id      bigint      primary key references topic(id),
  comments      int         not null,
  signature     text        not null,
  computed_at   timestamptz not null
);
create table topic_term (
  topic_id      bigint       not null references topic_term_stats(topic_id) on delete cascade,
  term          varchar(100) not null,
  comments      int          not null,
  primary key (topic_id, term)
);
create index topic_term_term on topic_term (term, topic_id) include (comments);
