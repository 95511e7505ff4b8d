-- Known devices for sign-in throttling (identity/internal/KnownDevices, README "Security model"):
-- a browser that signed in gets a long-lived cookie signed with HMAC-SHA256; with it, the person
-- is never paused by strangers' guesses, even from an address they never used.

-- Keys this desk generated for itself, shared by every node (when not given in the environment).
create table server_secret (
    name       text        primary key,
    value      bytea       not null,
    created_at timestamptz not null default now()
);

-- One row per browser a person signed in from; the cookie names it. Its own failures in a row
-- (the cookie's holder mistyping, or someone at that browser guessing) end its exemption until a success.
create table sign_in_device (
    id              uuid        primary key,
    user_id         bigint      not null references app_user (id) on delete cascade,
    created_at      timestamptz not null default now(),
    last_success_at timestamptz not null default now(),
    failures        integer     not null default 0
);
create index sign_in_device_user on sign_in_device (user_id);
