-- The circuit breaker in front of the LLM provider, shared by every node (decision 0009): one row
-- with its state, changed under a row lock, so that a pause, a probe and an admin's resume hold on
-- all nodes at once; and the calls and failures of the last hour, counted per minute by all nodes.
create table provider_breaker (
    id                     smallint    primary key default 1 check (id = 1),
    condition              text        not null default 'WORKING' check (condition in ('WORKING', 'FAILING', 'PAUSED', 'PROBING')),
    paused_until           timestamptz,
    probe_job_id           bigint,
    failed_drafts_in_a_row integer     not null default 0,
    last_cause             text,
    last_errors            jsonb       not null default '[]',
    updated_at             timestamptz not null default now()
);
insert into provider_breaker (id) values (1);

create table provider_call_minute (
    minute   timestamptz primary key,
    calls    integer     not null default 0,
    failures integer     not null default 0
);
