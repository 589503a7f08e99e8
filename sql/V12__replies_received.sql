-- Replies a participant received (their activity page, and later their notifications) are found by
-- the comment they answer; only replies have one.
create index comment_in_reply_to on comment (in_reply_to_id) where in_reply_to_id is not null;
