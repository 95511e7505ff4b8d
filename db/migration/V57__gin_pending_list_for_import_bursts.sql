-- Keeping the source items' search index up to date during an import burst (issue #15: items imported and searchable
-- per second). GIN adds new rows' entries to a pending list and merges the list into the index when it passes
-- gin_pending_list_limit (4 MB by default, about 1,300 items), in the backend whose insert filled it. Merging is the
-- larger part of the index's cost, and a larger list merges cheaper per item: each key's new row ids go into its
-- posting tree in one step instead of one step per merge. Measured on 12,000 of the benchmark's items on its
-- database of 270,000, every merge included: 0.216-0.221 ms of PostgreSQL's CPU per item with 4 MB, 0.194 with
-- 32 MB, 0.172 with 32 MB and the merge done in 64 MB of memory (the inserting backend merges in work_mem, 4 MB by
-- default, so a list larger than that was merged in several passes).
--
-- A search scans the whole pending list besides the index: with 9,000 items waiting in it, a two-word query took
-- 16 ms instead of 0.7 ms. The list is therefore merged as soon as the desk is quiet (SearchIndexer, about a second
-- after the last indexing), so only searches run during a burst see it, and autovacuum merges it too.
alter index search_source_item_doc_recency_idx set (gin_pending_list_limit = 32768);

alter function newsdesk_index_pending(int) set work_mem = '64MB';
