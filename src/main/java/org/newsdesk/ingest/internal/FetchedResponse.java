package org.newsdesk.ingest.internal;

import java.net.URI;
import java.util.Optional;

/**
 * A response body read by {@link SafeFetcher}: where it finally came from (after redirects), its
 * status (200, or 304 for a conditional request that found nothing new) and its bytes.
 */
public record FetchedResponse(URI finalUri, int status, String contentType, String etag, String lastModified, byte[] body) {

    public boolean notModified() {
        return status == 304;
    }

    /** The charset named in the Content-Type header, if any. */
    public Optional<String> headerCharset() {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                return Optional.of(p.substring(8).replace("\"", "").replace("'", "").strip()).filter(s -> !s.isEmpty());
            }
        }
        return Optional.empty();
    }
}
