-- Watched words that block ordinary Japanese (バカ inside 「自転車ばかりで」): each word gets a match
-- mode, and administrators list exception phrases.
--   part: the folded word anywhere in the folded text (as before);
--   word: the folded word must be whole tokens of the text (Lucene kuromoji), surface or base form.
alter table watched_word
  add column match_mode varchar(8) not null default 'part' check (match_mode in ('part', 'word')),
  add column version    bigint     not null default 0;

-- A phrase that contains a watched word but is fine (ばかり, ばかに): an occurrence of the word inside
-- an occurrence of the phrase does not count. For one word, or for every word when watched_word_id
-- is null. Removing the word removes its exceptions.
create table watched_word_exception (
  id              bigserial    primary key,
  watched_word_id bigint       references watched_word(id) on delete cascade,
  phrase          varchar(100) not null,
  -- the phrase folded as the words are (NFKC, case, kana): what the matcher compares
  folded          varchar(100) not null,
  created_by      bigint       not null references participant(id),
  created_at      timestamptz  not null
);
create unique index watched_word_exception_unique
  on watched_word_exception (coalesce(watched_word_id, 0), folded);
create index watched_word_exception_word on watched_word_exception (watched_word_id);
