package org.newsdesk.claimcheck;

import java.util.Objects;

/** Identifies one source text given to the check (for the desk: a source item's id, as text). */
public record SourceId(String value) {

    public SourceId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
