package org.newsdesk.drafting;

import java.time.Instant;
import java.util.List;

/**
 * How the LLM provider is doing, as every node sees it (the breaker is shared through PostgreSQL): {@code WORKING}; {@code FAILING} (the last
 * drafts failed on it, not yet enough to pause); {@code PAUSED} until {@code pausedUntil}, after
 * {@code failedDraftsInARow} drafts failed on it; {@code PROBING} (the pause is over and one draft
 * is trying it). With the last errors and the calls of the last hour.
 */
public record ProviderState(Condition condition, Instant pausedUntil, int failedDraftsInARow, List<ProviderError> lastErrors, int callsLastHour,
        int failuresLastHour) {

    public enum Condition { WORKING, FAILING, PAUSED, PROBING }

    /** One failed call: when, what went wrong in plain words, and the reference of its draft in the log. */
    public record ProviderError(Instant at, String cause, String reference) {}

    public boolean paused() {
        return condition == Condition.PAUSED;
    }
}
