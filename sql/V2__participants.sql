-- Participants, their consents, roles, account tokens, API tokens, the mail outbox and the audit log.

create table policy_document (
  kind          varchar(16) not null check (kind in ('terms', 'privacy')),
  version       varchar(32) not null,
  published_at  timestamptz not null,
  primary key (kind, version)
);

insert into policy_document (kind, version, published_at) values
  ('terms',   '2026-04-01', timestamptz '2026-04-01 00:00:00+09'),
  ('privacy', '2026-04-01', timestamptz '2026-04-01 00:00:00+09');

create table participant (
  id                    bigserial primary key,
  -- null once the participant has withdrawn: the address is personal data and is erased
  email                 varchar(254),
  email_confirmed_at    timestamptz,
  password_hash         varchar(512),
  display_name          varchar(120),
  age_band              varchar(16) references age_band(code),
  area_code             varchar(32) references area(code),
  district_code         varchar(32) references district(code),
  relation              varchar(16) references ward_relation(code),
  preferred_language    varchar(8)  references preferred_language(code),
  failed_sign_ins       int         not null default 0,
  locked_until          timestamptz,
  registered_at         timestamptz not null,
  withdrawn_at          timestamptz,
  version               bigint      not null default 0,
  constraint participant_active_has_credentials
    check (withdrawn_at is not null or (email is not null and password_hash is not null and display_name is not null))
);
-- e-mail addresses compare case-insensitively; the application stores them lower-cased as well
create unique index participant_email_unique on participant (lower(email)) where email is not null;
create index participant_registered_at on participant (registered_at);

create table participant_role (
  participant_id  bigint      not null references participant(id),
  role            varchar(16) not null check (role in ('staff', 'moderator', 'administrator')),
  granted_at      timestamptz not null,
  primary key (participant_id, role)
);

create table consent (
  id              bigserial primary key,
  participant_id  bigint      not null references participant(id),
  document_kind   varchar(16) not null,
  document_version varchar(32) not null,
  accepted_at     timestamptz not null,
  foreign key (document_kind, document_version) references policy_document(kind, version)
);
create index consent_participant on consent (participant_id);

-- single-use tokens sent by mail; only their SHA-256 is stored
create table account_token (
  token_hash      char(64)    primary key,
  participant_id  bigint      not null references participant(id),
  purpose         varchar(24) not null check (purpose in ('confirm_email', 'reset_password')),
  created_at      timestamptz not null,
  expires_at      timestamptz not null,
  used_at         timestamptz
);
create index account_token_participant on account_token (participant_id, purpose);

-- bearer tokens for the REST API; only their SHA-256 is stored
create table api_token (
  id              bigserial primary key,
  token_hash      char(64)    not null unique,
  participant_id  bigint      not null references participant(id),
  created_at      timestamptz not null,
  last_used_at    timestamptz not null,
  expires_at      timestamptz not null,
  revoked_at      timestamptz
);
create index api_token_participant on api_token (participant_id);

-- every outgoing mail is written here in the same transaction as the change that caused it;
-- with SMTP configured a sender delivers it after commit, otherwise administrators read it here
create table outbound_mail (
  id              bigserial primary key,
  recipient       varchar(254) not null,
  subject         varchar(200) not null,
  body            text        not null,
  created_at      timestamptz not null,
  sent_at         timestamptz,
  attempts        int         not null default 0,
  last_error      varchar(500)
);
create index outbound_mail_unsent on outbound_mail (id) where sent_at is null;

-- append-only record of every staff, moderator and administrator action
create table audit_entry (
  id              bigserial primary key,
  occurred_at     timestamptz not null,
  actor_id        bigint,
  action          varchar(64) not null,
  target_type     varchar(32),
  target_id       varchar(64),
  reason          varchar(1000),
  details         varchar(2000)
);
create index audit_entry_occurred on audit_entry (occurred_at desc);
create index audit_entry_actor on audit_entry (actor_id);

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_entry is append-only';
end $$;

create trigger audit_entry_no_update before update or delete on audit_entry
  for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
  for each statement execute function audit_entry_is_append_only();
