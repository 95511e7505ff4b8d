-- Scheduled releases: the queue the release scheduler claims from, and the record of what happened
-- to each release (on time, late, failed, cancelled). One pending release per story at most.
create table scheduled_release (
    id               bigserial primary key,
    story_id         bigint      not null references story (id) on delete cascade,
    revision_id      bigint      not null references revision (id),
    headline         text        not null,
    due_at           timestamptz not null,
    zone             text        not null,
    status           text        not null default 'PENDING' check (status in ('PENDING', 'RELEASED', 'CANCELLED', 'FAILED')),
    next_attempt_at  timestamptz not null,
    attempts         integer     not null default 0,
    last_error       text,
    scheduled_by     bigint      references app_user (id),
    created_at       timestamptz not null default now(),
    released_at      timestamptz,
    lateness_ms      bigint,
    late             boolean     not null default false,
    released_by      text,
    closed_note      text,
    constraint scheduled_release_never_early check (next_attempt_at >= due_at and (released_at is null or released_at >= due_at))
);
create unique index scheduled_release_one_pending on scheduled_release (story_id) where status = 'PENDING';
create index scheduled_release_next on scheduled_release (next_attempt_at) where status = 'PENDING';
create index scheduled_release_due on scheduled_release (due_at);

-- The public site's view of what is live: one row per story ever published, withdrawn ones kept
-- (they answer 410 Gone). Written in the same transaction as the workflow step that changes it.
create table public_article (
    story_id            bigint      primary key references story (id) on delete cascade,
    slug                text        not null unique,
    revision_id         bigint      not null references revision (id),
    headline            text        not null,
    first_published_at  timestamptz not null,
    published_at        timestamptz not null,
    modified_at         timestamptz not null,
    withdrawn_at        timestamptz
);
create index public_article_live on public_article (published_at desc, story_id desc) where withdrawn_at is null;
create index public_article_published on public_article (published_at);

-- Every slug an article has had: old ones redirect to the current one after a headline change.
create table public_article_slug (
    slug        text        primary key,
    story_id    bigint      not null references story (id) on delete cascade,
    created_at  timestamptz not null default now()
);

-- Categories and tags a story is filed under: the desk's own list (DESK) and what its content says (CONTENT).
create table story_term (
    story_id  bigint not null references story (id) on delete cascade,
    kind      text   not null check (kind in ('CATEGORY', 'TAG')),
    slug      text   not null,
    label     text   not null,
    origin    text   not null check (origin in ('DESK', 'CONTENT')),
    primary key (story_id, kind, slug, origin)
);
create index story_term_lookup on story_term (kind, slug);
