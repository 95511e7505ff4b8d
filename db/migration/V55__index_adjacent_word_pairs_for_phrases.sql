-- A two-word phrase whose words are both common ("data centre") was the one search still over the
-- 50 ms target at 100,000 stories and 200,000 items (issue #18): the index finds every row holding
-- both words, and each one's whole document (11-15 kB, out of line) was read, newest first, to check
-- the phrase: about 2,200 stories and 3,900 items to find 300 of each with it.
--
-- Each row now also gets the adjacent pairs of its document's words, as lexemes "word1 word2" (a
-- lexeme from a parser never holds a space, so a pair never meets a real word), in a GIN index with
-- the row's recency bucket (V54): a query that is only two-word phrases (and ands and ors of them) is
-- answered by that index alone, exactly, with no document read. The pairs are taken from the
-- document's own positions (the ones the phrase operator checks), so "pair present" and "phrase
-- matches" are the same thing; Chinese bigrams are left out (Chinese queries are cheap already, and
-- they would double a Chinese text's pairs).
--
-- Computing pairs costs about as much as computing the document, and their index entries (mostly
-- new, rare keys) more again: done when an item is indexed it would have made indexing cost about
-- 60% more, which issue #15's import rate cannot spare. So pairs are kept in their own tables, only
-- for the newest rows (the 48 newest recency buckets: the search asks pairs only of the 42 newest),
-- and filled apart from indexing, when the indexer has nothing waiting (SearchIndexer). A row
-- without pairs yet (just indexed, or re-indexed: its pairs are removed when its document changes)
-- is found and checked as before, so results never depend on whether pairs were there.

-- The adjacent pairs of a document's words (not Chinese), positions as the phrase operator reads them.
create or replace function newsdesk_search_pairs(doc tsvector) returns tsvector
language sql immutable strict parallel safe as $$
    with w as materialized (select lexeme as l, unnest(positions) as p from unnest(doc) where ascii(lexeme) < 13312)
    select coalesce(array_to_tsvector(array_agg(a.l || ' ' || b.l)), ''::tsvector)
    from w a join w b on b.p = a.p + 1
$$;

create table search_story_pairs (
    story_id bigint   primary key references search_story (story_id) on delete cascade,
    pairs    tsvector not null
);
-- (fastupdate off: the pairs are written in the background, where a slower insert costs nothing, and
-- a search never reads a pending list: measured, a 160 MB one made the phrase take 1.2 s)
create index search_story_pairs_recency_idx on search_story_pairs using gin (pairs, newsdesk_search_recency(story_id))
    with (fastupdate = off);

create table search_source_item_pairs (
    item_id bigint   primary key references search_source_item (item_id) on delete cascade,
    pairs   tsvector not null
);
create index search_source_item_pairs_recency_idx on search_source_item_pairs using gin (pairs, newsdesk_search_recency(item_id))
    with (fastupdate = off);

-- A document that changes loses its pairs (they are filled again from the new one). Inserts, the
-- import's path, fire nothing.
create or replace function newsdesk_drop_search_pairs() returns trigger
language plpgsql as $$
begin
    if tg_table_name = 'search_story' then
        delete from search_story_pairs where story_id = new.story_id;
    else
        delete from search_source_item_pairs where item_id = new.item_id;
    end if;
    return null;
end
$$;
create trigger search_story_pairs_stale after update of doc on search_story
    for each row execute function newsdesk_drop_search_pairs();
create trigger search_source_item_pairs_stale after update of doc on search_source_item
    for each row execute function newsdesk_drop_search_pairs();

-- Fills the pairs of at most batch_size of the newest rows without them (stories first, then items),
-- skipping rows being re-indexed (their lock: the pairs are never taken from a document being
-- replaced), and drops the pairs of rows that have left the newest 48 buckets; returns how many it
-- filled.
create or replace function newsdesk_fill_search_pairs(batch_size int) returns int
language plpgsql as $$
declare
    stories int;
    items int;
begin
    delete from search_story_pairs where story_id < (((select coalesce(max(story_id), 0) from search_story) >> 10) - 47) << 10;
    delete from search_source_item_pairs where item_id < (((select coalesce(max(item_id), 0) from search_source_item) >> 10) - 47) << 10;
    with todo as (
        select s.story_id, s.doc from search_story s
        where s.story_id >= (((select coalesce(max(story_id), 0) from search_story) >> 10) - 47) << 10
          and not exists (select 1 from search_story_pairs p where p.story_id = s.story_id)
        order by s.story_id desc limit batch_size
        for share skip locked
    )
    insert into search_story_pairs (story_id, pairs)
    select story_id, newsdesk_search_pairs(doc) from todo
    on conflict do nothing;
    get diagnostics stories = row_count;
    if stories >= batch_size then
        return stories;
    end if;
    with todo as (
        select s.item_id, s.doc from search_source_item s
        where s.item_id >= (((select coalesce(max(item_id), 0) from search_source_item) >> 10) - 47) << 10
          and not exists (select 1 from search_source_item_pairs p where p.item_id = s.item_id)
        order by s.item_id desc limit batch_size - stories
        for share skip locked
    )
    insert into search_source_item_pairs (item_id, pairs)
    select item_id, newsdesk_search_pairs(doc) from todo
    on conflict do nothing;
    get diagnostics items = row_count;
    return stories + items;
end
$$;
