-- AI drafting jobs: they run in the background and outlive the editor's tab.
create table draft_job (
    id            bigserial primary key,
    story_id      bigint      not null references story (id) on delete cascade,
    status        text        not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    requested_by  bigint      not null references app_user (id),
    provider      text        not null,
    model         text        not null,
    error         text,
    revision_id   bigint      references revision (id),
    created_at    timestamptz not null default now(),
    finished_at   timestamptz
);
create index draft_job_story_idx on draft_job (story_id, created_at desc);
create unique index draft_job_one_running_per_story on draft_job (story_id) where status = 'RUNNING';

-- Who or what wrote each field in each language, from what, at what cost; and whether a person edited it since.
create table field_provenance (
    story_id          bigint      not null references story (id) on delete cascade,
    field             text        not null,
    language          text        not null,
    provider          text        not null,
    model             text        not null,
    prompt_version    text        not null,
    generated_at      timestamptz not null,
    source_item_ids   bigint[]    not null,
    prompt_tokens     integer     not null default 0,
    completion_tokens integer     not null default 0,
    edited_by         bigint      references app_user (id),
    edited_at         timestamptz,
    primary key (story_id, field, language)
);
