-- What the votes of a run were, in one value (their count and an order-free sum of each vote's
-- hash): the scheduled recomputation compares it with the topic's votes now, so that a vote added,
-- changed or withdrawn since the last run (reaction.created_at alone misses the last two) brings a
-- new run, and nothing else does.
alter table opinion_groups_run add column votes_signature text;
