package org.newsdesk.drafting.internal;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * How one section call is tried again after a failure that may pass: at most {@code maxAttempts}
 * attempts; before attempt n+1 a pause of {@code base × 2^(n-1)}, capped at {@code maxBackoff}, of
 * which a random part (between half and all of it) is taken so that parallel sections and other
 * drafts do not come back in step; a provider's {@code Retry-After} is waited out when it is longer,
 * unless it is longer than {@code maxRetryAfter}, in which case the section gives up at once.
 */
public record RetryPolicy(int maxAttempts, Duration base, Duration maxBackoff, Duration maxRetryAfter) {

    public RetryPolicy {
        maxAttempts = Math.max(1, maxAttempts);
        base = base == null || base.isNegative() ? Duration.ZERO : base;
        maxBackoff = maxBackoff == null || maxBackoff.compareTo(base) < 0 ? base : maxBackoff;
        maxRetryAfter = maxRetryAfter == null ? Duration.ofMinutes(1) : maxRetryAfter;
    }

    /** Whether another attempt follows attempt {@code attempt} (1-based) that failed. */
    public boolean another(int attempt) {
        return attempt < maxAttempts;
    }

    /**
     * The pause after failed attempt {@code attempt} (1-based), with {@code random} in [0, 1) for
     * the jitter and the provider's {@code retryAfter} (zero when it said nothing).
     */
    public Duration pause(int attempt, Duration retryAfter, DoubleSupplier random) {
        long cap = maxBackoff.toMillis();
        long exponential = base.toMillis() << Math.min(20, Math.max(0, attempt - 1));
        long full = Math.min(cap, exponential < 0 ? cap : exponential);
        long jittered = full / 2 + (long) (random.getAsDouble() * (full - full / 2));
        Duration backoff = Duration.ofMillis(jittered);
        return retryAfter != null && retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
    }

    /** A {@code Retry-After} this long is not waited out within a draft. */
    public boolean tooLong(Duration retryAfter) {
        return retryAfter != null && retryAfter.compareTo(maxRetryAfter) > 0;
    }
}
