package org.newsdesk.story;

/** Identifies one immutable revision of a story. */
public record RevisionId(long value) {
    @Override
    public String toString() {
        return "revision " + value;
    }
}
