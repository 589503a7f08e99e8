-- Notifications: what participants follow and watch, what they want to hear and how, the events
-- that happened (a durable queue written with the change), and each recipient's notification.

-- Topics a participant follows (commenting follows, unless they switched that off).
create table topic_follow (
  topic_id        bigint      not null references topic(id),
  participant_id  bigint      not null references participant(id),
  followed_at     timestamptz not null,
  primary key (topic_id, participant_id)
);
create index topic_follow_participant on topic_follow (participant_id);

-- Places and policy areas a participant watches for new topics.
create table watch (
  participant_id  bigint      not null references participant(id),
  kind            varchar(16) not null check (kind in ('area', 'district', 'policy_area')),
  code            varchar(32) not null,
  primary key (participant_id, kind, code)
);
create index watch_target on watch (kind, code);

-- A participant's choice for one kind of event; without a row the kind's default applies.
create table notification_preference (
  participant_id  bigint      not null references participant(id),
  event_kind      varchar(32) not null,
  channel         varchar(8)  not null check (channel in ('site', 'email', 'line')),
  frequency       varchar(8)  not null check (frequency in ('instant', 'daily', 'weekly', 'off')),
  primary key (participant_id, event_kind)
);

alter table participant add column follow_on_comment boolean not null default true;
-- the key in one-click unsubscribe links: changes one setting, nothing else, without a session
alter table participant add column unsubscribe_key uuid not null default gen_random_uuid();
create unique index participant_unsubscribe_key on participant (unsubscribe_key);
-- staff: the department whose topics' new comments they hear about (topic.department)
alter table participant add column department varchar(400);
create index participant_department on participant (department) where department is not null;

-- everyone who gave a district watches it (new participants get the same at registration)
insert into watch (participant_id, kind, code)
  select id, 'district', district_code from participant
  where district_code is not null and withdrawn_at is null;

-- What happened, written in the transaction of the change; fanned out to recipients after commit.
create table notification_event (
  id              bigserial   primary key,
  kind            varchar(32) not null,
  -- what exactly: 'soon' or 'closed' for a closing topic, 'changed' for a later answer, a moderation decision
  detail          varchar(32),
  topic_id        bigint      references topic(id),
  comment_id      bigint      references comment(id),
  actor_id        bigint,
  occurred_at     timestamptz not null,
  fanned_out_at   timestamptz
);
create index notification_event_pending on notification_event (id) where fanned_out_at is null;
-- a topic's closing is announced once for each step
create unique index notification_event_closing on notification_event (topic_id, detail)
  where kind = 'topic_closing';

-- One recipient's notification of one event (new opinions on a followed topic share one waiting
-- row per follower and topic, see docs/decisions.md).
create table notification (
  id              bigserial   primary key,
  participant_id  bigint      not null references participant(id),
  event_id        bigint      not null references notification_event(id),
  kind            varchar(32) not null,
  detail          varchar(32),
  topic_id        bigint      references topic(id),
  comment_id      bigint      references comment(id),
  count           int         not null default 1,
  -- topic_comment: the first new opinion the row tells of
  since_comment_id bigint,
  created_at      timestamptz not null,
  updated_at      timestamptz not null,
  read_at         timestamptz,
  channel         varchar(8)  not null check (channel in ('site', 'email', 'line')),
  frequency       varchar(8)  not null check (frequency in ('instant', 'daily', 'weekly')),
  -- handed to its channel (at once) or included in a digest; null while waiting
  delivered_at    timestamptz,
  digest_id       bigint,
  unique (participant_id, event_id, kind)
);
create index notification_inbox on notification (participant_id, id desc);
create index notification_unread on notification (participant_id) where read_at is null;
-- the one waiting row per follower and topic that tells of new opinions: later opinions find it
-- there and write nothing (its count is read from the comments, from since_comment_id on)
create unique index notification_topic_activity on notification (participant_id, topic_id)
  where kind = 'topic_comment' and read_at is null and delivered_at is null;
create index notification_undelivered on notification (channel, frequency, participant_id)
  where delivered_at is null and channel <> 'site';

-- One digest per participant, channel and period: the unique key is what makes it exactly once.
create table digest (
  id              bigserial   primary key,
  participant_id  bigint      not null references participant(id),
  channel         varchar(8)  not null check (channel in ('email', 'line')),
  frequency       varchar(8)  not null check (frequency in ('daily', 'weekly')),
  period_start    timestamptz not null,
  period_end      timestamptz not null,
  created_at      timestamptz not null,
  sent_at         timestamptz,
  unique (participant_id, channel, frequency, period_start)
);
create index digest_pending on digest (frequency, period_start, id) where sent_at is null;

-- A participant's LINE account, linked with a one-time code sent to the ward's LINE account.
create table line_link (
  participant_id  bigint      primary key references participant(id),
  line_user_id    varchar(64) not null unique,
  linked_at       timestamptz not null
);
create table line_link_code (
  code_hash       char(64)    primary key,
  participant_id  bigint      not null references participant(id),
  created_at      timestamptz not null,
  expires_at      timestamptz not null,
  used_at         timestamptz
);
create index line_link_code_participant on line_link_code (participant_id);

-- Outgoing mail carries its one-click unsubscribe link (RFC 8058) when it has one.
alter table outbound_mail add column list_unsubscribe varchar(500);
