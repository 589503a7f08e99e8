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
  -- labels it stood under before: its own before staff renamed it, and those of the key points
  -- merged into it (which are deleted). An extraction does not propose them again.
  former_labels text[]           not null default '{}',
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
