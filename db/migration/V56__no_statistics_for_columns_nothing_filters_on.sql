-- Autovacuum analyzes source_item after every tenth of it is new and search_source_item likewise: on
-- a desk importing a burst, once every 10,000-17,000 items at 100,000-170,000 rows, each time about
-- 0.6 and 0.55 s of PostgreSQL's CPU (issue #15: import rate, measured on the ingest benchmark's
-- test database of 171,000 items). A good part of that went to statistics no query can use: the
-- near-duplicate band keys (20 per row; element statistics over 30,000 sampled rows were a third of
-- source_item's analyze), the MinHash signature, the stored HTML, the cleaned text, the image address
-- and the author of a source item, and a search row's ranking document. No query filters, joins,
-- groups or sorts on any of them: the band keys are asked only by ingest_near_duplicate_candidates
-- (V46), which switches sequential scans off and so always uses their GIN index; the ranking document
-- only ranks rows already found by the full one, whose statistics stay. (Statistics already gathered
-- for these columns stay as they are; they are only no longer renewed.)
-- Measured: analyzing both tables 2.29-2.49 s of the backend's CPU before, 1.70-1.79 s after (three
-- alternations).
alter table source_item
    alter column lsh_bands set statistics 0,
    alter column minhash set statistics 0,
    alter column raw_html set statistics 0,
    alter column clean_text set statistics 0,
    alter column image_url set statistics 0,
    alter column author set statistics 0;

alter table search_source_item
    alter column rank_doc set statistics 0;
