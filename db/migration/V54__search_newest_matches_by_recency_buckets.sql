-- Search ranks the newest 300 matches of a query (docs/decisions/0010). Finding them was the
-- slow part at 100,000 stories and 200,000 items (issue #18): the planner either walked the rows
-- newest first, reading each one's whole document (about 15 kB, stored out of line) to test it,
-- or asked the GIN index for every match and visited them all to keep the newest 300. A broad
-- query did the first well, a rare one the second, a middling one neither.
--
-- Each row's id now also goes into the GIN index as a recency bucket (1,024 consecutive ids), in
-- the same index as the document, so one index scan answers "matches among the newest buckets":
-- GIN intersects the query's words with the buckets' short lists inside the index, skipping the
-- rest of a common word's list, and no document is read to decide. The search asks the newest few
-- buckets first and widens only when they hold fewer than 300 matches (SearchRepository).
--
-- The bucket is computed from the id by the index itself (an expression column): indexing writes
-- nothing more to the table, and each row adds one entry to the index it already updated (the
-- index on the document alone is replaced, not kept beside it).

create or replace function newsdesk_search_recency(id bigint) returns tsvector
language sql immutable strict parallel safe as $$
    select array_to_tsvector(array[(id >> 10)::text])
$$;

set local maintenance_work_mem = '256MB';

create index search_story_doc_recency_idx on search_story using gin (doc, newsdesk_search_recency(story_id));
drop index search_story_doc_idx;

create index search_source_item_doc_recency_idx on search_source_item using gin (doc, newsdesk_search_recency(item_id));
drop index search_source_item_doc_idx;

analyze search_story;
analyze search_source_item;
