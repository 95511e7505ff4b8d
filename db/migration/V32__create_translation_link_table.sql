-- Which text of its primary-language field each translated field matches, recorded per revision
-- (append-only, so the state at any revision, say the published one, can be read back): the
-- revision whose primary text it was drafted or translated from and that text's fingerprint, who
-- made it (the model or a person), and a reviewer's acceptance of it as it stands when the primary
-- changed since (for that primary text only).
create table translation_link (
    id                    bigserial primary key,
    story_id              bigint      not null references story (id) on delete cascade,
    field                 text        not null,
    language              text        not null,
    revision_number       integer     not null,
    based_on_revision_id  bigint      not null references revision (id) on delete cascade,
    primary_fingerprint   text        not null,
    made_by               text        not null check (made_by in ('MODEL', 'PERSON')),
    made_by_user          bigint      references app_user (id),
    made_at               timestamptz not null,
    accepted_fingerprint  text,
    accepted_by           bigint      references app_user (id),
    accepted_note         text,
    accepted_at           timestamptz
);
create index translation_link_story_idx on translation_link (story_id, revision_number desc, id desc);
