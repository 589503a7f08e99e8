-- Notifications under busy posting (issue 13's benchmark; see docs/decisions.md).

-- Instant delivery takes the oldest undelivered rows of one channel: without an index in that
-- order PostgreSQL walked every notification by id (85 ms with 100,000 rows) after each fan-out.
create index notification_instant on notification (channel, id)
  where delivered_at is null and frequency = 'instant' and channel <> 'site';

-- The waiting row of a follower and topic, led by the topic: a pass over one topic's followers
-- reads that topic's rows only (led by the participant, it read every topic's: 10 ms a pass).
drop index notification_topic_activity;
create unique index notification_topic_activity on notification (topic_id, participant_id)
  where kind = 'topic_comment' and read_at is null and delivered_at is null;

-- A topic's followers are brought up to date at most once every few seconds: the new opinions in
-- between wait here (an event's followers_pending) and go out together.
alter table notification_event add column followers_pending boolean not null default false;
create index notification_event_followers on notification_event (id) where followers_pending;

-- When each topic's followers were last brought up to date; its row also serialises two nodes
-- that would do it at once.
create table topic_fanout (
  topic_id        bigint      primary key references topic(id),
  fanned_out_at   timestamptz not null
);
