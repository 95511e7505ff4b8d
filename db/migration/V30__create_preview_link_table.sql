-- Shared preview links: a story as readers will see it, for someone without an account. The link
-- carries a random 256-bit token; only its SHA-256 is kept, so the table cannot give a link away.
create table preview_link (
    id          bigserial   primary key,
    story_id    bigint      not null references story (id) on delete cascade,
    token_hash  text        not null unique,
    created_by  bigint      not null references app_user (id),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    revoked_at  timestamptz,
    revoked_by  bigint      references app_user (id),
    constraint preview_link_expires_after_creation check (expires_at > created_at)
);
create index preview_link_story_idx on preview_link (story_id, created_at desc);
