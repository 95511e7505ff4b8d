package org.newsdesk.story;

import java.util.List;

/** A story's content in one language. */
public record LocalizedContent(String headline, String summary, List<String> tldr) {

    public static final LocalizedContent EMPTY = new LocalizedContent("", "", List.of());

    public LocalizedContent {
        headline = headline == null ? "" : headline;
        summary = summary == null ? "" : summary;
        tldr = tldr == null ? List.of() : tldr.stream().filter(b -> b != null && !b.isBlank()).map(String::strip).toList();
    }

    /** The field's text; TL;DR bullets one per line. */
    public String text(ContentField field) {
        return switch (field) {
            case HEADLINE -> headline;
            case SUMMARY -> summary;
            case TLDR -> String.join("\n", tldr);
        };
    }

    public LocalizedContent with(ContentField field, String text) {
        return switch (field) {
            case HEADLINE -> new LocalizedContent(text, summary, tldr);
            case SUMMARY -> new LocalizedContent(headline, text, tldr);
            case TLDR -> new LocalizedContent(headline, summary, text == null ? List.of() : List.of(text.split("\n")));
        };
    }

    public boolean isEmpty(ContentField field) {
        return text(field).isBlank();
    }
}
