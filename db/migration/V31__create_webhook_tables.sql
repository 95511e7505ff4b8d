-- Webhooks: endpoints an admin registers, and one delivery per endpoint and event, queued in the
-- transaction of the workflow step that caused the event and claimed by the nodes with SKIP LOCKED.
create table webhook_endpoint (
    id           bigserial   primary key,
    url          text        not null,
    -- the endpoint's signing secret ("whsec_" + base64): the desk needs it to sign, so it is kept as is
    secret       text        not null,
    events       text[]      not null check (cardinality(events) > 0
                     and events <@ array['article.published', 'article.updated', 'article.unpublished', 'article.scheduled']),
    description  text,
    enabled      boolean     not null default true,
    created_by   bigint      references app_user (id),
    created_at   timestamptz not null
);

create table webhook_delivery (
    id                bigserial   primary key,
    endpoint_id       bigint      not null references webhook_endpoint (id) on delete cascade,
    -- the webhook-id header: the same for a retry or a resend, so receivers can drop a repeat
    event_id          text        not null,
    event_type        text        not null,
    -- the exact bytes signed and sent
    payload           text        not null,
    status            text        not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts          integer     not null default 0,
    next_attempt_at   timestamptz,
    retry_until       timestamptz not null,
    created_at        timestamptz not null,
    last_attempt_at   timestamptz,
    last_status_code  integer,
    last_error        text,
    delivered_at      timestamptz,
    delivered_by      text,
    constraint webhook_delivery_once unique (endpoint_id, event_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_endpoint on webhook_delivery (endpoint_id, created_at desc, id desc);
