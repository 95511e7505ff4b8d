package org.newsdesk.ingest;

/** What one poll of a feed did, with a sentence for the editor. */
public record PollResult(FeedId feed, Outcome outcome, int newItems, int duplicates, String message) {

    public enum Outcome {
        /** The feed was read; {@code newItems} were stored, {@code duplicates} were known already. */
        IMPORTED,
        /** The server said nothing changed since the last poll (HTTP 304). */
        NOT_MODIFIED,
        /** The poll failed; {@code message} says why. Nothing of this poll was stored. */
        FAILED,
        /** Another poll of this feed (maybe on another node) is running right now. */
        BUSY
    }

    public boolean failed() {
        return outcome == Outcome.FAILED;
    }
}
