-- Assignment, review notes and their mentions, and each person's autosaved unsaved work.
alter table story add column assigned_editor bigint references app_user (id);
alter table story add column assigned_reviewer bigint references app_user (id);
create index story_assigned_editor_idx on story (assigned_editor, state);
create index story_assigned_reviewer_idx on story (assigned_reviewer, state);

create table review_note (
    id           bigserial primary key,
    story_id     bigint      not null references story (id) on delete cascade,
    parent_id    bigint      references review_note (id) on delete cascade,
    field        text,
    language     text,
    author_id    bigint      not null references app_user (id),
    body         text        not null check (length(body) between 1 and 5000),
    resolved_by  bigint      references app_user (id),
    resolved_at  timestamptz,
    created_at   timestamptz not null default now()
);
create index review_note_story_idx on review_note (story_id, created_at);

create table notification (
    id          bigserial primary key,
    user_id     bigint      not null references app_user (id) on delete cascade,
    story_id    bigint      references story (id) on delete cascade,
    message     text        not null,
    read_at     timestamptz,
    created_at  timestamptz not null default now()
);
create index notification_user_idx on notification (user_id, read_at, created_at desc);

create table autosave (
    user_id       bigint      not null references app_user (id) on delete cascade,
    story_id      bigint      not null references story (id) on delete cascade,
    base_version  bigint      not null,
    content       jsonb       not null,
    saved_at      timestamptz not null default now(),
    primary key (user_id, story_id)
);

-- What the story list shows and filters on, kept with the story on every save.
alter table story add column headline text not null default '';
alter table story add column categories text[] not null default '{}';
alter table story add column languages text[] not null default '{}';
create index story_updated_idx on story (updated_at desc, id desc);
