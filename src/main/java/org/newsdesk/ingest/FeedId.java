package org.newsdesk.ingest;

/** Identifies a feed subscription. */
public record FeedId(long value) {
    @Override
    public String toString() {
        return "feed " + value;
    }
}
