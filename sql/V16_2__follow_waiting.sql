-- A topic's pass over its followers (FanOutBatch.topicActivity) looked at every follower, every five
-- seconds, for the few without a waiting "new opinions" row: at 300 posts a second on 100 topics
-- that was two thirds of what notifications cost PostgreSQL per post, and it grew with the
-- followers. Which followers already have such a row is now kept on the follow itself, so a pass
-- reads only the others: those who followed since, whose row was read or delivered since, and
-- those it could not tell yet (only their own opinions were new, their preference is off, they
-- withdrew).
--
-- `waiting` is set by the pass for the rows it writes (no one can read or deliver a row before the
-- pass commits) and cleared here, whichever statement reads, delivers or deletes the row. It is a
-- promise only in one direction: true means the follower has a waiting row; false means "look".
alter table topic_follow add column waiting boolean not null default false;

update topic_follow f set waiting = true
  where exists (select 1 from notification w where w.participant_id = f.participant_id
                  and w.topic_id = f.topic_id and w.kind = 'topic_comment'
                  and w.read_at is null and w.delivered_at is null);

create index topic_follow_to_tell on topic_follow (topic_id, participant_id) where not waiting;

create function topic_follow_told() returns trigger language plpgsql as $$
begin
  update topic_follow f set waiting = false
    from old_rows o
    where o.kind = 'topic_comment' and o.read_at is null and o.delivered_at is null
      and f.topic_id = o.topic_id and f.participant_id = o.participant_id and f.waiting
      and not exists (select 1 from new_rows n where n.id = o.id
                        and n.read_at is null and n.delivered_at is null);
  return null;
end $$;

-- statement triggers: a digest or "mark all as read" clears its followers in one statement
create trigger notification_read_or_delivered after update on notification
  referencing old table as old_rows new table as new_rows
  for each statement execute function topic_follow_told();

create function topic_follow_told_deleted() returns trigger language plpgsql as $$
begin
  update topic_follow f set waiting = false
    from old_rows o
    where o.kind = 'topic_comment' and o.read_at is null and o.delivered_at is null
      and f.topic_id = o.topic_id and f.participant_id = o.participant_id and f.waiting;
  return null;
end $$;

create trigger notification_deleted after delete on notification
  referencing old table as old_rows
  for each statement execute function topic_follow_told_deleted();
