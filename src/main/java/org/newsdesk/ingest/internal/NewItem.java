package org.newsdesk.ingest.internal;

import java.time.Instant;

/**
 * A source item ready to be stored: clean text, its hash and its MinHash signature are computed.
 * {@code signature} is {@code null} for texts too short to compare.
 */
public record NewItem(String kind, Long feedId, String sourceName, String url, String canonicalUrl, String guid, String title, String author,
        Instant publishedAt, String language, String cleanText, String contentHash, String imageUrl, String rawHtml, int[] signature,
        Long importedBy) {

    /** Builds an item from clean text, computing its content hash and signature. */
    public static NewItem of(String kind, Long feedId, String sourceName, String url, String guid, String title, String author,
            Instant publishedAt, String language, String cleanText, String imageUrl, String rawHtml, Long importedBy) {
        if (title != null && title.length() > org.newsdesk.platform.PlainText.MAX_TITLE_LENGTH) {
            title = title.substring(0, org.newsdesk.platform.PlainText.MAX_TITLE_LENGTH - 1) + "…";
        }
        return new NewItem(kind, feedId, sourceName, url, UrlCanonicalizer.canonical(url), guid, title, author, publishedAt, language,
                cleanText, TextCleaner.contentHash(cleanText), imageUrl, rawHtml, MinHash.signature(cleanText), importedBy);
    }
}
