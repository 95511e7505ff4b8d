-- A reviewer's acceptance of a claim the check could not trace to the sources: who, when, why.
create table claim_resolution (
    id           bigserial primary key,
    story_id     bigint      not null references story (id) on delete cascade,
    claim_key    text        not null,
    note         text        not null,
    accepted_by  bigint      not null references app_user (id),
    accepted_at  timestamptz not null default now(),
    constraint claim_resolution_unique unique (story_id, claim_key)
);
