-- Values PostgreSQL compresses as an import writes them (issue #15: import rate): a source item's cleaned text and
-- stored page, and its search document (about 2.4 kB, over the 2 kB at which a row's long values are compressed).
-- PostgreSQL's default method, pglz, is slow to compress and gains little on these: 6,000 of the ingest benchmark's
-- items took 176-213 ms to write with pglz and 84 ms with lz4 (about 0.02 ms of PostgreSQL's CPU per item), and a
-- search document came out 2,410 bytes with pglz, 2,341 with lz4. Only values written from now on are compressed
-- with lz4; both kinds are read alike.
--
-- A server built without lz4 (PostgreSQL 14 and later normally have it) keeps pglz: the migration must not stop a
-- desk from starting for a speed-up.
do $$
begin
    alter table source_item alter column clean_text set compression lz4;
    alter table source_item alter column raw_html set compression lz4;
    alter table search_source_item alter column doc set compression lz4;
exception when feature_not_supported then
    raise notice 'this PostgreSQL has no lz4 compression; source items keep pglz';
end
$$;
