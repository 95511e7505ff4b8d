-- Full-text search over stories (every field, every language) and source items (title, text), in
-- PostgreSQL only: English and French words through their own text search configurations (stems,
-- stop words), Chinese through overlapping character bigrams (Chinese has no spaces, so a word is
-- found as a run of characters: "数据中心" is the phrase 数据 <-> 据中 <-> 中心 and matches inside
-- "数据中心建设"). Bigrams need no extension, so this works wherever PostgreSQL does (no pg_trgm,
-- whose treatment of Chinese depends on the database's locale). See docs/decisions/0009.

-- Chinese (CJK ideograph) runs of a text as overlapping bigrams, each run ending with its last
-- character alone, so that a one-character query finds every occurrence as a prefix.
create or replace function newsdesk_cjk_grams(body text) returns text
language sql immutable strict parallel safe as $$
    select coalesce(string_agg(case when i < length(m.parts[1]) then substr(m.parts[1], i, 2) else substr(m.parts[1], i, 1) end,
                               ' ' order by m.ord, i), '')
    from regexp_matches(body, '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+', 'g') with ordinality as m(parts, ord)
         cross join lateral generate_series(1, length(m.parts[1])) as i
$$;

-- The text search configuration for a language of the desk or of a source.
create or replace function newsdesk_search_config(lang text) returns regconfig
language sql immutable parallel safe as $$
    select case lang when 'en' then 'english'::regconfig when 'fr' then 'french'::regconfig else 'simple'::regconfig end
$$;

-- One text in one language, weighted: its words (Chinese runs taken out) plus its Chinese bigrams.
create or replace function newsdesk_search_vector(lang text, body text, weight "char") returns tsvector
language sql immutable parallel safe as $$
    select setweight(to_tsvector(newsdesk_search_config(lang), regexp_replace(coalesce(body, ''), '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+', ' ', 'g'))
                     || to_tsvector('simple', newsdesk_cjk_grams(coalesce(body, ''))), weight)
$$;

-- A story's content (revision.content: {"languages": {"en": {"headline": …, …}, …}}): headlines
-- weigh most, then summaries, then every other field.
create or replace function newsdesk_story_vector(content jsonb) returns tsvector
language plpgsql immutable parallel safe as $$
declare
    v tsvector := ''::tsvector;
    l record;
begin
    for l in select key, value from jsonb_each(coalesce(content -> 'languages', '{}'::jsonb)) where jsonb_typeof(value) = 'object' loop
        v := v || newsdesk_search_vector(l.key, l.value ->> 'headline', 'A')
               || newsdesk_search_vector(l.key, l.value ->> 'summary', 'B')
               || newsdesk_search_vector(l.key, (select string_agg(f.value, E'\n') from jsonb_each_text(l.value) f
                                                 where f.key not in ('headline', 'summary')), 'C');
    end loop;
    return v;
end
$$;

-- What a search box's words mean: the words (not Chinese) in any of the three configurations,
-- and (AND) each Chinese run as a phrase of bigrams; cjk is built by the application from
-- Chinese characters only (SearchTerms).
create or replace function newsdesk_search_query(latin text, cjk text) returns tsquery
language plpgsql immutable parallel safe as $$
declare
    l tsquery;
    c tsquery;
begin
    if coalesce(btrim(latin), '') <> '' then
        l := websearch_to_tsquery('english', latin) || websearch_to_tsquery('french', latin) || websearch_to_tsquery('simple', latin);
        if numnode(l) = 0 then
            l := null;
        end if;
    end if;
    if coalesce(cjk, '') <> '' then
        c := to_tsquery('simple', cjk);
    end if;
    if l is null then
        return coalesce(c, ''::tsquery);
    elsif c is null then
        return l;
    end if;
    return l && c;
end
$$;

-- The search's own tables, kept by triggers in the transaction that changes what they index.
create table search_story (
    story_id     bigint   primary key references story (id) on delete cascade,
    revision_id  bigint   not null,
    doc          tsvector not null
);
create index search_story_doc_idx on search_story using gin (doc);

create table search_source_item (
    item_id  bigint   primary key references source_item (id) on delete cascade,
    doc      tsvector not null
);
create index search_source_item_doc_idx on search_source_item using gin (doc);

create or replace function newsdesk_index_story() returns trigger
language plpgsql as $$
begin
    insert into search_story (story_id, revision_id, doc)
    select new.id, r.id, newsdesk_story_vector(r.content) from revision r where r.id = new.current_revision_id
    on conflict (story_id) do update set revision_id = excluded.revision_id, doc = excluded.doc;
    return null;
end
$$;

create trigger story_search_index after insert or update of current_revision_id on story
    for each row when (new.current_revision_id is not null) execute function newsdesk_index_story();

create or replace function newsdesk_index_source_item() returns trigger
language plpgsql as $$
begin
    insert into search_source_item (item_id, doc)
    values (new.id, newsdesk_search_vector(new.language, new.title, 'A') || newsdesk_search_vector(new.language, new.clean_text, 'C'))
    on conflict (item_id) do update set doc = excluded.doc;
    return null;
end
$$;

create trigger source_item_search_index after insert or update of title, clean_text, language on source_item
    for each row execute function newsdesk_index_source_item();

-- What exists already.
insert into search_story (story_id, revision_id, doc)
select s.id, r.id, newsdesk_story_vector(r.content) from story s join revision r on r.id = s.current_revision_id;

insert into search_source_item (item_id, doc)
select i.id, newsdesk_search_vector(i.language, i.title, 'A') || newsdesk_search_vector(i.language, i.clean_text, 'C') from source_item i;
