package org.newsdesk.story.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Public URL slugs: readable words from the headline plus the story id, so they are unique and stable. */
public final class Slugs {

    private Slugs() {}

    public static String slug(String headline, long storyId) {
        String ascii = Normalizer.normalize(headline == null ? "" : headline, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        if (ascii.length() > 60) {
            ascii = ascii.substring(0, 60).replaceAll("-[^-]*$", "");
        }
        return ascii.isEmpty() ? "story-" + storyId : ascii + "-" + storyId;
    }
}
