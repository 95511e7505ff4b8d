-- The inbox's "Search titles and sources" box filters with "title ilike '%words%' or source_name ilike '%words%'",
-- which read every source item: on the ingest benchmark's database of 295,000 items a rare title took 613 ms for its
-- first page, and the count the grid asks for as long again, each time the editor paused typing. Two trigram indexes
-- answer both (305,000 items: a rare title 19 ms for the count and 9 ms for the page, a word in 5,000 titles 61 ms
-- for the count). What they add to an import did not show against the run-to-run noise of the ingest benchmark:
-- three runs each, alternated on one copy of its database, 2,029-2,105 items/s stored with them, 1,938-2,194 without
-- (issue #15, docs/benchmarks/ingest.md). A search shorter than three characters (a two-character Chinese word) has
-- no trigram to look up and still reads every item (213 ms there).
--
-- pg_trgm is the extension V16 created for the story list's headlines, where the database allowed it (it ships with
-- PostgreSQL and is a trusted extension); where it could not, the inbox still filters, by reading every item, and
-- this migration says so.
do $$
begin
    if not exists (select 1 from pg_extension where extname = 'pg_trgm') then
        raise notice 'pg_trgm is not installed (see V16): the inbox searches titles and sources without an index';
        return;
    end if;
    create index if not exists source_item_title_trgm_idx on source_item using gin (title gin_trgm_ops);
    create index if not exists source_item_source_name_trgm_idx on source_item using gin (source_name gin_trgm_ops);
end
$$;
