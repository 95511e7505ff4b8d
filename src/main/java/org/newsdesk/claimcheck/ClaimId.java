package org.newsdesk.claimcheck;

import java.util.Objects;

/**
 * Identifies a claim by what it says and where, not by its character offset: field, language, kind,
 * normalised claim text and its occurrence number among equal claims in that field
 * ({@code summary:en:AMOUNT:€3B#1}). Edits elsewhere in the text leave it unchanged, so a reviewer's
 * resolution of a claim can be kept across saves.
 */
public record ClaimId(String value) {

    public ClaimId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value;
    }
}
