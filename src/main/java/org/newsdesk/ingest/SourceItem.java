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

    /** The outlet's name, or the URL's host, or "Pasted text" (for the desk). */
    public String displaySource() {
        String outlet = outlet();
        return outlet == null ? "Pasted text" : outlet;
    }

    /** The outlet's name, or the URL's host; null for text pasted without either (readers are told nothing rather than "Pasted text"). */
    public String outlet() {
        if (sourceName != null && !sourceName.isBlank()) {
            return sourceName;
        }
        if (url != null && !url.isBlank()) {
            try {
                String host = java.net.URI.create(url).getHost();
                return host == null ? url : host;
            } catch (IllegalArgumentException e) {
                return url;
            }
        }
        return null;
    }
}
