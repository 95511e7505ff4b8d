package org.newsdesk.ingest.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The form of a story's URL used to recognise it again: scheme and host in lower case, default
 * port and fragment dropped, tracking parameters (utm_*, fbclid, gclid, mc_cid, …) removed and
 * the remaining query parameters sorted. Two links to the same story from a newsletter and a
 * feed come out the same.
 */
public final class UrlCanonicalizer {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid",
            "igshid", "yclid", "_hsenc", "_hsmi", "ref", "ref_src", "ref_url", "cmpid", "ncid", "ocid", "sr_share", "spm", "xtor",
            "s_cid", "_ga", "_gl", "mkt_tok", "trk", "oly_anon_id", "oly_enc_id", "vero_id", "wt_mc");

    private UrlCanonicalizer() {}

    /** The canonical form, or {@code null} for {@code null}/blank or something that is not an http(s) URL. */
    public static String canonical(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        if ((port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
            port = -1;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        List<String> kept = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                    kept.add(pair);
                }
            }
        }
        kept.sort(null);
        StringBuilder b = new StringBuilder(scheme).append("://").append(host);
        if (port != -1) {
            b.append(':').append(port);
        }
        b.append(path);
        if (!kept.isEmpty()) {
            b.append('?').append(String.join("&", kept));
        }
        return b.toString();
    }
}
