-- The results document of a closed topic (issue 17): what the ward publishes at the end of a
-- consultation — the topic, its period, the opinions and people by channel, then for each approved
-- key point a summary of the opinions (意見の概要) and the ward's view (区の考え方), written by staff.
-- The ward's view of the whole topic is its official answer (official_response), not kept twice.
-- Figures are not stored: they are counted when the document is read (stats/ChannelCounts, the key
-- points' comments), so they cannot drift from the thread.
create table results_document (
  topic_id      bigint       primary key references topic(id),
  introduction  text         not null default '',
  published_at  timestamptz,
  published_by  bigint       references participant(id),
  updated_at    timestamptz  not null,
  updated_by    bigint       not null references participant(id),
  version       bigint       not null default 0,
  check ((published_at is null) = (published_by is null))
);

-- One row per approved key point the document covers; key_point_id null is the row of the opinions
-- under no approved key point (その他のご意見).
create table results_document_entry (
  id            bigserial    primary key,
  topic_id      bigint       not null references results_document(topic_id),
  key_point_id  bigint       references key_point(id) on delete cascade,
  summary       text         not null default '',
  ward_view     text         not null default ''
);
create unique index results_document_entry_key
  on results_document_entry (topic_id, coalesce(key_point_id, 0));
