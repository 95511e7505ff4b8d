-- Autovacuum analyzes source_item after every tenth of it is new and search_source_item likewise: on
-- a desk importing a burst, once every 10,000-17,000 items at 100,000-170,000 rows, each time about
-- 0.6 and 0.55 s of PostgreSQL's CPU (issue #15: import rate, measured on the ingest benchmark's
-- test database of 171,000 items). A good part of that went to statistics no query can use: the
-- near-duplicate band keys (20 per row; element statistics over 30,000 sampled rows were a third of
-- source_item's analyze), the MinHash signature, the stored HTML, the image address and the author of
-- a source item. No query filters, joins, groups or sorts on any of them, and search reads none of
-- them: the band keys are asked only by ingest_near_duplicate_candidates (V46), which switches
-- sequential scans off and so always uses their GIN index. (Statistics already gathered for these
-- columns stay as they are; they are only no longer renewed.) The cleaned text and a search row's
-- ranking document keep theirs: search reads both, and their widths go into its plans.
-- Measured (analyze one column at a time, load average 5): the band keys about 0.5 s of the 1.1-1.4 s
-- that analyzing source_item took.
alter table source_item
    alter column lsh_bands set statistics 0,
    alter column minhash set statistics 0,
    alter column raw_html set statistics 0,
    alter column image_url set statistics 0,
    alter column author set statistics 0;
