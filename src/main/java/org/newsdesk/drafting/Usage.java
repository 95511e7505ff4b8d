package org.newsdesk.drafting;

import java.math.BigDecimal;

/** Tokens spent and their estimated cost; {@code calls} counts paid model calls, {@code reused} answers served from the cache. */
public record Usage(long promptTokens, long completionTokens, BigDecimal costUsd, long calls, long reused) {

    public static final Usage NONE = new Usage(0, 0, BigDecimal.ZERO, 0, 0);

    public long tokens() {
        return promptTokens + completionTokens;
    }
}
