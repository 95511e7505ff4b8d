-- The read API's rate limit across nodes: requests per client (address) and minute (minutes since
-- 1970), counted by whichever node serves the request (SharedRateLimiter). Unlogged: counters are
-- worth no WAL and may be lost in a crash (the limit then starts afresh). Rows older than two
-- minutes are deleted by the nodes.
create unlogged table api_rate_count (
    client    text    not null,
    minute    bigint  not null,
    requests  integer not null,
    primary key (client, minute)
);
