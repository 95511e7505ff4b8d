-- Indexing a source item for search costs about as much CPU as importing it (issue #15: the ingest
-- benchmark with search indexing beside it). Two of its steps cost more than they need to; what they
-- return is unchanged, so nothing indexed before needs redoing (checked equal on the benchmark's
-- items and on 20,000 random mixes of the three CJK ranges, Latin letters, spaces and punctuation).
--
-- newsdesk_search_vector: a text without any Chinese character (every English and French item, most
-- titles) skipped nothing: it still had its Chinese runs replaced by spaces and newsdesk_cjk_grams
-- called, which scanned it again and ran a query to find no run. Such a text is now parsed directly.
create or replace function newsdesk_search_vector(lang text, body text, weight "char") returns tsvector
language sql immutable parallel safe as $$
    select case when body ~ '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]'
                then setweight(to_tsvector(newsdesk_search_config(lang), regexp_replace(body, '[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+', ' ', 'g'))
                               || to_tsvector('simple', newsdesk_cjk_grams(body)), weight)
                else setweight(to_tsvector(newsdesk_search_config(lang), coalesce(body, '')), weight) end
$$;

-- newsdesk_cjk_grams: the same string (each run's overlapping bigrams, then its last character
-- alone, runs in order, separated by spaces) from three regular expressions instead of a set of rows
-- per run zipped, sorted and aggregated: everything but Chinese becomes one '|' per stretch, each
-- Chinese character c becomes "c c" (so a run abc reads "a ab bc c"), and the first "a " of each run
-- is dropped.
create or replace function newsdesk_cjk_grams(body text) returns text
language sql immutable strict parallel safe as $$
    select btrim(replace(regexp_replace(regexp_replace(regexp_replace(body, '[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+', '|', 'g'),
                                                       '([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])', '\1 \1', 'g'),
                                        '(^|\|)[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff] ', '\1', 'g'),
                         '|', ' '))
$$;
