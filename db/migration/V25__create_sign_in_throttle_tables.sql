-- Sign-in throttling that slows guessing without letting a stranger lock a person out
-- (see identity/internal/SignInThrottle and the README's "Security model").
-- app_user.failed_logins and locked_until now count and pause only sign-ins from addresses the
-- account has never signed in from; the account's own known addresses are never paused by them.

-- Failed sign-ins per client address, whatever username they tried (password spraying, unknown names).
create table sign_in_address (
    address         text        primary key,
    failures        integer     not null default 0,
    blocked_until   timestamptz,
    last_failure_at timestamptz not null default now()
);

-- Addresses a person signed in from with the right password: their own, never paused for the account.
create table sign_in_known_address (
    user_id         bigint      not null references app_user (id) on delete cascade,
    address         text        not null,
    last_success_at timestamptz not null default now(),
    primary key (user_id, address)
);

-- Every sign-in attempt and refusal, for the admin and for incident review.
create table sign_in_audit (
    id       bigserial   primary key,
    at       timestamptz not null default now(),
    username text        not null,
    address  text        not null,
    outcome  text        not null check (outcome in ('SIGNED_IN', 'FAILED', 'PAUSED_ADDRESS', 'PAUSED_ACCOUNT', 'CROSS_SITE'))
);
create index sign_in_audit_at on sign_in_audit (at);
create index sign_in_audit_username on sign_in_audit (username, at);
