package org.newsdesk.claimcheck;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The clean text of one source story.
 *
 * @param id identifies the source in evidence
 * @param language ISO 639-1 code: "en", "fr" or "zh"
 * @param text the source's text
 * @param publishedOn the day it was published, or {@code null} when unknown; dates without a year
 *     ("September", "9月") are resolved against it
 */
public record SourceText(SourceId id, String language, String text, LocalDate publishedOn) {

    public SourceText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
    }

    public SourceText(String id, String language, String text, LocalDate publishedOn) {
        this(new SourceId(id), language, text, publishedOn);
    }
}
