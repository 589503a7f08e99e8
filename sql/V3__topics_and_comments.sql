-- Topics opened by staff, threaded comments, reactions and the ward's official responses.
-- Counters are kept denormalised and exact: they change in the same transaction as the row they count.

create table policy_area (
  code        varchar(32) primary key,
  sort_order  int         not null,
  name_ja     varchar(40) not null,
  name_en     varchar(80) not null,
  active      boolean     not null default true
);

insert into policy_area (code, sort_order, name_ja, name_en) values
  ('children-youth', 1, '子ども・若者',     'Children and youth'),
  ('welfare-health', 2, '福祉・健康',       'Welfare and health'),
  ('environment',    3, '環境',             'Environment'),
  ('safety',         4, '防災・安全',       'Disaster prevention and safety'),
  ('town-transport', 5, 'まちづくり・交通', 'Town planning and transport'),
  ('education',      6, '教育',             'Education'),
  ('culture-sports', 7, '文化・スポーツ',   'Culture and sports'),
  ('governance-dx',  8, '区政・DX',         'Ward administration and DX');

create table topic (
  id                  bigserial primary key,
  title               varchar(400) not null,
  body_markdown       text        not null,
  body_html           text        not null,
  policy_area         varchar(32) not null references policy_area(code),
  scope_area          varchar(32) references area(code),
  scope_district      varchar(32) references district(code),
  department          varchar(400) not null,
  status              varchar(16) not null check (status in ('draft', 'open', 'closed', 'archived')),
  opens_at            timestamptz not null,
  closes_at           timestamptz not null,
  created_by          bigint      not null references participant(id),
  created_at          timestamptz not null,
  published_at        timestamptz,
  closed_at           timestamptz,
  archived_at         timestamptz,
  comment_count       int         not null default 0,
  root_comment_count  int         not null default 0,
  participant_count   int         not null default 0,
  last_activity_at    timestamptz,
  version             bigint      not null default 0,
  check (closes_at > opens_at),
  check (scope_district is null or scope_area is not null)
);
create index topic_listing on topic (status, published_at desc);
create index topic_closing on topic (closes_at) where status = 'open';
create index topic_policy_area on topic (policy_area);

-- one row per participant who took part in a topic: makes participant_count exact
create table topic_participant (
  topic_id        bigint not null references topic(id),
  participant_id  bigint not null references participant(id),
  primary key (topic_id, participant_id)
);

create table official_response (
  id            bigserial primary key,
  topic_id      bigint      not null references topic(id),
  status        varchar(24) not null check (status in ('received', 'considering', 'adopted', 'partially_adopted', 'not_adopted')),
  body_markdown text        not null,
  body_html     text        not null,
  published_by  bigint      not null references participant(id),
  published_at  timestamptz not null
);
create index official_response_topic on official_response (topic_id, id desc);

create table comment (
  id              bigserial primary key,
  topic_id        bigint      not null references topic(id),
  parent_id       bigint      references comment(id),
  root_id         bigint      references comment(id),
  -- the comment actually answered; differs from parent_id when a reply to a comment at the cap attaches at the cap
  in_reply_to_id  bigint      references comment(id),
  depth           smallint    not null check (depth >= 0),
  author_id       bigint      not null references participant(id),
  author_is_staff boolean     not null default false,
  body            text        not null,
  stance          varchar(16) check (stance in ('agree', 'oppose', 'neutral', 'question')),
  status          varchar(16) not null default 'visible' check (status in ('visible', 'deleted')),
  created_at      timestamptz not null,
  edited_at       timestamptz,
  deleted_at      timestamptz,
  reply_count     int         not null default 0,
  agree_count     int         not null default 0,
  disagree_count  int         not null default 0,
  version         bigint      not null default 0,
  check ((depth = 0) = (parent_id is null)),
  check (stance is null or depth = 0)
);
create index comment_roots_oldest on comment (topic_id, id) where depth = 0;
create index comment_roots_agreed on comment (topic_id, agree_count desc, id desc) where depth = 0;
create index comment_children on comment (parent_id, id);
create index comment_author on comment (author_id);

-- previous versions of edited comments, for moderators
create table comment_revision (
  id          bigserial primary key,
  comment_id  bigint      not null references comment(id),
  body        text        not null,
  replaced_at timestamptz not null
);
create index comment_revision_comment on comment_revision (comment_id);

create table reaction (
  comment_id      bigint      not null references comment(id),
  participant_id  bigint      not null references participant(id),
  kind            varchar(16) not null check (kind in ('agree', 'disagree')),
  created_at      timestamptz not null,
  primary key (comment_id, participant_id)
);
create index reaction_participant on reaction (participant_id);
