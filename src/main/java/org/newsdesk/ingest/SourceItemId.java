package org.newsdesk.ingest;

/** Identifies an imported source item. */
public record SourceItemId(long value) {
    @Override
    public String toString() {
        return "source " + value;
    }
}
