-- LINE pushes: a push that LINE did not accept is retried later with the same X-Line-Retry-Key
-- (derived from the notification's id); these columns say how often it was tried, when it may be
-- tried again and what became of it.
alter table notification add column attempts int not null default 0;
-- null: due now; later: not before then (backoff after a 429, a 5xx or no answer)
alter table notification add column retry_at timestamptz;
-- why a notification was marked delivered without being sent, or why sending was given up:
-- 'not_linked', 'not_visible', 'refused_400' …; null when it was sent
alter table notification add column delivery_note varchar(64);
