-- People who work the desk, their roles, and the state that slows down password guessing.
create table app_user (
    id              bigserial primary key,
    username        text        not null,
    display_name    text        not null,
    password_hash   text        not null,
    enabled         boolean     not null default true,
    failed_logins   integer     not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null default now(),
    constraint app_user_username_unique unique (username),
    constraint app_user_username_format check (username ~ '^[a-z0-9._-]{2,40}$')
);

create table user_role (
    user_id bigint not null references app_user (id) on delete cascade,
    role    text   not null check (role in ('EDITOR', 'REVIEWER', 'PUBLISHER', 'ADMIN')),
    primary key (user_id, role)
);
