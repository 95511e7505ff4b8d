-- Each revision's provenance as it was when the revision was saved, so that restoring a revision
-- brings back who or what wrote each of its fields (not "edited by a person" for all of them).
create table revision_provenance (
    revision_id       bigint      not null references revision (id) on delete cascade,
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
    primary key (revision_id, field, language)
);
-- revisions saved before this table existed have no rows here; a marker row tells "none" from "unknown"
create table revision_provenance_taken (
    revision_id bigint primary key references revision (id) on delete cascade
);
