-- Search: every change that can alter what the public finds writes a row here in the same
-- transaction, from the one place the change happens: the table's row. Each node tails the rows by
-- seq into its own local index (jp.kyodo.search.OutboxTailer). A row names what changed, never
-- what it says: the tailer reads the current state, so applying a row twice, or out of order, is
-- harmless. Triggers rather than Java calls, so that no code path (a moderator's hide, a bulk
-- load, a future feature) can change public text and forget the index.
--
-- The triggers are deferred to the commit: a sequence used inside the changing statement would
-- become the session's lastval(), which EclipseLink reads for the id of what it just inserted
-- (an immediate trigger gave a new comment the outbox row's number). At commit they also take
-- their numbers in nearly commit order, so the tailer meets fewer gaps.

create table search_outbox (
  seq         bigserial   primary key,
  kind        varchar(16) not null check (kind in ('comment', 'topic', 'participant')),
  target_id   bigint      not null,
  created_at  timestamptz not null default now()
);
create index search_outbox_created on search_outbox (created_at);

-- which database an index was built from: a local index of another database (a recreated
-- development database, a restored backup) is rebuilt, whatever sequence it recorded
create table search_instance (
  id uuid primary key default gen_random_uuid()
);
insert into search_instance default values;

create function search_outbox_comment() returns trigger language plpgsql as $$
begin
  insert into search_outbox (kind, target_id) values ('comment', coalesce(new.id, old.id));
  return null;
end $$;

create function search_outbox_topic() returns trigger language plpgsql as $$
begin
  insert into search_outbox (kind, target_id) values ('topic', coalesce(new.id, old.id));
  return null;
end $$;

create function search_outbox_answer() returns trigger language plpgsql as $$
begin
  insert into search_outbox (kind, target_id) values ('topic', new.topic_id);
  return null;
end $$;

create function search_outbox_participant() returns trigger language plpgsql as $$
begin
  insert into search_outbox (kind, target_id) values ('participant', new.id);
  return null;
end $$;

-- published, held, hidden, restored, approved, rejected, deleted, edited; counters (replies,
-- reactions) change often and say nothing searchable, so they write nothing
create constraint trigger search_outbox_comment_insert after insert on comment
  deferrable initially deferred
  for each row execute function search_outbox_comment();
create constraint trigger search_outbox_comment_update after update of status, body, topic_id on comment
  deferrable initially deferred
  for each row
  when (old.status is distinct from new.status or old.body is distinct from new.body
        or old.topic_id is distinct from new.topic_id)
  execute function search_outbox_comment();
create constraint trigger search_outbox_comment_delete after delete on comment
  deferrable initially deferred
  for each row execute function search_outbox_comment();

-- published, edited, closed, archived, hidden, shown again; not its counters or last activity
create constraint trigger search_outbox_topic_insert after insert on topic
  deferrable initially deferred
  for each row execute function search_outbox_topic();
create constraint trigger search_outbox_topic_update after update of title, body_markdown,
    status, hidden_reason, policy_area, scope_area, scope_district, published_at on topic
  deferrable initially deferred
  for each row
  when (old.title is distinct from new.title or old.body_markdown is distinct from new.body_markdown
        or old.status is distinct from new.status or old.hidden_reason is distinct from new.hidden_reason
        or old.policy_area is distinct from new.policy_area or old.scope_area is distinct from new.scope_area
        or old.scope_district is distinct from new.scope_district
        or old.published_at is distinct from new.published_at)
  execute function search_outbox_topic();
create constraint trigger search_outbox_topic_delete after delete on topic
  deferrable initially deferred
  for each row execute function search_outbox_topic();

-- the ward's answer (区の考え方) is part of its topic's document
create constraint trigger search_outbox_answer_insert after insert on official_response
  deferrable initially deferred
  for each row execute function search_outbox_answer();

-- a withdrawal: the comments stay, shown without a name (a back end that stores authors' names
-- must forget them; the Lucene index never stores names)
create constraint trigger search_outbox_participant_withdrawn after update of withdrawn_at on participant
  deferrable initially deferred
  for each row when (old.withdrawn_at is null and new.withdrawn_at is not null)
  execute function search_outbox_participant();
