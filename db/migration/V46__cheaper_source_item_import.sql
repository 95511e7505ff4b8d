-- Importing source items cheaper (issue #15).
--
-- Two indexes of source_item that nothing reads cost every imported row an index entry:
-- source_item_feed_idx (feed_id) repeats the first column of the unique index on (feed_id, guid),
-- which serves the same lookups (and the cascade when a feed is removed); no query sorts or
-- filters on imported_at (the inbox sorts on sort_time).
drop index if exists source_item_feed_idx;
drop index if exists source_item_imported_at_idx;

-- Stored items sharing a near-duplicate band key with a new item. PostgreSQL cannot estimate how
-- selective an overlap with hundreds of keys is and may plan a scan of the whole table; the GIN
-- index answers in milliseconds. The function switches sequential scans off for this query only,
-- so an import asks in one round trip instead of three (set, select, reset).
create or replace function ingest_near_duplicate_candidates(bands bigint[], max_rows int)
returns table (id bigint, cluster_id bigint, minhash bytea)
language sql stable
set enable_seqscan = off
as $$
    select s.id, s.cluster_id, s.minhash from source_item s where s.lsh_bands && bands limit max_rows
$$;
