package org.newsdesk.publishing.internal;

/** How many requests a read API client may make: per node ({@link RateLimiter}) or across nodes ({@link SharedRateLimiter}). */
interface ClientRateLimit {

    /** Whether the client may make this request (0) or how many seconds until it may (more than 0). */
    default long acquire(String client) {
        return check(client).retryAfter();
    }

    /** The request counted, or refused with the seconds to wait; with what the client may still ask in the minute. */
    Decision check(String client);

    /** Requests a minute one client may make. */
    int perMinute();

    /**
     * The answer for one request: {@code retryAfter} 0 when it may go ahead, else the seconds until it may; {@code remaining}
     * how many more requests the client may make right now (0 when refused, -1 when unknown: the
     * shared count could not be read and the request is let through).
     */
    record Decision(long retryAfter, long remaining) {}
}
