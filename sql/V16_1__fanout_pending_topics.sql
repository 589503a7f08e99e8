-- A topic's pass over its followers takes every opinion waiting for it at once (issue 13's
-- benchmark). Which topics wait is kept per topic here, a row per topic, instead of being searched
-- for among the waiting opinions: at 300 posts a second that search read 14,000 waiting rows per
-- drain, and a pass took the oldest 500 opinions only, so the rest of their topics waited another
-- five seconds and the backlog grew for as long as the posting went on.
alter table topic_fanout alter column fanned_out_at drop not null;
alter table topic_fanout add column pending boolean not null default false;

drop index notification_event_followers;
create index notification_event_followers on notification_event (topic_id, id)
  where followers_pending;

insert into topic_fanout (topic_id, fanned_out_at, pending)
  select distinct topic_id, cast(null as timestamptz), true
    from notification_event where followers_pending
  on conflict (topic_id) do update set pending = true;
