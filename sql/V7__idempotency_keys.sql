-- The first result of each POST that carried an Idempotency-Key, so that a retry returns it instead
-- of writing twice. Written in the same transaction as the write itself; kept for a day.
create table idempotency_key (
  owner        varchar(32)  not null, -- 'p:<participant id>', or 'anonymous' (registrations)
  idem_key     varchar(255) not null,
  fingerprint  char(64)     not null, -- SHA-256 of the operation and its non-secret arguments
  created_at   timestamptz  not null,
  status       smallint     not null,
  location     text,
  entity_type  varchar(200),
  body         text,
  primary key (owner, idem_key)
);
create index idempotency_key_created on idempotency_key (created_at);
