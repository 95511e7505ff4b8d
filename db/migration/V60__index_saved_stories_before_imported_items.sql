-- While an import runs, the search indexer now takes one batch a second and leaves the cores to the import
-- (SearchIndexer, docs/decisions/0011): during a large import thousands of noted rows can wait. A story an editor
-- saves meanwhile must not wait behind them: a search indexes four batches before it reads, and those took noted
-- rows in no particular order. Each batch now takes stories first, then the newest items (the ones a desk
-- searching during an import is after), walking the primary key (kind, id) backwards: no sort.
create or replace function newsdesk_index_pending(batch_size int) returns int
language plpgsql
set work_mem = '64MB'  -- as V57: the source items' index merges its pending list in the inserting backend's memory
as $$
declare
    taken_count int;
begin
    with taken as (
        delete from search_pending p
        using (select kind, id from search_pending order by kind desc, id desc limit batch_size for update skip locked) t
        where p.kind = t.kind and p.id = t.id
        returning p.kind, p.id
    ), stories as (
        insert into search_story (story_id, revision_id, doc, rank_doc)
        select s.id, r.id, v.doc, ts_filter(v.doc, '{a,b}')
        from taken t join story s on t.kind = 's' and s.id = t.id join revision r on r.id = s.current_revision_id
             cross join lateral (select newsdesk_story_vector(r.content) as doc offset 0) v
        on conflict (story_id) do update set revision_id = excluded.revision_id, doc = excluded.doc, rank_doc = excluded.rank_doc
        returning 1
    ), items as (
        insert into search_source_item (item_id, doc, rank_doc)
        select i.id, v.title || newsdesk_search_vector(i.language, i.clean_text, 'C'), v.title
        from taken t join source_item i on t.kind = 'i' and i.id = t.id
             cross join lateral (select newsdesk_search_vector(i.language, i.title, 'A') as title offset 0) v
        on conflict (item_id) do update set doc = excluded.doc, rank_doc = excluded.rank_doc
        returning 1
    )
    select count(*) into taken_count from taken;
    return taken_count;
end
$$;
