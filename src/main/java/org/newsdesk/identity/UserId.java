package org.newsdesk.identity;

/** Identifies a user; a type of its own so it is never mistaken for a story or revision id. */
public record UserId(long value) {
    @Override
    public String toString() {
        return "user " + value;
    }
}
