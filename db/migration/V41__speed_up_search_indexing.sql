-- Indexing Chinese text cost O(n²): newsdesk_cjk_grams (V28) took each bigram with substr(run, i, 2),
-- and substr walks a UTF-8 string from its start, so a 600-character run took ~6 ms. The same grams
-- (overlapping bigrams, each run ending with its last character alone, in order) now come from the
-- run split into characters once and zipped with itself shifted by one: ~0.6 ms. Same output, so
-- nothing indexed before needs redoing. Found by the search benchmark (docs/decisions/0010).
create or replace function newsdesk_cjk_grams(body text) returns text
language sql immutable strict parallel safe as $$
    select coalesce(string_agg(u.a || coalesce(u.b, ''), ' ' order by m.ord, u.i), '')
    from regexp_matches(body, '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+', 'g') with ordinality as m(parts, ord)
         cross join lateral (select string_to_array(m.parts[1], null) as c) as x
         cross join lateral unnest(x.c, x.c[2:]) with ordinality as u(a, b, i)
$$;

-- The passage of a hit to mark for its snippet: the first run of 60 words (a Chinese run counts as one
-- word) that holds any word of the query, or one of its Chinese runs. ts_headline parses all the text
-- it is given, ~3 ms for a 4 kB story: giving it only this passage makes highlighting a page of
-- results cost about what its snippets are long. Null when no passage holds any (the snippet is then
-- the text's beginning).
create or replace function newsdesk_search_passage(lang text, body text, q tsquery, cjk text[]) returns text
language sql stable parallel safe as $$
    with w as (select regexp_split_to_array(btrim(coalesce(body, '')), '\s+') as a),
         -- any of the query's words: its lexemes (quoted in its text form), OR-ed
         anyword as (select (select string_agg(distinct m[1], ' | ') from regexp_matches(q::text, '(''(?:[^'']|'''')*'')', 'g') as m)::tsquery as a)
    select array_to_string(w.a[g * 60 + 1 : g * 60 + 60], ' ')
    from w cross join anyword cross join lateral generate_series(0, (coalesce(array_length(w.a, 1), 0) - 1) / 60) as g
    where (anyword.a is not null and to_tsvector(newsdesk_search_config(lang), array_to_string(w.a[g * 60 + 1 : g * 60 + 60], ' ')) @@ anyword.a)
       or exists (select 1 from unnest(cjk) as c where strpos(array_to_string(w.a[g * 60 + 1 : g * 60 + 60], ' '), c) > 0)
    limit 1
$$;

-- What the ingest module lets other modules read of its source items: search ranks and marks them
-- through this view instead of reading ingest's table (docs/decisions/0010). Ingest keeps its
-- columns and meaning when it changes its table.
create view ingest_source_item_read as
select id, title, clean_text, language, status, cluster_id, sort_time from source_item;
