-- Search ranked each of up to 300 candidates on its whole document: a story's tsvector is about
-- 15 kB, stored out of line (TOAST), so ranking a broad English query read and decompressed
-- megabytes (the search benchmark's p95 270 ms at 100,000 stories and 200,000 items, issue #18).
-- Each document now has a small one beside it, used only to rank: a story's headlines and
-- summaries (the A and B weights of its full document), an item's title (its A weight). Both are
-- taken from the full document, so indexing parses nothing more (an item's lead was tried: parsing
-- its first 400 characters again added about 16% to indexing an English item, which issue #15's
-- import rate cannot spare). The full document still decides what matches (every field, every
-- language); the small one decides the order. A story found only by a word deep in its body ranks
-- after those whose headline or summary holds the words, an item found only in its text after
-- those whose title does, newest first among their like. See docs/decisions/0010.

alter table search_story add column rank_doc tsvector not null default ''::tsvector;
alter table search_source_item add column rank_doc tsvector not null default ''::tsvector;

-- Indexes at most batch_size noted rows, skipping those another node is indexing; returns how many it took.
-- (offset 0 keeps each document computed once: without it the planner copies the call into both columns.)
create or replace function newsdesk_index_pending(batch_size int) returns int
language plpgsql as $$
declare
    taken_count int;
begin
    with taken as (
        delete from search_pending p
        using (select kind, id from search_pending limit batch_size for update skip locked) t
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

-- What is indexed already.
update search_story set rank_doc = ts_filter(doc, '{a,b}');
update search_source_item set rank_doc = ts_filter(doc, '{a}');

-- The passage of a hit to mark for its snippet (as V41): the first stretch of about 400 characters
-- (ended at a space, so about 60 words) that holds any word of the query, or one of its Chinese
-- runs; null when none does. V41 split the whole text into an array of words and joined windows of
-- it back: for a 30 kB story that cost about as much as marking the whole text, though the first
-- window usually matches. This walks the text a stretch at a time and stops at the first match.
create or replace function newsdesk_search_passage(lang text, body text, q tsquery, cjk text[]) returns text
language plpgsql stable parallel safe as $$
declare
    anyword tsquery;
    cfg regconfig := newsdesk_search_config(lang);
    n int := length(coalesce(body, ''));
    s int := 1;
    e int;
    space int;
    chunk text;
    c text;
begin
    if q is not null then
        -- any of the query's words: its lexemes (quoted in its text form), OR-ed
        anyword := (select string_agg(distinct m[1], ' | ') from regexp_matches(q::text, '(''(?:[^'']|'''')*'')', 'g') as m)::tsquery;
    end if;
    if anyword is null and coalesce(cardinality(cjk), 0) = 0 then
        return null;
    end if;
    while s <= n loop
        e := s + 400;
        if e <= n then
            -- on to the next white space within 40 characters (a Chinese run has none: cut where it is)
            chunk := substr(body, e, 40);
            space := coalesce(nullif(least(nullif(strpos(chunk, ' '), 0), nullif(strpos(chunk, E'\n'), 0)), 0), 1);
            e := e + space - 1;
        end if;
        chunk := substr(body, s, e - s);
        if anyword is not null and to_tsvector(cfg, chunk) @@ anyword then
            return btrim(chunk);
        end if;
        if cjk is not null then
            foreach c in array cjk loop
                if strpos(chunk, c) > 0 then
                    return btrim(chunk);
                end if;
            end loop;
        end if;
        s := e;
    end loop;
    return null;
end
$$;
