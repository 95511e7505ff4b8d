-- Every workflow transition: who, when, from, to, which revision, and why.
create table workflow_audit (
    id           bigserial primary key,
    story_id     bigint      not null references story (id) on delete cascade,
    action       text        not null,
    from_state   text        not null,
    to_state     text        not null,
    revision_id  bigint      references revision (id),
    actor_id     bigint      references app_user (id),
    actor_name   text        not null,
    note         text,
    at           timestamptz not null default now()
);
create index workflow_audit_story_idx on workflow_audit (story_id, at);
