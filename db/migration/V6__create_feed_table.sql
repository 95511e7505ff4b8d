-- Feed subscriptions and their polling state. A poll claims its feed with
-- "select ... for update skip locked", so two app nodes never poll the same feed at once.
create table feed (
    id                    bigserial   primary key,
    url                   text        not null,
    title                 text,
    site_url              text,
    poll_interval_seconds integer     not null default 1800 check (poll_interval_seconds >= 60),
    enabled               boolean     not null default true,
    etag                  text,
    last_modified         text,
    next_poll_at          timestamptz not null default now(),
    last_polled_at        timestamptz,
    last_success_at       timestamptz,
    last_error            text,
    last_error_at         timestamptz,
    consecutive_failures  integer     not null default 0,
    items_imported        bigint      not null default 0,
    created_by            bigint      references app_user (id),
    created_at            timestamptz not null default now()
);
create unique index feed_url_unique on feed (url);
create index feed_due_idx on feed (next_poll_at) where enabled;
