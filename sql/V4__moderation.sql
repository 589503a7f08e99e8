-- Moderation: reports, one case per reported or held item with an explicit state machine and an
-- append-only history, decision templates, watched words, sanctions.

-- hidden: a moderator (or the report threshold) hid it, the public sees a placeholder;
-- held: waiting for approval, nobody but its author and moderators sees it; rejected: a held
-- comment that was refused, never published.
alter table comment drop constraint comment_status_check;
alter table comment add constraint comment_status_check
  check (status in ('visible', 'deleted', 'hidden', 'held', 'rejected'));
-- the reason category shown in the placeholder of a hidden comment
alter table comment add column moderation_reason varchar(24);
create index comment_author_created on comment (author_id, created_at);

-- every new comment on a pre-moderated topic is held until a moderator approves it
alter table topic add column premoderated boolean not null default false;
-- a hidden topic keeps its title (it names the ward issue); its body is replaced by a placeholder
alter table topic add column hidden_reason varchar(24);

create table moderation_case (
  id                   bigserial primary key,
  target_type          varchar(16) not null check (target_type in ('comment', 'topic')),
  target_id            bigint      not null,
  topic_id             bigint      not null references topic(id),
  author_id            bigint      not null references participant(id),
  state                varchar(16) not null
    check (state in ('pending', 'hidden', 'dismissed', 'restored', 'held', 'approved', 'rejected')),
  -- the reason category: of the report or hold that opened the case, then of the last decision
  reason               varchar(24) not null,
  report_count         int         not null default 0,
  -- waiting for a moderator: new reports, an automatic hide or hold, or the author's review request
  awaiting_decision    boolean     not null,
  -- once a person has decided, reports alone no longer hide the item automatically
  decided_by_person    boolean     not null default false,
  opened_at            timestamptz not null,
  updated_at           timestamptz not null,
  review_requested_at  timestamptz,
  review_request_text  text,
  version              bigint      not null default 0,
  unique (target_type, target_id)
);
create index moderation_case_queue on moderation_case (opened_at) where awaiting_decision;
create index moderation_case_author on moderation_case (author_id);

create table moderation_report (
  id           bigserial primary key,
  case_id      bigint      not null references moderation_case(id),
  reporter_id  bigint      not null references participant(id),
  reason       varchar(24) not null
    check (reason in ('spam', 'abuse', 'personal_info', 'off_topic', 'illegal', 'other')),
  text         varchar(2000),
  created_at   timestamptz not null,
  unique (case_id, reporter_id)
);
create index moderation_report_reporter on moderation_report (reporter_id);

-- the history of a case: every report, automatic action and decision; never changed
create table moderation_event (
  id           bigserial primary key,
  case_id      bigint      not null references moderation_case(id),
  occurred_at  timestamptz not null,
  -- null: the system (report threshold, watched words, personal-information guard, pre-moderation)
  actor_id     bigint      references participant(id),
  kind         varchar(24) not null,
  from_state   varchar(16),
  to_state     varchar(16) not null,
  reason       varchar(24) not null,
  note         text
);
create index moderation_event_case on moderation_event (case_id, id);
create index moderation_event_month on moderation_event (occurred_at);

create function moderation_event_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'moderation_event is append-only';
end $$;
create trigger moderation_event_no_update before update or delete on moderation_event
  for each row execute function moderation_event_is_append_only();
create trigger moderation_event_no_truncate before truncate on moderation_event
  for each statement execute function moderation_event_is_append_only();

-- the wording moderators choose from when they decide; administrators edit it
create table moderation_template (
  id          bigserial primary key,
  action      varchar(16)  not null check (action in ('hide', 'dismiss', 'restore', 'approve', 'reject')),
  reason      varchar(24)  not null,
  title_ja    varchar(120) not null,
  title_en    varchar(120) not null,
  text_ja     varchar(2000) not null,
  text_en     varchar(2000) not null,
  active      boolean      not null default true,
  version     bigint       not null default 0
);

insert into moderation_template (action, reason, title_ja, title_en, text_ja, text_en) values
  ('hide', 'personal_info', '個人情報', 'Personal information',
   '個人を特定できる情報（電話番号、住所、メールアドレスなど）が含まれているため非表示にしました。',
   'Hidden because it contains information that identifies a person (phone number, address, e-mail, ...).'),
  ('hide', 'abuse', '誹謗中傷・嫌がらせ', 'Abuse or harassment',
   '他の参加者や第三者への誹謗中傷・嫌がらせにあたるため非表示にしました。',
   'Hidden because it attacks or harasses other participants or third parties.'),
  ('hide', 'spam', '宣伝・スパム', 'Spam',
   '議題と関係のない宣伝・勧誘にあたるため非表示にしました。',
   'Hidden because it is advertising or solicitation unrelated to the topic.'),
  ('hide', 'off_topic', '議題と無関係', 'Off topic',
   '議題と関係のない内容のため非表示にしました。',
   'Hidden because it is unrelated to the topic.'),
  ('hide', 'illegal', '法令違反', 'Illegal content',
   '法令に違反するおそれのある内容のため非表示にしました。',
   'Hidden because it may break the law.'),
  ('dismiss', 'other', 'ガイドライン違反なし', 'No breach of the guidelines',
   '利用規約・ガイドラインに違反していないと判断しました。',
   'We found no breach of the terms or guidelines.'),
  ('restore', 'other', '再確認の結果、再表示', 'Restored after review',
   '再確認の結果、ガイドラインに違反していないと判断し、再表示しました。',
   'After review we found no breach of the guidelines and restored it.'),
  ('approve', 'other', '承認', 'Approved',
   '確認のうえ公開しました。',
   'Checked and published.'),
  ('reject', 'personal_info', '個人情報のため不承認', 'Rejected: personal information',
   '個人を特定できる情報が含まれているため公開できません。該当部分を除いて投稿し直してください。',
   'Cannot be published because it identifies a person. Please post again without that part.'),
  ('reject', 'abuse', '誹謗中傷のため不承認', 'Rejected: abuse',
   '誹謗中傷・嫌がらせにあたるため公開できません。',
   'Cannot be published because it attacks or harasses others.'),
  ('reject', 'off_topic', '議題と無関係のため不承認', 'Rejected: off topic',
   '議題と関係のない内容のため公開できません。',
   'Cannot be published because it is unrelated to the topic.');

create table watched_word (
  id          bigserial primary key,
  word        varchar(100) not null,
  -- the word after NFKC, case and kana folding: what the matcher compares
  folded      varchar(100) not null unique,
  action      varchar(8)   not null check (action in ('block', 'hold', 'flag')),
  created_by  bigint       not null references participant(id),
  created_at  timestamptz  not null
);

create table sanction (
  id           bigserial primary key,
  participant_id bigint    not null references participant(id),
  kind         varchar(8)  not null check (kind in ('warn', 'suspend', 'ban')),
  reason       varchar(2000) not null,
  ends_at      timestamptz,
  issued_by    bigint      not null references participant(id),
  issued_at    timestamptz not null,
  lifted_at    timestamptz,
  lifted_by    bigint      references participant(id),
  lift_reason  varchar(2000),
  version      bigint      not null default 0,
  check ((kind = 'suspend') = (ends_at is not null)),
  check ((lifted_at is null) = (lifted_by is null))
);
create index sanction_active on sanction (participant_id) where lifted_at is null;

