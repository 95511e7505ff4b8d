package org.newsdesk.publishing.internal;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read API's limit per client held across every node: one counter row per client and minute in
 * PostgreSQL (V42, an unlogged table), counted up in one statement per request. A client may make
 * {@code perMinute} requests in any sliding minute, estimated the usual way from the current minute's
 * count plus the previous minute's weighted by how much of it still lies in the last 60 s. Refused
 * requests are not counted, so a client that keeps calling too fast is served at its rate. Two
 * nodes asked at once for the same client queue on its row, so the limit is never exceeded. Should
 * PostgreSQL be out of reach, the request is let through (the limit protects the desk, it is not a
 * security boundary). Each node deletes counters older than two minutes once a minute.
 */
final class SharedRateLimiter implements ClientRateLimit {

    private static final Logger log = LoggerFactory.getLogger(SharedRateLimiter.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perMinute;
    private final AtomicLong sweptMinute = new AtomicLong();
    private final AtomicLong warnedMinute = new AtomicLong();

    SharedRateLimiter(JdbcClient jdbc, Clock clock, int perMinute) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perMinute = perMinute;
    }

    private record Counts(long previous, Long counted, long current) {}

    @Override
    public Decision check(String client) {
        long now = clock.millis();
        long minute = Math.floorDiv(now, 60_000L);
        // the share of the previous minute that still lies in the sliding minute ending now
        double previousShare = 1 - (now - minute * 60_000L) / 60_000.0;
        Counts c;
        try {
            sweep(minute);
            c = jdbc.sql("""
                    with prev as (select coalesce(max(requests), 0) as n from api_rate_count where client = :client and minute = :minute - 1),
                         counted as (insert into api_rate_count as a (client, minute, requests)
                                     select :client, :minute, 1 from prev where 1 + prev.n * :share <= :limit
                                     on conflict (client, minute) do update set requests = a.requests + 1
                                         where a.requests + 1 + (select n from prev) * :share <= :limit
                                     returning requests)
                    select (select n from prev) as previous, (select requests::bigint from counted) as counted,
                           coalesce((select requests from api_rate_count where client = :client and minute = :minute), 0) as current""")
                    .param("client", client).param("minute", minute).param("share", previousShare).param("limit", perMinute)
                    .query((rs, n) -> new Counts(rs.getLong("previous"), rs.getObject("counted", Long.class), rs.getLong("current")))
                    .single();
        } catch (DataAccessResourceFailureException | TransientDataAccessException e) {
            if (warnedMinute.getAndSet(minute) != minute) {
                log.warn("The read API's shared rate limit could not be checked in PostgreSQL; requests are let through: {}", e.getMessage());
            }
            return new Decision(0, -1);
        }
        if (c.counted() != null) {
            return new Decision(0, Math.max(0, (long) Math.floor(perMinute - c.counted() - c.previous() * previousShare)));
        }
        // refused: wait until the previous minute's weight has fallen enough; when this minute is full, until the next
        // minute has begun and this one's weight has fallen enough in turn
        if (c.current() + 1 > perMinute) {
            double intoNext = 1 - (perMinute - 1) / (double) c.current();
            return new Decision(Math.max(1, (long) Math.ceil(((minute + 1) * 60_000L - now) / 1000.0 + intoNext * 60)), 0);
        }
        double shareNeeded = (perMinute - c.current() - 1) / (double) c.previous();
        return new Decision(Math.max(1, (long) Math.ceil((previousShare - shareNeeded) * 60)), 0);
    }

    @Override
    public int perMinute() {
        return perMinute;
    }

    private void sweep(long minute) {
        long last = sweptMinute.get();
        if (last != minute && sweptMinute.compareAndSet(last, minute)) {
            jdbc.sql("delete from api_rate_count where minute < ?").param(minute - 1).update();
        }
    }
}
