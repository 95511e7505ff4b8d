package org.newsdesk.ingest;

import java.time.Instant;

/** One imported story, as clean text with where it came from. Immutable once stored. */
public record SourceItem(
        SourceItemId id,
        String kind,
        String sourceName,
        String url,
        String title,
        String author,
        Instant publishedAt,
        String language,
        String cleanText,
        String status,
        Instant importedAt) {

    /** The outlet's name, or the URL's host, or "Pasted text". */
    public String displaySource() {
        if (sourceName != null && !sourceName.isBlank()) {
            return sourceName;
        }
        if (url != null && !url.isBlank()) {
            try {
                return java.net.URI.create(url).getHost();
            } catch (IllegalArgumentException e) {
                return url;
            }
        }
        return "Pasted text";
    }
}
