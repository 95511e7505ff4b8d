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
 *     ("September", "9月") and relative ones ("on Thursday", "last month", "下月") are resolved against it
 * @param title the story's title, which verdicts name the source by; when {@code null}, the text's first line
 *     if the text has several, else the id
 */
public record SourceText(SourceId id, String language, String text, LocalDate publishedOn, String title) {

    public SourceText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        if (title == null || title.isBlank()) {
            int nl = text.indexOf('\n');
            title = nl > 0 && !text.substring(0, nl).isBlank() ? text.substring(0, nl).strip() : id.value();
        }
        title = title.strip();
    }

    public SourceText(SourceId id, String language, String text, LocalDate publishedOn) {
        this(id, language, text, publishedOn, null);
    }

    public SourceText(String id, String language, String text, LocalDate publishedOn) {
        this(new SourceId(id), language, text, publishedOn, null);
    }
}
