-- Stories, their immutable revisions, and the source items each was built from.
create table story (
    id                     bigserial primary key,
    state                  text        not null default 'DRAFT'
        check (state in ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED', 'KILLED')),
    slug                   text,
    created_by             bigint      not null references app_user (id),
    current_revision_id    bigint,
    approved_revision_id   bigint,
    approved_by            bigint      references app_user (id),
    approved_at            timestamptz,
    published_revision_id  bigint,
    published_at           timestamptz,
    version                bigint      not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now()
);
create unique index story_slug_unique on story (slug) where slug is not null;
create index story_state_idx on story (state, updated_at desc);

create table revision (
    id           bigserial primary key,
    story_id     bigint      not null references story (id) on delete cascade,
    number       integer     not null,
    content      jsonb       not null,
    author_kind  text        not null check (author_kind in ('PERSON', 'MODEL')),
    author_id    bigint      references app_user (id),
    model        text,
    reason       text        not null,
    created_at   timestamptz not null default now(),
    constraint revision_number_unique unique (story_id, number),
    constraint revision_author check ((author_kind = 'PERSON') = (author_id is not null))
);

alter table story add constraint story_current_revision_fk foreign key (current_revision_id) references revision (id);
alter table story add constraint story_approved_revision_fk foreign key (approved_revision_id) references revision (id);
alter table story add constraint story_published_revision_fk foreign key (published_revision_id) references revision (id);

create table story_source (
    story_id        bigint not null references story (id) on delete cascade,
    source_item_id  bigint not null references source_item (id),
    position        integer not null,
    primary key (story_id, source_item_id)
);

