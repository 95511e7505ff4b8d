package org.newsdesk.publishing.internal;

/** How many requests a read API client may make: per node ({@link RateLimiter}) or across nodes ({@link SharedRateLimiter}). */
interface ClientRateLimit {

    /** Whether the client may make this request (0) or how many seconds until it may (more than 0). */
    long acquire(String client);

    /** Requests a minute one client may make. */
    int perMinute();
}
