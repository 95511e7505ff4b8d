package org.newsdesk.publishing.internal;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A token bucket per client: {@code perMinute} requests a minute on average, up to {@code perMinute}
 * at once after a quiet minute. Buckets of clients gone quiet are dropped. Per node: behind a load
 * balancer each node allows its own share (scope {@code node}; {@link SharedRateLimiter} holds the
 * limit across nodes).
 */
final class RateLimiter implements ClientRateLimit {

    private final Clock clock;
    private final int perMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).maximumSize(100_000).build();

    RateLimiter(Clock clock, int perMinute) {
        this.clock = clock;
        this.perMinute = perMinute;
    }

    @Override
    public Decision check(String client) {
        Bucket b = buckets.get(client, k -> new Bucket(perMinute, clock.millis()));
        synchronized (b) {
            long now = clock.millis();
            b.tokens = Math.min(perMinute, b.tokens + (now - b.at) * perMinute / 60_000.0);
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return new Decision(0, (long) Math.floor(b.tokens));
            }
            return new Decision(Math.max(1, (long) Math.ceil((1 - b.tokens) * 60.0 / perMinute)), 0);
        }
    }

    @Override
    public int perMinute() {
        return perMinute;
    }

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }
}
