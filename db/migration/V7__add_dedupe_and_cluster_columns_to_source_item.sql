-- Ingest: canonical URL, feed GUID and content hash keep a story from being stored twice;
-- a MinHash signature with LSH band keys groups near-duplicates (the same news from two
-- outlets) into clusters; the fetched HTML of an imported page is kept for re-extraction.
alter table source_item
    add column canonical_url text,
    add column feed_id       bigint references feed (id) on delete set null,
    add column guid          text,
    add column image_url     text,
    add column raw_html      text,
    add column minhash       bytea,
    add column lsh_bands     bigint[],
    add column cluster_id    bigint,
    add column sort_time     timestamptz generated always as (coalesce(published_at, imported_at)) stored;

-- Items stored before: each its own cluster; the first item of a URL keeps it as canonical.
update source_item set cluster_id = id;
update source_item s set canonical_url = s.url
 where s.url is not null and s.id = (select min(o.id) from source_item o where o.url = s.url);
alter table source_item alter column cluster_id set not null;

-- One row per cluster, with its size, so the inbox shows and sorts by it without counting.
create table source_cluster (
    id   bigint  primary key,
    size integer not null check (size > 0)
);
insert into source_cluster (id, size) select id, 1 from source_item;

create unique index source_item_canonical_url_unique on source_item (canonical_url);
create unique index source_item_feed_guid_unique on source_item (feed_id, guid);
create index source_item_cluster_idx on source_item (cluster_id);
-- fastupdate off: every import searches this index right after writing to it; a pending list
-- would have to be scanned whole by each search.
create index source_item_lsh_idx on source_item using gin (lsh_bands) with (fastupdate = off);
-- The inbox: newest first, all or by status, deep pages by index.
create index source_item_sort_idx on source_item (sort_time desc, id desc);
create index source_item_status_sort_idx on source_item (status, sort_time desc, id desc);
create index source_item_feed_idx on source_item (feed_id);
