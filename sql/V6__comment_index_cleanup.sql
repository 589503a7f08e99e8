-- comment_author_created (author_id, created_at), added for the statistics, serves every look-up
-- by author too; the older single-column index only cost a write on every post.
drop index if exists comment_author;
