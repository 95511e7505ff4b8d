package org.newsdesk.ingest;

import java.time.Duration;
import java.time.Instant;

/** A feed subscription and its health, as the feeds view shows it. */
public record Feed(
        FeedId id,
        String url,
        String title,
        String siteUrl,
        Duration pollInterval,
        boolean enabled,
        Instant nextPollAt,
        Instant lastPolledAt,
        Instant lastSuccessAt,
        String lastError,
        Instant lastErrorAt,
        int consecutiveFailures,
        long itemsImported) {

    /** How the feed is doing, in a word: "OK", "Failing", "Paused" or "Not polled yet". */
    public String health() {
        if (!enabled) {
            return "Paused";
        }
        if (consecutiveFailures > 0) {
            return "Failing";
        }
        return lastSuccessAt == null ? "Not polled yet" : "OK";
    }

    public String displayName() {
        return title != null && !title.isBlank() ? title : url;
    }
}
