-- Proxy entry (issue 17): opinions the ward received outside the web — on paper at a
-- まちづくりセンター, by post, by phone, at a workshop or at a counter — entered by staff for the
-- people who gave them (docs/decisions.md, "Proxy entry (issue 17)").

-- How an opinion reached the ward. Every comment written on the site is 'web'; replies are always
-- 'web' (only top-level opinions are entered on someone's behalf).
alter table comment add column channel varchar(16) not null default 'web'
  check (channel in ('web', 'paper', 'post', 'phone', 'workshop', 'counter'));
-- a topic's proxy entries (staff's list, counts by channel) without reading its web comments
create index comment_proxy on comment (topic_id, id) where channel <> 'web';

-- The author of every opinion entered on someone's behalf: one participant row that stands for
-- "a person who gave an opinion outside the web". It is withdrawn from the start, so everything
-- that filters withdrawn participants already leaves it out: it has no e-mail, password or name
-- (cannot sign in, shows no name), is no registrant (not in the KPI or its tallies), gets no
-- notification and no moderation mail, and follows nothing. The comment counter does not add it
-- to a topic's participants (CommentStates); the statistics count the people behind its
-- opinions from proxy_entry instead (stats/ChannelCounts).
alter table participant add column proxy_author boolean not null default false;
create unique index participant_proxy_author on participant (proxy_author) where proxy_author;

insert into participant (email, email_confirmed_at, password_hash, display_name, registered_at,
                         withdrawn_at, follow_on_comment, proxy_author)
  values (null, null, null, null, now(), now(), false, true);

-- Where an opinion entered on someone's behalf came from, and who entered it. One row per such
-- comment. The profile answers are what the person gave on the form or in person (optional, as on
-- the web; a district implies its area, as for participants); participant_id, when the person is
-- a registered participant, lets the statistics count them once across channels.
create table proxy_entry (
  comment_id      bigint       primary key references comment(id),
  received_on     date         not null,
  place           varchar(200),
  age_band        varchar(16)  references age_band(code),
  area_code       varchar(32)  references area(code),
  district_code   varchar(32)  references district(code),
  relation        varchar(16)  references ward_relation(code),
  participant_id  bigint       references participant(id),
  entered_by      bigint       not null references participant(id),
  entered_at      timestamptz  not null,
  -- SHA-256 (hex) of the topic and the normalised CSV row: importing the same row again adds
  -- nothing. Null for entries made one at a time on the form or the API.
  import_key      char(64)     unique,
  check (district_code is null or area_code is not null)
);
create index proxy_entry_participant on proxy_entry (participant_id) where participant_id is not null;
create index proxy_entry_entered_by on proxy_entry (entered_by);
