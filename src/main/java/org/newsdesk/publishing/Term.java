package org.newsdesk.publishing;

import java.text.Normalizer;
import java.util.Locale;

/** A category or a tag an article is filed under: its label, and the slug of its public page. */
public record Term(Kind kind, String slug, String label) {

    public enum Kind {
        CATEGORY("categories"),
        TAG("tags");

        private final String path;

        Kind(String path) {
            this.path = path;
        }

        /** The first segment of the term's public page: /categories/… or /tags/…. */
        public String path() {
            return path;
        }
    }

    /** A term with a slug made from its label; letters of any script are kept ("人工智能" stays as it is). */
    public static Term of(Kind kind, String label) {
        String clean = label == null ? "" : label.strip().replaceAll("\\s+", " ");
        return new Term(kind, slugOf(clean), clean);
    }

    public static String slugOf(String label) {
        String slug = Normalizer.normalize(label == null ? "" : label, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    }
}
