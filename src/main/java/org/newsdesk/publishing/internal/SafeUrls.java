package org.newsdesk.publishing.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Links taken from sources reach a public page only as absolute http(s) URLs: no javascript:, data: or relative tricks. */
final class SafeUrls {

    private SafeUrls() {}

    /** {@code url} when it is an absolute http or https URL with a host, otherwise null (shown as text, not linked). */
    static String http(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && !uri.getHost().isBlank()) {
                return uri.toASCIIString();
            }
        } catch (URISyntaxException e) {
            return null;
        }
        return null;
    }
}
