-- Source items: imported stories, immutable once stored.
create table source_item (
    id            bigserial primary key,
    kind          text        not null check (kind in ('PASTE', 'URL', 'FEED')),
    source_name   text,
    url           text,
    title         text        not null,
    author        text,
    published_at  timestamptz,
    language      text,
    clean_text    text        not null,
    content_hash  text        not null,
    status        text        not null default 'NEW' check (status in ('NEW', 'USED', 'IGNORED')),
    imported_by   bigint      references app_user (id),
    imported_at   timestamptz not null default now()
);
create unique index source_item_content_hash_unique on source_item (content_hash);
create index source_item_imported_at_idx on source_item (imported_at desc);
