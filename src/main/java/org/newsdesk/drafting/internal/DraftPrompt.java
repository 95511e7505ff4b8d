package org.newsdesk.drafting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.newsdesk.ingest.SourceItem;
import org.springframework.core.io.ClassPathResource;

/**
 * The versioned prompt template for headline, summary and TL;DR. The static part (style guide
 * and format) is the system message and comes first, the source text last, so providers'
 * prompt caching applies; sources are fenced as data.
 */
public final class DraftPrompt {

    public static final String VERSION = "draft-basic/1";
    private static final String FILE = "prompts/draft-basic.v1.txt";
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "zh", "Simplified Chinese", "fr", "French");

    private static final String SYSTEM;

    static {
        try {
            SYSTEM = new ClassPathResource(FILE).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing prompt template " + FILE, e);
        }
    }

    private DraftPrompt() {}

    public static String system() {
        return SYSTEM;
    }

    public static String user(String language, List<SourceItem> sources) {
        StringBuilder b = new StringBuilder("Write the draft in ").append(languageName(language)).append(".\n\n");
        int n = 1;
        for (SourceItem s : sources) {
            b.append("<source id=\"").append(n++).append("\">\n")
                    .append("Outlet: ").append(s.displaySource()).append('\n')
                    .append("Title: ").append(fence(s.title())).append('\n');
            if (s.publishedAt() != null) {
                b.append("Published: ").append(s.publishedAt()).append('\n');
            }
            b.append('\n').append(fence(s.cleanText())).append("\n</source>\n\n");
        }
        return b.toString();
    }

    public static String languageName(String code) {
        return LANGUAGE_NAMES.getOrDefault(code, code);
    }

    /** A source cannot close its own fence and smuggle text outside it. */
    private static String fence(String text) {
        return text.replaceAll("(?i)</?source[^>]*>", "[tag removed]");
    }
}
