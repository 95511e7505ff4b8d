package org.newsdesk.claimcheck;

import java.util.Objects;

/**
 * One text field of a draft in one language.
 *
 * @param field the field's name ("headline", "summary", "tldr", "keyData", ...); a table such as Key Data
 *     is best given one row per line
 * @param language ISO 639-1 code: "en", "fr" or "zh" (others are read like English)
 * @param text the field's text
 */
public record DraftText(String field, String language, String text) {

    public DraftText {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
    }
}
